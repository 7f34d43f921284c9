"""The one way into the core: use cases taking ``(store, user, ...)``.

Why a layer of its own: the window, the command line and the document commands used to open
sessions and units of work themselves, so each caller chose read or write, checked (or
forgot) the permission and relied on the store to journal refusals. Here every function
owns its transaction (a plain read, or a write started with ``BEGIN IMMEDIATE``), checks the
user's permission before touching anything, and journals a refusal itself, a refused read
included. Callers hand over the store, the user and plain values; they never see a session.

The services under ``desktop/services`` stay the internal implementation (they take a
session or a unit of work and are tested as such); the modules here are thin on purpose.
Nothing here imports ``reports`` or Qt: what must be drawn (a receipt, a Z report, a
certificate) is drawn by a function the caller passes in (inside the transaction where the
drawing depends on what is counted or journaled there, so that a failure writes nothing).

``user`` may be None only where nobody is logged in: the first set-up, the log-in itself,
start-up recovery, and reads or prints asked for by command-line commands without a
``--user``; a use case that needs a role refuses a missing user.
"""
