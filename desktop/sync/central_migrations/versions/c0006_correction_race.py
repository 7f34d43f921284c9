"""a correction pushed twice at the same moment is a duplicate, not a sync problem

Revision ID: c0006_correction_race
Revises: c0005_no_temp_shadowing

Why: the background sender and ``guichet sync`` may push the same outbox item at once. The
second call waits on the original payment's row lock (``FOR UPDATE``); when it goes on, the
first call has committed the correction, and c0002's ``push_correction`` answered
``already_corrected``: the item was quarantined although central had applied it exactly
once, and the manager saw a problem that was none (found in review). Now the check after the
lock recognises the same correction (same UUID and payload hash) and answers ``duplicate``;
another correction of the same payment is still refused.

The function keeps c0005's search path (``pg_temp`` last).
"""

from __future__ import annotations

from alembic import op

from desktop.sync.central_migrations.versions.c0003_remote_lookup import PUSH_CORRECTION
from desktop.sync.central_migrations.versions.c0005_no_temp_shadowing import BEFORE, SEARCH_PATH
from desktop.sync.roles import quote_ident, roles_for

revision = "c0006_correction_race"
down_revision = "c0005_no_temp_shadowing"
branch_labels = None
depends_on = None

_LOCKED_CHECK = """    SELECT uuid INTO v_found FROM corrections WHERE original_uuid = v_original;
    IF FOUND THEN
"""
_SAME_OR_OTHER = """    SELECT uuid, payload_hash INTO v_found FROM corrections WHERE original_uuid = v_original;
    IF FOUND AND v_found.uuid = v_uuid AND v_found.payload_hash = v_hash THEN
        -- the same correction, committed by a concurrent push while this one waited
        RETURN jsonb_build_object('uuid', p_item->>'uuid', 'status', 'duplicate');
    ELSIF FOUND THEN
"""


def _with_path(sql: str) -> str:
    old = f"SET search_path = {BEFORE} AS"
    if sql.count(old) != 1:
        raise RuntimeError("c0006: push_correction's search path clause not found")
    return sql.replace(old, f"SET search_path = {SEARCH_PATH} AS")


if PUSH_CORRECTION.count(_LOCKED_CHECK) != 1:
    raise RuntimeError("c0006: push_correction's already_corrected check not found")
PUSH_CORRECTION_BEFORE = _with_path(PUSH_CORRECTION)
PUSH_CORRECTION_AFTER = _with_path(PUSH_CORRECTION.replace(_LOCKED_CHECK, _SAME_OR_OTHER))


def _replace(sql: str) -> None:
    conn = op.get_bind()
    conn.exec_driver_sql(f"SET LOCAL ROLE {quote_ident(roles_for(conn).owner)}")
    conn.exec_driver_sql(sql.replace("%", "%%"))
    conn.exec_driver_sql("RESET ROLE")


def upgrade() -> None:
    _replace(PUSH_CORRECTION_AFTER)


def downgrade() -> None:
    _replace(PUSH_CORRECTION_BEFORE)
