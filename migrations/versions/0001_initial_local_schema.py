"""initial local schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 03:41:09.564168
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# Account search: one FTS5 row per account (rowid = accounts.id) holding the *normalised*
# names and address words. unicode61 alone does not fold Arabic hamza forms or ta marbuta and
# splits words at diacritics, so the application normalises before indexing (desktop.text).
FTS_DDL = (
    "CREATE VIRTUAL TABLE account_search USING fts5("
    "terms, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3', detail=none, columnsize=0)"
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_no", sa.String(length=32), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("name_ar", sa.String(length=200), nullable=False),
        sa.Column("name_latin", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("district", sa.String(length=100), nullable=False),
        sa.Column("phone1", sa.String(length=20), nullable=True),
        sa.Column("phone2", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("credit_minor", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("account_no", name=op.f("uq_accounts_account_no")),
    )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_accounts_phone1"), ["phone1"], unique=False)
        batch_op.create_index(batch_op.f("ix_accounts_phone2"), ["phone2"], unique=False)

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=16), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("uuid", name=op.f("uq_outbox_uuid")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_sent_at"), ["sent_at"], unique=False)

    op.create_table(
        "receipt_series",
        sa.Column("agency", sa.String(length=16), nullable=False),
        sa.Column("terminal", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("agency", "terminal", "year", name=op.f("pk_receipt_series")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "payments",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("tender", sa.String(length=8), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("credit_minor", sa.Integer(), nullable=False),
        sa.Column("tendered_minor", sa.Integer(), nullable=True),
        sa.Column("change_minor", sa.Integer(), nullable=False),
        sa.Column("card_scheme", sa.String(length=16), nullable=True),
        sa.Column("card_last4", sa.String(length=4), nullable=True),
        sa.Column("auth_code", sa.String(length=12), nullable=True),
        sa.Column("terminal_ref", sa.String(length=32), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("agency", sa.String(length=16), nullable=False),
        sa.Column("terminal", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_payments_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_payments_user_id_users")),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_payments")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payments_account_id"), ["account_id"], unique=False)

    op.create_table(
        "service_points",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=16), nullable=False),
        sa.Column("meter_no", sa.String(length=32), nullable=False),
        sa.Column("tariff_code", sa.String(length=64), nullable=False),
        sa.Column("billing_period", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_service_points_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_points")),
        sa.UniqueConstraint("meter_no", name=op.f("uq_service_points_meter_no")),
    )
    with op.batch_alter_table("service_points", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_points_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "bills",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bill_no", sa.String(length=32), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("service_point_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("consumption", sa.Integer(), nullable=False),
        sa.Column("estimated", sa.Boolean(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("open_minor", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_bills_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["service_point_id"],
            ["service_points.id"],
            name=op.f("fk_bills_service_point_id_service_points"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bills")),
        sa.UniqueConstraint("bill_no", name=op.f("uq_bills_bill_no")),
    )
    with op.batch_alter_table("bills", schema=None) as batch_op:
        batch_op.create_index("ix_bills_account_due", ["account_id", "due_date"], unique=False)
        batch_op.create_index(
            "ix_bills_point_period", ["service_point_id", "period_start"], unique=False
        )

    op.create_table(
        "meter_readings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("service_point_id", sa.Integer(), nullable=False),
        sa.Column("reading_date", sa.Date(), nullable=False),
        sa.Column("index_value", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_point_id"],
            ["service_points.id"],
            name=op.f("fk_meter_readings_service_point_id_service_points"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meter_readings")),
        sa.UniqueConstraint("uuid", name=op.f("uq_meter_readings_uuid")),
    )
    with op.batch_alter_table("meter_readings", schema=None) as batch_op:
        batch_op.create_index(
            "ix_meter_readings_point_date", ["service_point_id", "reading_date"], unique=False
        )

    op.create_table(
        "receipts",
        sa.Column("receipt_no", sa.String(length=48), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("payment_uuid", sa.String(length=36), nullable=False),
        sa.Column("agency", sa.String(length=16), nullable=False),
        sa.Column("terminal", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("print_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["payment_uuid"], ["payments.uuid"], name=op.f("fk_receipts_payment_uuid_payments")
        ),
        sa.PrimaryKeyConstraint("receipt_no", name=op.f("pk_receipts")),
        sa.UniqueConstraint("agency", "terminal", "year", "seq", name=op.f("uq_receipts_agency")),
        sa.UniqueConstraint("payment_uuid", name=op.f("uq_receipts_payment_uuid")),
        sa.UniqueConstraint("uuid", name=op.f("uq_receipts_uuid")),
    )
    op.create_table(
        "allocations",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("payment_uuid", sa.String(length=36), nullable=False),
        sa.Column("bill_id", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bill_id"], ["bills.id"], name=op.f("fk_allocations_bill_id_bills")
        ),
        sa.ForeignKeyConstraint(
            ["payment_uuid"], ["payments.uuid"], name=op.f("fk_allocations_payment_uuid_payments")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_allocations")),
    )
    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_allocations_bill_id"), ["bill_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_allocations_payment_uuid"), ["payment_uuid"], unique=False
        )

    op.create_table(
        "bill_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bill_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price_e4", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bill_id"], ["bills.id"], name=op.f("fk_bill_lines_bill_id_bills")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bill_lines")),
    )
    with op.batch_alter_table("bill_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bill_lines_bill_id"), ["bill_id"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        op.execute(FTS_DDL)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE account_search")
    with op.batch_alter_table("bill_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bill_lines_bill_id"))

    op.drop_table("bill_lines")
    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_allocations_payment_uuid"))
        batch_op.drop_index(batch_op.f("ix_allocations_bill_id"))

    op.drop_table("allocations")
    op.drop_table("receipts")
    with op.batch_alter_table("meter_readings", schema=None) as batch_op:
        batch_op.drop_index("ix_meter_readings_point_date")

    op.drop_table("meter_readings")
    with op.batch_alter_table("bills", schema=None) as batch_op:
        batch_op.drop_index("ix_bills_point_period")
        batch_op.drop_index("ix_bills_account_due")

    op.drop_table("bills")
    with op.batch_alter_table("service_points", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_points_account_id"))

    op.drop_table("service_points")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payments_account_id"))

    op.drop_table("payments")
    op.drop_table("users")
    op.drop_table("settings")
    op.drop_table("receipt_series")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_sent_at"))

    op.drop_table("outbox")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accounts_phone2"))
        batch_op.drop_index(batch_op.f("ix_accounts_phone1"))

    op.drop_table("accounts")
