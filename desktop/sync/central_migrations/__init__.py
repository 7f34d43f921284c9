"""Alembic scripts of the CENTRAL PostgreSQL schema (separate from the local ``migrations``)."""
