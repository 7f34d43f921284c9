"""cash sessions, voids, journal

Revision ID: 0003
Revises: 0002 (print queue)
Create Date: 2026-11-23 03:54:54.833124
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# Append-only rules, enforced by the database itself (SQLite; the central database has its own).
# A payment row may change in one way only: status valid -> void, nothing else.
_PAYMENT_FIXED = (
    "uuid",
    "account_id",
    "created_at",
    "channel",
    "tender",
    "currency",
    "amount_minor",
    "credit_minor",
    "tendered_minor",
    "change_minor",
    "card_scheme",
    "card_last4",
    "auth_code",
    "terminal_ref",
    "user_id",
    "agency",
    "terminal",
    "session_uuid",
)
_SAME = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in _PAYMENT_FIXED)
TRIGGERS = {
    "journal_no_update": "BEFORE UPDATE ON journal BEGIN "
    "SELECT RAISE(ABORT, 'journal entries cannot be changed'); END",
    "journal_no_delete": "BEFORE DELETE ON journal BEGIN "
    "SELECT RAISE(ABORT, 'journal entries cannot be deleted'); END",
    "payments_no_delete": "BEFORE DELETE ON payments BEGIN "
    "SELECT RAISE(ABORT, 'payments cannot be deleted: void them'); END",
    "payments_only_void": "BEFORE UPDATE ON payments WHEN NOT ("
    f"OLD.status = 'valid' AND NEW.status = 'void' AND {_SAME}) BEGIN "
    "SELECT RAISE(ABORT, 'a payment can only be voided, never edited'); END",
    "allocations_no_update": "BEFORE UPDATE ON allocations BEGIN "
    "SELECT RAISE(ABORT, 'allocations cannot be changed'); END",
    "allocations_no_delete": "BEFORE DELETE ON allocations BEGIN "
    "SELECT RAISE(ABORT, 'allocations cannot be deleted'); END",
    "receipts_no_delete": "BEFORE DELETE ON receipts BEGIN "
    "SELECT RAISE(ABORT, 'receipts cannot be deleted'); END",
    "receipts_only_reprint": "BEFORE UPDATE ON receipts WHEN NOT ("
    "NEW.receipt_no IS OLD.receipt_no AND NEW.payment_uuid IS OLD.payment_uuid "
    "AND NEW.seq IS OLD.seq AND NEW.issued_at IS OLD.issued_at "
    "AND NEW.print_count >= OLD.print_count) BEGIN "
    "SELECT RAISE(ABORT, 'a receipt can only be reprinted, never edited'); END",
    "cash_sessions_closed_locked": "BEFORE UPDATE ON cash_sessions WHEN OLD.status = 'closed' "
    "BEGIN SELECT RAISE(ABORT, 'a closed cash session cannot be changed'); END",
    "cash_sessions_no_delete": "BEFORE DELETE ON cash_sessions BEGIN "
    "SELECT RAISE(ABORT, 'cash sessions cannot be deleted'); END",
    "business_days_closed_locked": "BEFORE UPDATE ON business_days WHEN OLD.status = 'closed' "
    "BEGIN SELECT RAISE(ABORT, 'a closed day cannot be changed'); END",
    "business_days_no_delete": "BEFORE DELETE ON business_days BEGIN "
    "SELECT RAISE(ABORT, 'business days cannot be deleted'); END",
}

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=True),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_journal")),
        sa.UniqueConstraint("uuid", name=op.f("uq_journal_uuid")),
    )
    op.create_table(
        "business_days",
        sa.Column("agency", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("z_number", sa.Integer(), nullable=True),
        sa.Column("totals", sa.Text(), nullable=True),
        sa.Column("grand_total_minor", sa.Integer(), nullable=True),
        sa.Column("journal_hash", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["users.id"], name=op.f("fk_business_days_closed_by_users")
        ),
        sa.PrimaryKeyConstraint("agency", "day", name=op.f("pk_business_days")),
    )
    op.create_table(
        "cash_sessions",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("agency", sa.String(length=16), nullable=False),
        sa.Column("terminal", sa.String(length=16), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("business_day", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("opening_float_minor", sa.Integer(), nullable=False),
        sa.Column("opening_count", sa.JSON(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("counted_count", sa.JSON(), nullable=True),
        sa.Column("counted_cash_minor", sa.Integer(), nullable=True),
        sa.Column("counted_card_minor", sa.Integer(), nullable=True),
        sa.Column("expected_cash_minor", sa.Integer(), nullable=True),
        sa.Column("expected_card_minor", sa.Integer(), nullable=True),
        sa.Column("validated_by", sa.Integer(), nullable=True),
        sa.Column("justification", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_cash_sessions_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["validated_by"], ["users.id"], name=op.f("fk_cash_sessions_validated_by_users")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_cash_sessions")),
    )
    with op.batch_alter_table("cash_sessions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_cash_sessions_terminal_status", ["agency", "terminal", "status"], unique=False
        )

    op.create_table(
        "cash_movements",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("session_uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("approved_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["users.id"], name=op.f("fk_cash_movements_approved_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["session_uuid"],
            ["cash_sessions.uuid"],
            name=op.f("fk_cash_movements_session_uuid_cash_sessions"),
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_cash_movements")),
    )
    with op.batch_alter_table("cash_movements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cash_movements_session_uuid"), ["session_uuid"], unique=False
        )

    op.create_table(
        "payment_voids",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("payment_uuid", sa.String(length=36), nullable=False),
        sa.Column("reason_code", sa.String(length=32), nullable=False),
        sa.Column("reason_text", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.Integer(), nullable=False),
        sa.Column("approved_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["users.id"], name=op.f("fk_payment_voids_approved_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["payment_uuid"], ["payments.uuid"], name=op.f("fk_payment_voids_payment_uuid_payments")
        ),
        sa.ForeignKeyConstraint(
            ["requested_by"], ["users.id"], name=op.f("fk_payment_voids_requested_by_users")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_payment_voids")),
        sa.UniqueConstraint("payment_uuid", name=op.f("uq_payment_voids_payment_uuid")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("session_uuid", sa.String(length=36), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_payments_session_uuid"), ["session_uuid"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_payments_session_uuid_cash_sessions"),
            "cash_sessions",
            ["session_uuid"],
            ["uuid"],
        )

    if op.get_bind().dialect.name == "sqlite":
        for name, body in TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_payments_session_uuid_cash_sessions"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_payments_session_uuid"))
        batch_op.drop_column("session_uuid")

    op.drop_table("payment_voids")
    with op.batch_alter_table("cash_movements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cash_movements_session_uuid"))

    op.drop_table("cash_movements")
    with op.batch_alter_table("cash_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_cash_sessions_terminal_status")

    op.drop_table("cash_sessions")
    op.drop_table("business_days")
    op.drop_table("journal")
