"""installment plans: plans, their bills and installments, and what filled each installment

Revision ID: 0030_installment_plans
Revises: 0020_readings_contacts

Why: issue 7. A plan schedules debt that stays on its bills (installment_plans, plan_bills,
plan_installments); installment_allocations records which payment filled which installment,
immutably, so a voided payment un-fills its installments by itself (see docs/plans.md).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0030_installment_plans"
down_revision = "0020_readings_contacts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "installment_plans",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("reference", sa.String(length=48), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("total_minor", sa.Integer(), nullable=False),
        sa.Column("down_minor", sa.Integer(), nullable=False),
        sa.Column("financed_minor", sa.Integer(), nullable=False),
        sa.Column("installment_count", sa.Integer(), nullable=False),
        sa.Column("frequency_months", sa.Integer(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("approved_by", sa.String(length=64), nullable=True),
        sa.Column("approval_reason", sa.Text(), nullable=True),
        sa.Column("violations", sa.JSON(), nullable=False),
        sa.Column("policy", sa.JSON(), nullable=False),
        sa.Column("down_payment_uuid", sa.String(length=36), nullable=True),
        sa.Column("previous_uuid", sa.String(length=36), nullable=True),
        sa.Column("agency", sa.String(length=16), nullable=False),
        sa.Column("terminal", sa.String(length=16), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_installment_plans_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["down_payment_uuid"],
            ["payments.uuid"],
            name=op.f("fk_installment_plans_down_payment_uuid_payments"),
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_installment_plans")),
        sa.UniqueConstraint("reference", name=op.f("uq_installment_plans_reference")),
    )
    with op.batch_alter_table("installment_plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_installment_plans_account_id"), ["account_id"])
        batch_op.create_index(batch_op.f("ix_installment_plans_status"), ["status"])

    op.create_table(
        "plan_bills",
        sa.Column("plan_uuid", sa.String(length=36), nullable=False),
        sa.Column("bill_id", sa.Integer(), nullable=False),
        sa.Column("open_minor_at_start", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bill_id"], ["bills.id"], name=op.f("fk_plan_bills_bill_id_bills")
        ),
        sa.ForeignKeyConstraint(
            ["plan_uuid"],
            ["installment_plans.uuid"],
            name=op.f("fk_plan_bills_plan_uuid_installment_plans"),
        ),
        sa.PrimaryKeyConstraint("plan_uuid", "bill_id", name=op.f("pk_plan_bills")),
    )
    with op.batch_alter_table("plan_bills", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_bills_bill_id"), ["bill_id"])

    op.create_table(
        "plan_installments",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("plan_uuid", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_uuid"],
            ["installment_plans.uuid"],
            name=op.f("fk_plan_installments_plan_uuid_installment_plans"),
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_plan_installments")),
        sa.UniqueConstraint("plan_uuid", "seq", name=op.f("uq_plan_installments_plan_uuid")),
    )
    with op.batch_alter_table("plan_installments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_installments_plan_uuid"), ["plan_uuid"])
        batch_op.create_index(batch_op.f("ix_plan_installments_due_date"), ["due_date"])

    op.create_table(
        "installment_allocations",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("installment_uuid", sa.String(length=36), nullable=False),
        sa.Column("payment_uuid", sa.String(length=36), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["installment_uuid"],
            ["plan_installments.uuid"],
            name=op.f("fk_installment_allocations_installment_uuid_plan_installments"),
        ),
        sa.ForeignKeyConstraint(
            ["payment_uuid"],
            ["payments.uuid"],
            name=op.f("fk_installment_allocations_payment_uuid_payments"),
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_installment_allocations")),
    )
    with op.batch_alter_table("installment_allocations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_installment_allocations_installment_uuid"), ["installment_uuid"]
        )
        batch_op.create_index(
            batch_op.f("ix_installment_allocations_payment_uuid"), ["payment_uuid"]
        )


def downgrade() -> None:
    op.drop_table("installment_allocations")
    op.drop_table("plan_installments")
    op.drop_table("plan_bills")
    op.drop_table("installment_plans")
