"""Text folding for search: Arabic and Latin names, phones and identifiers.

Why: clerks type names with or without hamza, diacritics or accents, in any case, and
SQLite's FTS5 ``unicode61`` tokenizer does none of the Arabic folding (it even splits words
at diacritics). We index and query the same folded form, produced here and only here.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from typing import Any, TypeVar

T = TypeVar("T")

_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        # Letters of Persian, Urdu, Kurdish or Maghrebi keyboard layouts that clerks type for
        # their Arabic neighbours (a Windows machine set up abroad types ی and ک).
        "ی": "ي",  # U+06CC Farsi yeh
        "ې": "ي",  # U+06D0
        "ۍ": "ي",  # U+06CD
        "ێ": "ي",  # U+06CE
        "ے": "ي",  # U+06D2
        "ۓ": "ي",  # U+06D3
        "ک": "ك",  # U+06A9 keheh
        "ڪ": "ك",  # U+06AA swash kaf
        "ګ": "ك",  # U+06AB
        "گ": "ك",  # U+06AF gaf (g)
        "ڭ": "ك",  # U+06AD Maghrebi g
        "ڨ": "ق",  # U+06A8 Algerian g
        "ٯ": "ق",  # U+066F dotless qaf
        "ڤ": "ف",  # U+06A4 v
        "ڥ": "ف",  # U+06A5 Maghrebi v
        "پ": "ب",  # U+067E p
        "چ": "ج",  # U+0686
        "ژ": "ز",  # U+0698
        "ە": "ه",  # U+06D5
        "ھ": "ه",  # U+06BE
        "ۀ": "ه",  # U+06C0
        "ۃ": "ه",  # U+06C3
        "ٹ": "ت",  # U+0679
        "ڈ": "د",  # U+0688
        "ڑ": "ر",  # U+0691
        "ں": "ن",  # U+06BA
        "ـ": None,  # tatweel
        **{chr(c): None for c in range(0x064B, 0x0653)},  # harakat, shadda, sukun
        "\u0670": None,  # superscript alef
        "\u200c": None,
        "\u200d": None,
        "\u200e": None,
        "\u200f": None,
    }
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_ID_CHARS = re.compile(r"[^0-9A-Z]")


def ascii_digits(text: str) -> str:
    """Arabic-Indic and Extended Arabic-Indic digits turned into 0-9; the rest unchanged."""
    return text.translate(_DIGITS)


def fold_arabic(text: str) -> str:
    """Fold Arabic letter variants: أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي, the Persian and
    Urdu ی ې ے → ي, ک گ ڭ → ك, ڨ → ق, ڤ → ف (and their neighbours); drop marks and tatweel."""
    return text.translate(_ARABIC_FOLD)


def fold_latin(text: str) -> str:
    """Lower-case and strip accents (é → e, Ç → c) from Latin text."""
    # Casefold between two NFKD passes: compatibility forms such as "𝓐" decompose to an
    # upper-case letter, and casefolding can produce decomposable letters again.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """The searchable form of any text: Arabic and Latin folding, digits made ASCII."""
    # NFKC first: Arabic presentation forms (ﺓ, ﻷ) become the letters fold_arabic knows.
    return fold_latin(fold_arabic(unicodedata.normalize("NFKC", text))).translate(_DIGITS)


def search_words(text: str) -> list[str]:
    """Split folded text into words (letters and digits), dropping punctuation."""
    return [w for w in _NON_WORD.split(fold(text)) if w]


def search_terms(*parts: str | None) -> str:
    """The single text column stored in the FTS index for an account."""
    words: list[str] = []
    for part in parts:
        if part:
            words.extend(search_words(part))
    return " ".join(words)


PLACE_MARK = "0"
"""Prefix of address and city words in the search index, so that a holder's name can be
searched apart from the street named after someone ("Mohamed" the customer before "Rue
Mohamed Khemisti"). A digit, because the tokenizer keeps it inside the word and no name
word starts with one."""


def account_terms(name_ar: str | None, name_latin: str | None, *places: str | None) -> str:
    """The FTS text of an account: its names' words, then its address words marked as places."""
    names = search_terms(name_ar, name_latin)
    where = " ".join(PLACE_MARK + w for w in search_terms(*places).split())
    return f"{names} {where}".strip()


def normalize_phone(text: str) -> str:
    """National form of a phone number: digits only, +213/+212/00213 turned into a leading 0."""
    digits = re.sub(r"\D", "", text.translate(_DIGITS))
    for cc in ("213", "212"):
        if digits.startswith("00" + cc):
            digits = digits[2:]
        if digits.startswith(cc) and len(digits) >= 11:
            return "0" + digits[len(cc) :]
    return digits


def normalize_identifier(text: str) -> str:
    """Account, meter and bill numbers: upper case ASCII letters and digits only."""
    return _ID_CHARS.sub("", text.translate(_DIGITS).upper())


# --- text from outside, made safe to show ------------------------------------------------------

_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Explicit embeddings (LRE RLE PDF), overrides (LRO RLO) and isolates (LRI RLI FSI PDI)."""


def _unsafe() -> dict[int, None]:
    drop: dict[int, None] = {}
    for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)):  # C0, DEL, C1 (ESC, CSI 0x9b...)
        drop[c] = None
    for ch in _BIDI_CONTROLS:
        drop[ord(ch)] = None
    for c in range(0x206A, 0x2070):  # deprecated format controls (digit shapes, swapping)
        drop[c] = None
    for c in (0xFFF9, 0xFFFA, 0xFFFB, 0xFEFF):  # interlinear annotation, byte order mark
        drop[c] = None
    for c in range(0xD800, 0xE000):  # lone surrogates: bytes that were not UTF-8
        drop[c] = None
    for c in range(0xFDD0, 0xFDF0):  # noncharacters
        drop[c] = None
    for plane in range(17):
        drop[plane * 0x10000 + 0xFFFE] = None
        drop[plane * 0x10000 + 0xFFFF] = None
    return drop


_ONE_LINE: dict[int, str | None] = {**_unsafe(), **{ord(c): " " for c in _LINE_BREAKS + "\t"}}
_MULTI_LINE: dict[int, str | None] = {**_ONE_LINE, ord("\n"): "\n", ord("\r"): None}


def display_safe(text: str, *, multiline: bool = False) -> str:
    """``text`` from outside (central, a file, what anyone typed) made safe to display, print
    or write to a terminal: the letters stay, nothing invisible can steer what is shown.

    Removed: C0 and C1 control characters and DEL (ESC starts terminal escape sequences,
    0x9b is CSI on 8-bit terminals, a carriage return overwrites a printed line), every
    explicit bidi embedding, override and isolate (U+202A-202E, U+2066-2069), the deprecated
    format controls U+206A-206F (one turns Western digits into Arabic-Indic ones), the byte
    order mark, lone surrogates (bytes that were not UTF-8) and noncharacters. Line breaks
    and tabs become a space, so "ALI\\nPAID" cannot draw a second line; with ``multiline``
    a ``\\n`` is kept (a ``\\r`` is dropped).

    Why every explicit bidi control and not only unbalanced ones: even a balanced
    ``RLO … PDF`` inside a name reverses what the name shows ("ALI ‮DIAP 0001‬" reads
    "ALI 1000 PAID"), and no name, address or note needs one: the bidi algorithm orders
    Arabic and Latin letters by itself, and Guichet's renderers isolate each field they
    draw. The marks LRM, RLM and ALM and the joiners ZWJ/ZWNJ stay: they cannot reorder
    letters and Arabic text uses them. Apply this to data, never to Guichet's own formatted
    output (amounts are deliberately wrapped in isolates by ``desktop.money``).
    """
    if text.isascii() and text.isprintable():
        return text  # the common case, kept cheap (search results, receipts)
    return text.translate(_MULTI_LINE if multiline else _ONE_LINE)


def is_text(value: str) -> bool:
    """False when ``value`` holds a lone surrogate: bytes that were not UTF-8, turned into
    code points by Python's ``surrogateescape`` when it read argv or the environment."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def shown_bytes(value: str) -> str:
    """``value`` with each undecodable byte shown as ``\\xff`` (the rest as it is), to name
    it in a refusal."""
    return "".join(
        f"\\x{ord(ch) - 0xDC00:02x}"
        if 0xDC80 <= ord(ch) <= 0xDCFF
        else f"\\u{ord(ch):04x}"
        if 0xD800 <= ord(ch) <= 0xDFFF
        else ch
        for ch in value
    )


def display_safe_record(record: T, *, keep: frozenset[str] = frozenset()) -> T:
    """A copy of a frozen dataclass (a receipt, a statement, a certificate...) whose text
    fields, and those of the records, tuples and dicts (values) it holds, went through
    ``display_safe``.

    For the renderers: they draw data fields and Guichet's own formatting together, so the
    data is cleaned here, once, before anything is formatted. ``keep`` names fields left as
    they are (a QR payload that must match what was hashed). Returns ``record`` itself when
    nothing needed cleaning.
    """
    return _safe(record, keep)  # type: ignore[no-any-return]


def _safe(value: Any, keep: frozenset[str]) -> Any:
    if isinstance(value, str):
        return display_safe(value)
    if isinstance(value, tuple | list):
        cleaned = [_safe(v, keep) for v in value]
        if all(a is b for a, b in zip(cleaned, value, strict=True)):
            return value
        return type(value)(cleaned)
    if isinstance(value, dict):
        cleaned_map = {k: _safe(v, keep) for k, v in value.items()}
        same = all(cleaned_map[k] is v for k, v in value.items())
        return value if same else cleaned_map
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            if f.name in keep or not f.init:
                continue
            old = getattr(value, f.name)
            new = _safe(old, keep)
            if new is not old and new != old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
