"""Everything `guichet` writes goes through cli.output, which never lets an escape
sequence, a C1 control or a bidi override reach the terminal (issue 13)."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from cli import output as cli_output

ROOT = Path(__file__).resolve().parents[2]
CLI_MODULES = sorted((ROOT / "cli").glob("*.py"))


@pytest.mark.parametrize("path", CLI_MODULES, ids=lambda p: p.name)
def test_no_cli_module_prints_except_through_the_safe_writer(path: Path) -> None:
    if path.name == "output.py":
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Name) and node.func.id == "print")
            or (
                isinstance(node.func, ast.Attribute)
                and node.func.attr == "write"
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr in ("stdout", "stderr")
            )
        )
    ]
    assert calls == [], f"{path.name}: print through cli.output (lines {calls})"


def test_the_scan_finds_the_cli_modules() -> None:
    names = {p.name for p in CLI_MODULES}
    assert {"main.py", "cash.py", "receipts.py", "pdfs.py"} <= names


HOSTILE = {"name": "ALI\x1b[31m \u202eDIAP\x9b", "lines": ["a\nb", "\u2066x\u2069"], "n": 3}


def test_json_output_carries_no_control_or_override_even_escaped(capsys) -> None:
    cli_output.emit(HOSTILE, True, "")
    out = capsys.readouterr().out
    assert "\\u001b" not in out and "\x9b" not in out and "\u202e" not in out
    assert json.loads(out) == {"name": "ALI[31m DIAP", "lines": ["a\nb", "x"], "n": 3}


def test_text_output_and_refusals_carry_no_escape(capsys) -> None:
    cli_output.emit({}, False, lambda: "Name: ALI\x1b[2J\u202eX\nnext line")
    cli_output.fail({"error": "x", "message": "No account \x1b[2J\u202eX.\nforged"}, False)
    captured = capsys.readouterr()
    assert captured.out == "Name: ALI[2JX\nnext line\n"
    assert captured.err == "guichet: No account \\x1b[2JX.\\x0aforged\n"
