"""Translations are complete, keep their placeholders, and amounts stay one visual unit."""

from __future__ import annotations

import re
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
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip()
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


def test_a_code_without_translation_falls_back_to_the_english_message(qapp) -> None:  # noqa: ANN001
    error = DomainError("tariff.unknown", tariff="x", known="y")
    assert error_text(error) == error.message()


def test_domain_errors_are_shown_in_the_clerks_language(qapp) -> None:  # noqa: ANN001
    translators = Translators(qapp)
    error = DomainError("bill.already_paid", bill_no="F0001")
    try:
        translators.install("fr")
        assert error_text(error) == "La facture F0001 est déjà payée. Retirez-la de la sélection."
        assert term("cash") == "espèces"
        translators.install("ar")
        assert error_text(error).startswith("الفاتورة F0001")
        assert set(TERMS)  # every stored word has a translation (checked by the .ts tests)
    finally:
        translators.install("en")
    assert error_text(error) == MESSAGES["bill.already_paid"].format(bill_no="F0001")


def test_amounts_and_dates_are_isolated_so_arabic_text_cannot_split_them() -> None:
    ar = Formats("ar_DZ")
    amount = ar.money(Money(123_450, "DZD"))
    assert amount.startswith(FSI) and amount.endswith(PDI)
    assert " " not in amount  # no breakable space inside
    assert Formats("fr_MA").money(Money(123_450, "MAD")).count("\u202f") + Formats(
        "fr_MA"
    ).money(Money(123_450, "MAD")).count("\xa0") >= 1
    import datetime as dt

    day = ar.date(dt.date(2024, 3, 12))
    assert day.startswith(FSI) and day.endswith(PDI)


def test_the_shipped_arabic_font_loads_and_covers_arabic_letters(qapp) -> None:  # noqa: ANN001
    assert load_arabic_font() == ARABIC_FAMILY
    metrics = QFontMetrics(QFont(ARABIC_FAMILY))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "أحمدبنيوسفةىء٠١٢،؟")  # inFont(str) is unreliable in PySide
