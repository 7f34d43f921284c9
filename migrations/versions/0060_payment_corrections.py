"""Corrections of payments of a closed day: a link from each original to its reversal.

Revision ID: 0060_payment_corrections
Revises: 0050_search_names_before_places
Create Date: 2026-11-23

Why a table of its own: the reversing payment is an ordinary payment row (opposite amounts),
so the payments table and its append-only triggers stay as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0060_payment_corrections"
down_revision = "0050_search_names_before_places"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payment_corrections",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("original_uuid", sa.String(length=36), nullable=False),
        sa.Column("correction_uuid", sa.String(length=36), nullable=False),
        sa.Column("reason_code", sa.String(length=32), nullable=False),
        sa.Column("reason_text", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.Integer(), nullable=False),
        sa.Column("approved_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["original_uuid"],
            ["payments.uuid"],
            name=op.f("fk_payment_corrections_original_uuid_payments"),
        ),
        sa.ForeignKeyConstraint(
            ["correction_uuid"],
            ["payments.uuid"],
            name=op.f("fk_payment_corrections_correction_uuid_payments"),
        ),
        sa.ForeignKeyConstraint(
            ["requested_by"], ["users.id"], name=op.f("fk_payment_corrections_requested_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["users.id"], name=op.f("fk_payment_corrections_approved_by_users")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_payment_corrections")),
        sa.UniqueConstraint("original_uuid", name=op.f("uq_payment_corrections_original_uuid")),
        sa.UniqueConstraint("correction_uuid", name=op.f("uq_payment_corrections_correction_uuid")),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER payment_corrections_append_only BEFORE UPDATE ON payment_corrections "
            "BEGIN SELECT RAISE(ABORT, 'corrections cannot be changed'); END"
        )
        op.execute(
            "CREATE TRIGGER payment_corrections_no_delete BEFORE DELETE ON payment_corrections "
            "BEGIN SELECT RAISE(ABORT, 'corrections cannot be deleted'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS payment_corrections_append_only")
        op.execute("DROP TRIGGER IF EXISTS payment_corrections_no_delete")
    op.drop_table("payment_corrections")
