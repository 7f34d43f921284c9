"""Schema upgrades and downgrades through Alembic, driven from code.

Why: ``guichet init`` must bring any database (new, or from an older release) to the
current schema in one step, with no Alembic set-up at the agency.

Alembic is imported only to migrate. Opening a database (every start of the window and of
each command) just checks that its revision is the newest one, which is read from the
migration files' ``revision``/``down_revision`` lines: importing Alembic for that cost
~110 ms of CPU at every start (measured by tests/bench/bench_app_start.py).
"""

from __future__ import annotations

import re
from importlib.resources import files
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION = re.compile(r"""^revision\s*(?::[^=]*)?=\s*["']([^"']+)["']""", re.M)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.M)
_QUOTED = re.compile(r"""["']([^"']+)["']""")


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(files("migrations")))
    # ConfigParser interpolates "%": a URL-encoded password or a "%" in a path must be escaped.
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database to ``revision`` (default: the newest)."""
    from alembic import command

    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    from alembic import command

    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    """The database's revision (None: never migrated), as Alembic records it."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:  # pragma: no cover - branches are never merged into a release
        raise RuntimeError(f"the database is at several revisions: {', '.join(rows)}")
    return rows[0] if rows else None


def head_revision(engine: Engine) -> str | None:
    """The newest revision of the migration files: the one no other file builds on.

    Read from the files' ``revision``/``down_revision`` lines without importing Alembic (see
    the module docstring); Alembic decides whenever the files do not make a single chain's
    head plain. tests/integration/test_migrations.py checks both agree.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (files("migrations") / "versions").iterdir():
        if not path.name.endswith(".py") or path.name.startswith("__"):
            continue
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return alembic_head_revision(engine)
        revisions.add(revision.group(1))
        parents.update(_QUOTED.findall(down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else alembic_head_revision(engine)


def alembic_head_revision(engine: Engine) -> str | None:
    """The head as Alembic computes it (imports Alembic: for migrating and for checks)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
