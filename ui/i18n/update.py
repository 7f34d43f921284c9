"""Refresh the translation sources and compile them: ``python -m ui.i18n.update``.

Why a module: the same two commands must run on Linux and Windows from the virtualenv,
with the same file list. ``pyside6-lupdate`` extracts every ``tr()`` / ``QT_TRANSLATE_NOOP``
string from ``ui/`` into ``guichet_<lang>.ts`` (keeping existing translations, dropping
obsolete ones); ``pyside6-lrelease`` compiles them to the ``.qm`` files loaded at run time.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
UI = HERE.parent
LANGS = ("ar", "fr")


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(UI.parent)) for p in UI.rglob("*.py") if p.name != "update.py")


def main() -> int:
    ts_files = [str((HERE / f"guichet_{lang}.ts").relative_to(UI.parent)) for lang in LANGS]
    cwd = UI.parent
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", *ts_files],
        check=True,
        cwd=cwd,
    )
    for ts in ts_files:
        subprocess.run([_tool("pyside6-lrelease"), ts], check=True, cwd=cwd)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
