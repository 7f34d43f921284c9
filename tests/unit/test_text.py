"""Search folding: Arabic letter variants, diacritics, Latin accents, phones, identifiers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.text import fold, normalize_identifier, normalize_phone, search_terms, search_words


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("أحمد", "احمد"),
        ("إبراهيم", "ابراهيم"),
        ("آمنة", "امنه"),
        ("ٱلله", "الله"),
        ("أَحْمَد", "احمد"),  # harakat
        ("محمّد", "محمد"),  # shadda
        ("احـــمد", "احمد"),  # tatweel
        ("فاطمة", "فاطمه"),  # ta marbuta
        ("مصطفى", "مصطفي"),  # alef maqsura
        ("مؤمن", "مومن"),
        ("هانئ", "هاني"),
        ("ﺃﺣﻤﺪ", "احمد"),  # presentation forms, as some old systems export them
        ("ﻷ", "لا"),
        ("Benaïssa", "benaissa"),
        ("BENAÏSSA", "benaissa"),
        ("Çağlar Ñúñez", "caglar nunez"),
        ("Straße", "strasse"),
        ("١٢٣ ۴۵", "123 45"),
    ],
)
def test_fold_gives_the_form_clerks_type(typed: str, folded: str) -> None:
    assert fold(typed) == folded


def test_decomposed_hamza_folds_like_the_precomposed_letter() -> None:
    assert fold("\u0627\u0654\u062d\u0645\u062f") == fold("أحمد") == "احمد"


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def test_search_words_drop_punctuation_and_keep_digits() -> None:
    assert search_words("  Cité 1200-Logements, bt. B3 ") == [
        "cite",
        "1200",
        "logements",
        "bt",
        "b3",
    ]
    assert search_words("«أَحْمَد» — بن عيسى") == ["احمد", "بن", "عيسي"]
    assert search_words('"* OR x') == ["or", "x"]
    assert search_words("!!! ...") == []


def test_search_terms_joins_every_part_and_skips_missing_ones() -> None:
    assert search_terms("أحمد بن عيسى", None, "Benaïssa Ahmed", "", "Guelma") == (
        "احمد بن عيسي benaissa ahmed guelma"
    )


@pytest.mark.parametrize(
    "typed",
    [
        "0555123456",
        "0555 12 34 56",
        "05.55.12.34.56",
        "+213 555 12 34 56",
        "+213555123456",
        "00213 555 12 34 56",
        "213555123456",
        "٠٥٥٥١٢٣٤٥٦",
    ],
)
def test_algerian_phone_numbers_normalise_to_the_national_form(typed: str) -> None:
    assert normalize_phone(typed) == "0555123456"


@pytest.mark.parametrize("typed", ["+212 6 12 34 56 78", "00212612345678", "06 12 34 56 78"])
def test_moroccan_phone_numbers_normalise_to_the_national_form(typed: str) -> None:
    assert normalize_phone(typed) == "0612345678"


def test_a_short_number_is_left_as_digits() -> None:
    assert normalize_phone("213 55") == "21355"


def test_identifiers_keep_upper_case_ascii_letters_and_digits_only() -> None:
    assert normalize_identifier(" f-2401 / 00012 ") == "F240100012"
    assert normalize_identifier("٢٤٠١٠٠") == "240100"
