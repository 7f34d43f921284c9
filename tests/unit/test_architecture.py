"""Dependencies point inward: the core never imports the window, the reports or Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop

FORBIDDEN = ("ui", "reports", "PySide6")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_desktop_imports_neither_ui_nor_reports_nor_qt() -> None:
    root = Path(desktop.__file__).parent
    offenders = {
        f"{path.relative_to(root)}: {name}"
        for path in root.rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in FORBIDDEN
    }
    assert sorted(offenders) == []


def test_the_check_sees_a_forbidden_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport ui.app\n", encoding="utf-8")
    assert {"PySide6.QtWidgets", "ui.app"} <= imported_modules(bad)
