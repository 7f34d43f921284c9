"""One vocabulary: each message template and each stored word is defined once, and every
stored word has its English, Arabic and French (issue 15 part 5)."""

from __future__ import annotations

import ast
import pickle
import re
from pathlib import Path

import pytest

from desktop.domain.errors import (
    FIELD_MESSAGES,
    MESSAGES,
    PROBLEMS,
    WINDOW_WORDING,
    DomainError,
    Problem,
    window_templates,
)
from desktop.vocabulary import CONTEXT, WORDS, code_of, codes_of_value
from reports.translations import ts_entries, word

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("desktop", "ui", "reports")
HOME = {"desktop/domain/errors.py", "desktop/vocabulary.py"}
"""The only files where the English of a message or a stored word may be written."""


def _literals(path: Path) -> list[tuple[int, str]]:
    """Every string constant of a module (implicit concatenations already joined)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def _sources() -> list[Path]:
    return [p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))]


def test_no_message_template_is_written_a_second_time() -> None:
    """A template copied into ui/ or reports/ (or a second desktop module) drifts."""
    templates = {t for t in window_templates().values() if len(t) > 12} | {
        t for t in MESSAGES.values() if len(t) > 12
    }
    twice = [
        f"{path.relative_to(ROOT)}:{line}: {text[:60]!r}"
        for path in _sources()
        if str(path.relative_to(ROOT)) not in HOME
        for line, text in _literals(path)
        if text in templates
    ]
    assert twice == []


def test_no_stored_word_is_given_a_translation_anywhere_else() -> None:
    """A stored word belongs to desktop.vocabulary: no Terms/Vocabulary entry in ui/, no
    tender/service/category/unit/channel word table in reports/."""
    found = []
    for path in _sources():
        rel = str(path.relative_to(ROOT))
        if rel in HOME:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "QT_TRANSLATE_NOOP"
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) for a in node.args)
                and node.args[0].value in ("Terms", "Tariffs", CONTEXT)
                and node.args[1].value in set(WORDS.values())
            ):
                found.append(f"{rel}:{node.lineno}: {node.args[1].value!r}")
            if isinstance(node, ast.Dict) and rel.startswith("reports/"):
                for key in node.keys:
                    if isinstance(key, ast.Constant) and (
                        key.value in WORDS
                        or any(code_of(k, str(key.value)) for k in ("tender", "service"))
                    ):
                        found.append(f"{rel}:{key.lineno}: {key.value!r}")
    assert found == []


def test_window_wording_differs_only_where_it_must_and_keeps_the_placeholders() -> None:
    fields = re.compile(r"{(\w+)}")
    for code, text in WINDOW_WORDING.items():
        assert code in MESSAGES and text != MESSAGES[code], code
        assert set(fields.findall(text)) == set(fields.findall(MESSAGES[code])), code
    assert set(FIELD_MESSAGES).isdisjoint(MESSAGES)


def test_codes_are_kind_dot_value_and_each_english_word_is_a_real_word() -> None:
    for code, english in WORDS.items():
        kind, _, value = code.partition(".")
        assert kind and value and english.strip() == english and english, code
    assert codes_of_value("cash") == ["tender.cash"]
    assert code_of("service", "gas") == "service.gas" and code_of("service", "fuel") is None


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_stored_word_has_its_translation(lang: str) -> None:
    """en in desktop/vocabulary.py, ar and fr in the .ts (finished), read without Qt."""
    entries = ts_entries(lang)
    missing = [code for code, en in WORDS.items() if (CONTEXT, en, code) not in entries]
    assert missing == [], f"guichet_{lang}.ts lacks {missing}: run python -m ui.i18n.update"
    if lang == "ar":
        latin_only = [c for c in WORDS if not re.search("[\u0600-\u06ff]", word(c, "ar"))]
        assert latin_only == []


def test_cash_is_one_word_in_every_language() -> None:
    """Arabic "cash" was نقدًا on screen and نقدا on paper: now one word, without tanwin
    (the documents' writer places one glyph per character)."""
    assert (word("tender.cash", "ar"), word("tender.cash", "fr"), word("tender.cash", "en")) == (
        "نقدا",
        "espèces",
        "cash",
    )


def test_the_core_says_what_is_wrong_by_code_not_in_english_prose() -> None:
    """``problem=`` outside the CLI is a Problem (code + values) or the text of an operating
    system / driver error passed on: never a sentence written in the core (issue 15)."""
    prose = []
    for path in [*(ROOT / "desktop").rglob("*.py"), *(ROOT / "reports").rglob("*.py")]:
        rel = str(path.relative_to(ROOT))
        if path.name.startswith("cli") or path.name.endswith("_commands.py"):
            continue  # the CLI (and the reports' CLI commands) speaks English only
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "DomainError":
                for kw in node.keywords:
                    if kw.arg == "problem" and isinstance(kw.value, (ast.Constant, ast.JoinedStr)):
                        prose.append(f"{rel}:{kw.value.lineno}")
    assert prose == []


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_problem_is_translated_with_its_placeholders(lang: str) -> None:
    fields = re.compile(r"{(\w+)}")
    entries = ts_entries(lang)
    wrong = {}
    for code, english in PROBLEMS.items():
        text = entries.get(("Errors", english, ""))
        if text is None or set(fields.findall(text)) != set(fields.findall(english)):
            wrong[code] = text
    assert wrong == {}


def test_a_problem_prints_its_english_and_keeps_its_code() -> None:
    problem = Problem("folder_read_only", folder="/srv")
    error = DomainError("db.read_only", path="/srv/guichet.db", problem=problem)
    assert problem == "the folder /srv is read-only"
    assert error.as_dict()["params"]["problem"] == "the folder /srv is read-only"
    assert (problem.code, problem.values) == ("folder_read_only", {"folder": "/srv"})
    copy = pickle.loads(pickle.dumps(problem))
    assert (copy, copy.code, copy.values) == (problem, problem.code, problem.values)
