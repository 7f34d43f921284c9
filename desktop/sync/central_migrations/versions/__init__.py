"""Revisions of the central schema, oldest first (c0001, c0002, ...)."""
