"""Every error the code raises has a message, and the message formats with the parameters the
code actually passes (found by reading the source, so a new raise is checked automatically)."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from desktop.domain.errors import MESSAGES, DomainError

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(p for d in ("desktop", "ui", "reports") for p in (ROOT / d).rglob("*.py"))


def _raises() -> list[tuple[str, str, frozenset[str]]]:
    """(where, code, keyword names) of every ``DomainError("code", kw=...)`` call."""
    found = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "DomainError"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                continue
            if any(kw.arg is None for kw in node.keywords):  # **params: checked where built
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            found.append((where, node.args[0].value, frozenset(kw.arg for kw in node.keywords)))
    return found


RAISES = _raises()


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_source_scan_finds_the_errors_we_know_are_raised() -> None:
    codes = {code for _, code, _ in RAISES}
    assert {
        "amount.negative",
        "payment.overpayment",
        "auth.forbidden",
        "card.last4_invalid",
    } <= codes


@pytest.mark.parametrize(("where", "code", "params"), RAISES, ids=[r[0] for r in RAISES])
def test_every_raised_error_has_a_message_that_formats_with_its_params(
    where: str, code: str, params: frozenset[str]
) -> None:
    assert code in MESSAGES, f"{where} raises {code!r}, which has no message"
    template = MESSAGES[code]
    missing = _fields(template) - params
    assert not missing, f"{where}: {code!r} is raised without {sorted(missing)}"
    error = DomainError(code, **{name: f"<{name}>" for name in params})
    assert error.message() == template.format(**{name: f"<{name}>" for name in params})
    assert "{" not in error.message()


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_is_a_valid_template_ending_in_a_full_stop(code: str) -> None:
    template = MESSAGES[code]
    fields = _fields(template)
    assert all(name.isidentifier() for name in fields), template
    text = template.format(**{name: "x" for name in fields})
    assert text.strip().endswith((".", "x")), code


def test_a_message_with_missing_params_still_says_something_instead_of_crashing() -> None:
    error = DomainError("bill.not_found", bill_no="F1")
    assert "bill.not_found" not in error.message()
    assert "F1" in error.message()


def test_errors_serialise_for_json_with_string_params() -> None:
    error = DomainError("amount.too_precise", text="1,234", decimals=2)
    assert error.as_dict() == {
        "error": "amount.too_precise",
        "message": "'1,234' has more than 2 decimals. Round it to the centime.",
        "params": {"text": "1,234", "decimals": "2"},
    }


def test_an_error_formats_into_a_translated_template() -> None:
    error = DomainError("account.closed", account_no="240100001")
    assert error.message("الحساب {account_no} مغلق.") == "الحساب 240100001 مغلق."
