"""The command line lives in ``cli/`` only, with one dispatch and one password reader
(issue 15): a command module left in ``desktop/``, a command without a handler, or a second
place that reads passwords would bring back the copies this package replaced."""

from __future__ import annotations

import argparse
import ast
import tomllib
from collections.abc import Iterator
from pathlib import Path

from cli.main import build_parser

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_desktop_has_no_command_line_module_left() -> None:
    desktop = ROOT / "desktop"
    named = [
        p for pattern in ("cli.py", "cli_*.py", "*_commands.py") for p in desktop.rglob(pattern)
    ]
    assert sorted(str(p.relative_to(desktop)) for p in named) == []
    assert (
        sorted(
            str(p.relative_to(desktop)) for p in desktop.rglob("*.py") if "argparse" in _imports(p)
        )
        == []
    )


def test_reports_hold_no_commands() -> None:
    reports = ROOT / "reports"
    assert sorted(p.name for p in reports.rglob("*commands.py")) == []
    assert sorted(p.name for p in reports.rglob("*.py") if "argparse" in _imports(p)) == []


def test_guichet_is_the_cli_package_and_no_command_plugin_is_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["guichet"] == "cli.main:main"
    groups = project.get("entry-points", {})
    assert "guichet.commands" not in groups and "guichet.renderers" not in groups


def _leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
    for action in subs:
        for name, sub in action.choices.items():
            yield from _leaves(sub, (*path, name))


def test_every_command_is_dispatched_through_its_handler() -> None:
    leaves = dict(_leaves(build_parser()))
    assert len(leaves) > 60  # the whole tree, plugins' old commands included
    assert {("init",), ("pay",), ("receipt",), ("close-day",), ("plan", "create")} <= set(leaves)
    unhandled = [
        " ".join(p) for p, parser in leaves.items() if not callable(parser._defaults.get("handler"))
    ]
    assert unhandled == []


def test_only_cli_passwords_reads_a_password() -> None:
    readers = sorted(p.name for p in (ROOT / "cli").glob("*.py") if "getpass" in _imports(p))
    assert readers == ["passwords.py"]
