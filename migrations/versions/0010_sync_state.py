"""sync state: pull cursor and quarantine of rejected outbox items

Revision ID: 0010_sync_state
Revises: 0003 (cash sessions, voids, journal)

Why: the pull cursor must be saved in the same local transaction as the rows it covers, and
items the central database rejects must leave the queue without being lost (see docs/sync.md).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_sync_state"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_cursors",
        sa.Column("stream", sa.String(length=32), nullable=False),
        sa.Column("since", sa.String(length=32), nullable=False),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("next_since", sa.String(length=32), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("stream", name=op.f("pk_sync_cursors")),
    )
    op.create_table(
        "sync_quarantine",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("outbox_uuid", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_quarantine")),
        sa.UniqueConstraint("outbox_uuid", name=op.f("uq_sync_quarantine_outbox_uuid")),
    )
    op.create_index(
        op.f("ix_sync_quarantine_resolved_at"), "sync_quarantine", ["resolved_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_sync_quarantine_resolved_at"), table_name="sync_quarantine")
    op.drop_table("sync_quarantine")
    op.drop_table("sync_cursors")
