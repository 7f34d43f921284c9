"""Search: variant keys of names, one-edit typo look-up, the company's name equivalences.

Revision ID: 0110_search_name_variants
Revises: 0100_debt_summary
Create Date: 2026-12-02

Why: clerks type names as they hear them (Mohammed for Mohamed, "Ben Ali" for BENALI, the
Latin spelling of an Arabic-only holder, one letter wrong). The FTS index now also holds a
variant key per name part (desktop.store.name_keys), the Arabic folding knows the
Persian/Urdu letters (ی ک), and two new B-tree tables hold the distinct name words and
their one-letter deletions for typo candidates (desktop.store.typo). ``search_variants``
holds the company's own groups of equivalent spellings, read when searching.

The whole index is rebuilt from the accounts table, chunk by chunk (20,000 accounts), with
progress logged on the ``guichet.migrate`` logger and printed to a terminal's stderr (about
30 s per 100,000 accounts measured on a loaded 2-CPU machine: a few minutes at 1,000,000).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable

from alembic import op

revision = "0110_search_name_variants"
down_revision = "0100_debt_summary"
branch_labels = None
depends_on = None

log = logging.getLogger("guichet.migrate")


def _progress() -> Callable[[int, int], None]:
    started = time.monotonic()

    def report(done: int, total: int) -> None:
        line = (
            f"search index: {done:,} / {total:,} accounts "
            f"({100 * done / max(total, 1):.0f}%, {time.monotonic() - started:.0f} s)"
        )
        log.info(line)
        if sys.stderr.isatty():  # someone is waiting at a terminal (guichet, the window's)
            print(line, file=sys.stderr, flush=True)

    return report


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # PostgreSQL (tests, central) searches with LIKE: no index to build
    op.execute("CREATE TABLE search_words (word TEXT PRIMARY KEY) WITHOUT ROWID")
    op.execute(
        'CREATE TABLE search_typo ("del" TEXT NOT NULL, word TEXT NOT NULL, '
        'PRIMARY KEY ("del", word)) WITHOUT ROWID'
    )
    op.execute(
        "CREATE TABLE search_variants (id INTEGER PRIMARY KEY, grp TEXT NOT NULL, "
        "spelling TEXT NOT NULL)"
    )
    from desktop.store.search import rebuild_index

    rebuild_index(bind, _progress())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute("DROP TABLE search_variants")
    op.execute("DROP TABLE search_typo")
    op.execute("DROP TABLE search_words")
    from desktop.text import account_terms

    driver = bind.connection.driver_connection
    rows = driver.execute(
        "SELECT id, name_ar, name_latin, address, city, district FROM accounts"
    ).fetchall()
    driver.execute("DELETE FROM account_search")
    driver.executemany(
        "INSERT INTO account_search (rowid, terms) VALUES (?, ?)",
        [(r[0], account_terms(r[1], r[2], r[3], r[4], r[5])) for r in rows],
    )
