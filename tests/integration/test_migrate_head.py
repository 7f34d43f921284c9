"""Starting the window and opening a database check the schema without importing Alembic.

Why: every start of the window and every command opens the store; importing Alembic only to
read the newest revision cost ~110 ms of CPU each time (tests/bench/bench_app_start.py).
The newest revision is read from the migration files instead, so it must agree with Alembic.
Likewise the PDF stack (ReportLab, ~140 ms) and the receipt encoder (python-escpos, ~70 ms)
are imported when first used.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.bootstrap import init_database
from desktop.store import migrate
from desktop.store.db import make_engine, sqlite_url


def test_the_newest_revision_read_from_the_files_is_alembics_head(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "empty.db"))
    try:
        assert migrate.head_revision(engine) == migrate.alembic_head_revision(engine)
        assert migrate.current_revision(engine) is None  # never migrated
    finally:
        engine.dispose()


def test_starting_the_window_imports_no_migration_pdf_or_printer_library(
    tmp_path: Path,
) -> None:
    db = tmp_path / "guichet.db"
    init_database(db).dispose()
    probe = (
        "import sys, ui.app; from desktop.bootstrap import open_store; "
        f"open_store({str(db)!r}).dispose(); "
        "print(sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('alembic', 'mako', 'reportlab', 'escpos')))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "[]"
