"""Search index: mark address and city words, so holders' names are found first.

Revision ID: 0050_search_names_before_places
Revises: 0040_search_prefixes_open_bills
Create Date: 2026-11-23

Why: typing "Mohamed" listed the customers living in "Rue Mohamed Khemisti" among the
holders called Mohamed, in account order. Place words are now stored with a marker (see
desktop.text.account_terms) and the search looks for names first. The whole index is
rebuilt from the accounts table (about a minute at 1,000,000 accounts).
"""

from __future__ import annotations

from collections.abc import Callable

from alembic import op

from desktop.text import account_terms, search_terms

revision = "0050_search_names_before_places"
down_revision = "0040_search_prefixes_open_bills"
branch_labels = None
depends_on = None

CHUNK = 20_000


def _rebuild(terms: Callable[..., str]) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    driver = bind.connection.driver_connection
    driver.execute("DELETE FROM account_search")
    last = 0
    while True:
        rows = driver.execute(
            "SELECT id, name_ar, name_latin, address, city, district FROM accounts "
            "WHERE id > ? ORDER BY id LIMIT ?",
            (last, CHUNK),
        ).fetchall()
        if not rows:
            break
        driver.executemany(
            "INSERT INTO account_search (rowid, terms) VALUES (?, ?)",
            [(r[0], terms(r[1], r[2], r[3], r[4], r[5])) for r in rows],
        )
        last = rows[-1][0]


def upgrade() -> None:
    _rebuild(account_terms)


def downgrade() -> None:
    _rebuild(search_terms)
