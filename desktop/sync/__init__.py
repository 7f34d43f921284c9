"""Synchronisation with the central PostgreSQL database: outbox push, change pull, central admin.

Why a package of its own: sync is the one part of the core that talks to the network. The
counter keeps working offline (everything it records lands in the local outbox first); this
package moves those records to the central database exactly once, and brings back the
accounts, bills and online payments of the agency, without ever importing the window.
See docs/sync.md for the protocol and its failure cases.
"""
