"""Translations are complete, keep their placeholders, and amounts stay one visual unit."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from importlib.resources import files

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from desktop.domain.errors import MESSAGES, DomainError
from desktop.money import FSI, PDI, Money
from ui.fonts import ARABIC_FAMILY, load_arabic_font
from ui.i18n import ERROR_TEMPLATES, TERMS, Formats, Translators, error_text, term

LANGS = ("ar", "fr")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.fromstring((files("ui.i18n") / f"guichet_{lang}.ts").read_bytes())
    return [
        (ctx.findtext("name"), m.findtext("source"), m.find("translation"))
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_is_translated_and_finished(lang: str) -> None:
    bad = [
        (ctx, src)
        for ctx, src, tr in _messages(lang)
        if tr is None
        or tr.get("type") in ("unfinished", "obsolete", "vanished")
        or not (tr.text or "").strip()
    ]
    assert bad == [], f"untranslated or unfinished in guichet_{lang}.ts: {bad}"


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_the_placeholders(lang: str) -> None:
    wrong = [
        (src, tr.text)
        for _ctx, src, tr in _messages(lang)
        if sorted(set(PLACEHOLDER.findall(src))) != sorted(set(PLACEHOLDER.findall(tr.text or "")))
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_translations_are_shipped(lang: str) -> None:
    assert (files("ui.i18n") / f"guichet_{lang}.qm").read_bytes()


def test_translated_error_templates_name_codes_that_exist() -> None:
    """A renamed code in desktop/ must not leave a dead translation behind."""
    assert set(ERROR_TEMPLATES) - set(MESSAGES) == set()


def _placeholders(template: str) -> set[str]:
    return {
        name for _text, name, _spec, _conv in string.Formatter().parse(template) if name is not None
    }


def _has_words(template: str) -> bool:
    """False for a template made only of placeholders and punctuation ("{field}: {problem}")."""
    return bool(re.search("[A-Za-z]", PLACEHOLDER.sub("", template)))


def _error_translations(lang: str) -> dict[str, ET.Element | None]:
    return {src: tr for ctx, src, tr in _messages(lang) if ctx == "Errors"}


def test_every_domain_error_code_has_a_ui_template() -> None:
    """A code added to desktop/ without a template here would reach an Arabic clerk in English."""
    missing = sorted(set(MESSAGES) - set(ERROR_TEMPLATES))
    assert missing == [], (
        f"add these codes to ui.i18n.ERROR_TEMPLATES and translate them: {missing}"
    )


def test_ui_templates_have_the_placeholders_of_the_english_messages() -> None:
    """Same names, none more, none fewer: else .format() fails or a value is silently dropped."""
    wrong = {
        code: (sorted(_placeholders(template)), sorted(_placeholders(MESSAGES[code])))
        for code, template in ERROR_TEMPLATES.items()
        if code in MESSAGES and _placeholders(template) != _placeholders(MESSAGES[code])
    }
    assert wrong == {}, f"code: (ui placeholders, english placeholders): {wrong}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_ui_error_template_is_translated_with_its_placeholders(lang: str) -> None:
    """Checked per code (not only per .ts entry): a template missing from the .ts fails too."""
    translations = _error_translations(lang)
    problems: dict[str, str] = {}
    for code, template in ERROR_TEMPLATES.items():
        tr = translations.get(template)
        if tr is None:
            problems[code] = "not in the .ts file: run python -m ui.i18n.update"
        elif (
            tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip()
        ):
            problems[code] = f"translation {tr.get('type') or 'empty'}"
        elif _placeholders(tr.text or "") != _placeholders(template):
            problems[code] = f"placeholders differ: {tr.text!r}"
        elif (
            lang == "ar"
            and _has_words(template)
            and not re.search("[\u0600-\u06ff]", tr.text or "")
        ):
            problems[code] = f"no Arabic letter: {tr.text!r}"
    assert problems == {}, f"guichet_{lang}.ts: {problems}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_domain_error_reads_in_the_clerks_language(qapp, lang: str) -> None:
    """Through the compiled .qm: each code gives a non-English sentence with its values in it."""
    translators = Translators(qapp)
    try:
        translators.install(lang)
        english = []
        for code, template in MESSAGES.items():
            params = {name: f"<{name}>" for name in _placeholders(template)}
            text = error_text(DomainError(code, **params))
            assert all(value in text for value in params.values()), (code, text)
            if text == DomainError(code, **params).message() and _has_words(template):
                english.append(code)
        assert english == [], f"shown in English in {lang}: {english}"
    finally:
        translators.install("en")


@pytest.mark.parametrize(
    ("lang", "words"),
    [("ar", ("إدارة المستخدمين", " أو ")), ("fr", ("gérer les utilisateurs", " ou "))],
)
def test_roles_and_actions_in_a_refusal_are_translated_too(qapp, lang: str, words) -> None:
    """auth.forbidden carries code words of the core ("clerk", "manage users", "manager or
    admin"): the clerk reads them in their language, not in English."""
    translators = Translators(qapp)
    try:
        translators.install(lang)
        text = error_text(
            DomainError(
                "auth.forbidden",
                username="amina",
                role="clerk",
                action="manage users",
                needed="manager or admin",
            )
        )
        assert all(w in text for w in words), text
        assert not any(w in text for w in ("clerk", "manage users", "manager", " or ")), text
        assert "amina" in text
    finally:
        translators.install("en")


def test_a_code_without_translation_falls_back_to_the_english_message(qapp, monkeypatch) -> None:
    monkeypatch.delitem(ERROR_TEMPLATES, "tariff.unknown")
    error = DomainError("tariff.unknown", tariff="x", known="y")
    assert error_text(error) == error.message()


def test_domain_errors_are_shown_in_the_clerks_language(qapp) -> None:
    translators = Translators(qapp)
    error = DomainError("bill.already_paid", bill_no="F0001")
    try:
        translators.install("fr")
        assert error_text(error) == "La facture F0001 est déjà payée. Retirez-la de la sélection."
        assert term("cash") == "espèces"
        translators.install("ar")
        assert error_text(error).startswith(f"الفاتورة {FSI}F0001{PDI}")
        # a path keeps its leading slash on the left of its own run inside the Arabic text
        path = error_text(DomainError("backup.not_found", path="/srv/guichet.db"))
        assert f"{FSI}/srv/guichet.db{PDI}" in path
        assert set(TERMS)  # every stored word has a translation (checked by the .ts tests)
    finally:
        translators.install("en")
    assert error_text(error) == MESSAGES["bill.already_paid"].format(bill_no="F0001")


def test_amounts_and_dates_are_isolated_so_arabic_text_cannot_split_them() -> None:
    ar = Formats("ar_DZ")
    amount = ar.money(Money(123_450, "DZD"))
    assert amount.startswith(FSI) and amount.endswith(PDI)
    assert " " not in amount  # no breakable space inside
    assert (
        Formats("fr_MA").money(Money(123_450, "MAD")).count("\u202f")
        + Formats("fr_MA").money(Money(123_450, "MAD")).count("\xa0")
        >= 1
    )
    import datetime as dt

    day = ar.date(dt.date(2024, 3, 12))
    assert day.startswith(FSI) and day.endswith(PDI)


def test_the_shipped_arabic_font_loads_and_covers_arabic_letters(qapp) -> None:
    assert load_arabic_font() == ARABIC_FAMILY
    metrics = QFontMetrics(QFont(ARABIC_FAMILY))
    assert all(
        metrics.inFontUcs4(ord(ch)) for ch in "أحمدبنيوسفةىء٠١٢،؟"
    )  # inFont(str) is unreliable in PySide


def test_a_database_fault_in_the_window_reads_like_the_cli(qapp) -> None:
    import sqlite3

    from ui.i18n import error_text

    text = error_text(sqlite3.OperationalError("database is locked"))
    assert "Unexpected" not in text and "guichet.db" in text  # the way out, not a class name


def test_the_header_names_the_agency_once_and_the_day_status_agrees_in_french(
    qtbot, counter
) -> None:
    """#16: "Agence Agence commerciale de Guelma" (the name already says what it is) and
    "journée : clôturé" (a feminine noun with a masculine status word)."""
    from dataclasses import replace

    counter.settings = replace(counter.settings, agency_name="Agence commerciale de Guelma")
    for lang, word in (("fr", "Agence"), ("en", "Agency"), ("ar", "وكالة")):
        header = counter.window(qtbot, lang).header.text()
        assert "Agence commerciale de Guelma" in header
        assert header.count(word) == (1 if lang == "fr" else 0), header
    counter.set_language("fr")
    from PySide6.QtCore import QCoreApplication

    summary = QCoreApplication.translate(
        "DashboardDialog",
        "Agency {agency} · {day} · day {status} · taken today {taken} · outstanding debt {debt}",
    )
    assert "statut du jour : {status}" in summary and "journée :" not in summary
