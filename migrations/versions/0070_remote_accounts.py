"""Accounts of other agencies imported by a remote look-up: their agency and when.

Revision ID: 0070_remote_accounts
Revises: 0060_payment_corrections
Create Date: 2026-11-24

Why two nullable columns and no table of their own: an account found in another agency is
imported as an ordinary account, so that search, the payment path, receipts and the outbox
work unchanged; ``home_agency`` (NULL for this agency's own accounts) marks it in the window
and ``looked_up_at`` says how fresh its open amounts are (the agency's pull never brings
another agency's rows: only a new look-up refreshes them).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0070_remote_accounts"
down_revision = "0060_payment_corrections"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): the accounts table keeps its rows and search index.
    op.add_column("accounts", sa.Column("home_agency", sa.String(length=16), nullable=True))
    op.add_column("accounts", sa.Column("looked_up_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    for column in ("looked_up_at", "home_agency"):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE accounts DROP COLUMN {column}")  # SQLite >= 3.35
        else:
            op.drop_column("accounts", column)
