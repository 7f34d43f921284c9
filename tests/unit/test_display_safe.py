"""Text from outside made safe to show: no control character, no bidi override or embedding,
no lone surrogate reaches a screen, a receipt, a PDF or a terminal; the letters stay."""

from __future__ import annotations

import dataclasses
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.money import Money, format_money
from desktop.text import display_safe, display_safe_record, is_text, shown_bytes

BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _forbidden(ch: str) -> bool:
    c = ord(ch)
    return (
        c < 0x20
        or 0x7F <= c < 0xA0
        or ch in BIDI_CONTROLS
        or 0x206A <= c <= 0x206F
        or 0xD800 <= c <= 0xDFFF
        or 0xFDD0 <= c <= 0xFDEF
        or (c & 0xFFFE) == 0xFFFE
    )


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_nothing_unsafe_survives(text: str) -> None:
    shown = display_safe(text)
    assert not any(_forbidden(ch) for ch in shown)
    assert "\n" not in shown


@given(st.text())
def test_multiline_keeps_line_breaks_and_nothing_else_unsafe(text: str) -> None:
    shown = display_safe(text, multiline=True)
    assert not any(_forbidden(ch) for ch in shown if ch != "\n")


LETTERS = st.characters(categories=("L", "M", "N", "Zs", "P", "S"))


@given(st.text(alphabet=LETTERS))
def test_letters_digits_punctuation_and_spaces_are_kept_as_they_are(text: str) -> None:
    text = "".join(ch for ch in text if not _forbidden(ch) and ch != "\ufeff")
    assert display_safe(text) == text


@given(st.text(alphabet=LETTERS), st.text(alphabet=LETTERS))
def test_a_name_with_controls_shows_the_same_letters_as_without(a: str, b: str) -> None:
    a = "".join(ch for ch in a if not _forbidden(ch) and ch != "\ufeff")
    b = "".join(ch for ch in b if not _forbidden(ch) and ch != "\ufeff")
    assert display_safe(f"{a}\u202e{b}\u202c\x1b\x9b\ud800") == a + b


def test_display_safe_is_idempotent() -> None:
    for text in ("ALI \u202eDIAP 0001\u202c", "a\x1b[31mb", "x\r\ny", "\u2066\u2069"):
        once = display_safe(text)
        assert display_safe(once) == once


@pytest.mark.parametrize(
    ("hostile", "shown"),
    [
        ("ALI \u202eDIAP 0001 DZD\u202c", "ALI DIAP 0001 DZD"),  # balanced, still a spoof
        ("ALI \u202eDIAP", "ALI DIAP"),  # unbalanced override
        ("\u2067محمد\u2069 \u202bX", "محمد X"),  # isolates and embeddings
        ("BENALI\x1b[2J\x1b]0;owned\x07", "BENALI[2J]0;owned"),  # CSI, OSC, BEL
        ("ZAKI\x9b31m", "ZAKI31m"),  # 8-bit CSI
        ("line1\nline2\rPAID", "line1 line2 PAID"),  # no forged second line
        ("A\tB", "A B"),
        ("\ufeffHADJ\u206eAMAR\ufdd0\U0010fffe", "HADJAMAR"),
        ("Benaïssa أحمد بن عيسى", "Benaïssa أحمد بن عيسى"),
        (
            "عبد\u200cالله \u200fRLM \u200eLRM \u061cALM \u200dZWJ",
            "عبد\u200cالله \u200fRLM \u200eLRM \u061cALM \u200dZWJ",
        ),
        ("bytes \udcff\udcfe", "bytes "),
    ],
)
def test_hostile_names_lose_their_controls_and_keep_their_letters(hostile: str, shown: str) -> None:
    assert display_safe(hostile) == shown


def test_multiline_keeps_newlines_and_drops_carriage_returns() -> None:
    assert display_safe("a\r\nb\x1b\nc", multiline=True) == "a\nb\nc"


@dataclasses.dataclass(frozen=True, slots=True)
class _Line:
    label: str
    amount: Money


@dataclasses.dataclass(frozen=True, slots=True)
class _Doc:
    name: str
    lines: tuple[_Line, ...]
    qr: str
    count: int


def test_records_are_cleaned_field_by_field_and_kept_fields_untouched() -> None:
    doc = _Doc(
        "ALI\u202eX", (_Line("a\x1b", Money(5, "DZD")), _Line("b", Money(1, "DZD"))), "q\x1d", 3
    )
    clean = display_safe_record(doc, keep=frozenset({"qr"}))
    assert clean == _Doc(
        "ALIX", (_Line("a", Money(5, "DZD")), _Line("b", Money(1, "DZD"))), "q\x1d", 3
    )
    assert display_safe_record(clean, keep=frozenset({"qr"})) is clean  # nothing to do: same object


def test_guichets_own_isolated_amounts_are_not_data_and_are_left_to_the_renderers() -> None:
    """The renderers clean the data, then format: the amount keeps its isolates."""
    amount = format_money(Money(123_456, "DZD"), "ar_DZ")
    assert amount.startswith("\u2068") and amount.endswith("\u2069")
    assert display_safe_record(_Line("x", Money(123_456, "DZD"))).amount == Money(123_456, "DZD")


def test_undecodable_bytes_are_detected_and_shown_as_bytes() -> None:
    import os

    value = os.fsdecode(b"am\xffina\xc3\xa9")
    assert not is_text(value)
    assert shown_bytes(value) == "am\\xffinaé"
    assert is_text("aminaé محمد")


def test_the_letters_of_every_script_we_meet_are_printable_after_cleaning() -> None:
    name = "Çağlar Ñúñez ﺃﺣﻤﺪ Ⅻ 𝓐"
    assert display_safe(name) == name
    assert all(unicodedata.category(ch)[0] != "C" for ch in display_safe(name))
