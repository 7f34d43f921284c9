"""Dependencies point inward: the core never imports the window, the command line, the reports
or Qt; the command line imports the core and the reports, never the window."""

from __future__ import annotations

import ast
from pathlib import Path
from types import ModuleType

import cli
import desktop

FORBIDDEN = ("ui", "cli", "reports", "PySide6")
CLI_FORBIDDEN = ("ui", "PySide6")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def offenders_in(package: ModuleType, forbidden: tuple[str, ...]) -> list[str]:
    """``file: module`` for each import in ``package`` of a top-level name in ``forbidden``."""
    root = Path(str(package.__file__)).parent
    return sorted(
        f"{path.relative_to(root)}: {name}"
        for path in root.rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in forbidden
    )


def test_desktop_imports_neither_ui_nor_cli_nor_reports_nor_qt() -> None:
    assert offenders_in(desktop, FORBIDDEN) == []


def test_the_check_sees_a_forbidden_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from PySide6.QtWidgets import QWidget\nimport ui.app\nfrom cli import output\n",
        encoding="utf-8",
    )
    assert {"PySide6.QtWidgets", "ui.app", "cli"} <= imported_modules(bad)


def test_the_command_line_imports_the_core_and_the_reports_never_the_window() -> None:
    assert offenders_in(cli, CLI_FORBIDDEN) == []
    imported = {
        name.split(".")[0]
        for path in Path(str(cli.__file__)).parent.rglob("*.py")
        for name in imported_modules(path)
    }
    assert {"desktop", "reports"} <= imported
