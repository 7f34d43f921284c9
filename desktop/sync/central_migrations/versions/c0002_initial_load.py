"""initial load of a region: snapshot function (keyset pages of accounts with open bills)

Revision ID: c0002_initial_load
Revises: c0001

The body is filled in by the initial-load work (issue #6); the id is stable so that later
revisions (c0003_remote_lookup) can chain after it.
"""

from __future__ import annotations

revision = "c0002_initial_load"
down_revision = "c0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing yet: the snapshot function comes in the next commit of this revision."""


def downgrade() -> None:
    """Nothing to undo yet."""
