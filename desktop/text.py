"""Text folding for search: Arabic and Latin names, phones and identifiers.

Why: clerks type names with or without hamza, diacritics or accents, in any case, and
SQLite's FTS5 ``unicode61`` tokenizer does none of the Arabic folding (it even splits words
at diacritics). We index and query the same folded form, produced here and only here.
"""

from __future__ import annotations

import re
import unicodedata

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
    """Fold Arabic letter variants: أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي; drop marks and tatweel."""
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
