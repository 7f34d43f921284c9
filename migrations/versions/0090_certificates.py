"""The register of certificates (no-debt, payment) issued at this counter.

Revision ID: 0090_certificates
Revises: 0070_remote_accounts
Create Date: 2026-12-02

Why a table: a certificate is a document a third party relies on; the register keeps its
number, what it certifies, the true issue time and issuer, and the hash its QR code
carries, so the company can say whether a certificate shown to it is genuine. Each row is
written with a journal entry and an outbox item in the same transaction.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0090_certificates"
down_revision = "0070_remote_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "certificates",
        sa.Column("number", sa.String(length=48), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("account_no", sa.String(length=32), nullable=False),
        sa.Column("receipt_no", sa.String(length=48), nullable=True),
        sa.Column("agency", sa.String(length=16), nullable=False),
        sa.Column("terminal", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("credit_minor", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.String(length=64), nullable=False),
        sa.Column("record_hash", sa.String(length=64), nullable=False),
        sa.Column("verification", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_certificates")),
        sa.UniqueConstraint("uuid", name=op.f("uq_certificates_uuid")),
        sa.UniqueConstraint(
            "agency", "terminal", "year", "seq", name=op.f("uq_certificates_agency")
        ),
    )
    op.create_index(op.f("ix_certificates_account_no"), "certificates", ["account_no"])


def downgrade() -> None:
    op.drop_index(op.f("ix_certificates_account_no"), table_name="certificates")
    op.drop_table("certificates")
