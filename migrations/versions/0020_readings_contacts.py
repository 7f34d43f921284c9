"""readings at the counter, regularisations, contact preferences, notifications

Revision ID: 0020_readings_contacts
Revises: 0010_sync_state

Why: issue 8. A reading recorded at the counter keeps how its consumption was worked out
and whether it was unusual (reading_details); regularising estimated bills stores the
adjustment with its explanation (regularisations); customers choose how they are told
(contact_preferences); messages the company would send wait for central (notifications).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020_readings_contacts"
down_revision = "0010_sync_state"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact_preferences",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("ebill", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_contact_preferences_account_id_accounts"),
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_contact_preferences")),
    )
    op.create_table(
        "notifications",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("recipient", sa.String(length=300), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_notifications_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_notifications")),
    )
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notifications_account_id"), ["account_id"])
        batch_op.create_index(batch_op.f("ix_notifications_status"), ["status"])

    op.create_table(
        "reading_details",
        sa.Column("reading_uuid", sa.String(length=36), nullable=False),
        sa.Column("previous_uuid", sa.String(length=36), nullable=True),
        sa.Column("corrects_uuid", sa.String(length=36), nullable=True),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("consumption", sa.Integer(), nullable=True),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.Column("usual_consumption", sa.Integer(), nullable=True),
        sa.Column("unusual", sa.Boolean(), nullable=False),
        sa.Column("confirmed_by", sa.String(length=64), nullable=True),
        sa.Column("follow_up", sa.String(length=16), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reading_uuid"],
            ["meter_readings.uuid"],
            name=op.f("fk_reading_details_reading_uuid_meter_readings"),
        ),
        sa.PrimaryKeyConstraint("reading_uuid", name=op.f("pk_reading_details")),
    )
    with op.batch_alter_table("reading_details", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reading_details_follow_up"), ["follow_up"])

    op.create_table(
        "regularisations",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("service_point_id", sa.Integer(), nullable=False),
        sa.Column("reading_uuid", sa.String(length=36), nullable=False),
        sa.Column("previous_reading_uuid", sa.String(length=36), nullable=False),
        sa.Column("supersedes_uuid", sa.String(length=36), nullable=True),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("actual_kwh", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("actual_minor", sa.Integer(), nullable=False),
        sa.Column("billed_minor", sa.Integer(), nullable=False),
        sa.Column("adjustment_minor", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("bill_id", sa.Integer(), nullable=True),
        sa.Column("explanation", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["bill_id"], ["bills.id"], name=op.f("fk_regularisations_bill_id_bills")
        ),
        sa.ForeignKeyConstraint(
            ["service_point_id"],
            ["service_points.id"],
            name=op.f("fk_regularisations_service_point_id_service_points"),
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_regularisations")),
    )
    with op.batch_alter_table("regularisations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_regularisations_reading_uuid"), ["reading_uuid"])
        batch_op.create_index(
            batch_op.f("ix_regularisations_service_point_id"), ["service_point_id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("regularisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_regularisations_service_point_id"))
        batch_op.drop_index(batch_op.f("ix_regularisations_reading_uuid"))
    op.drop_table("regularisations")
    with op.batch_alter_table("reading_details", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reading_details_follow_up"))
    op.drop_table("reading_details")
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notifications_status"))
        batch_op.drop_index(batch_op.f("ix_notifications_account_id"))
    op.drop_table("notifications")
    op.drop_table("contact_preferences")
