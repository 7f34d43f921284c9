"""The window's translations of the stored words, read without Qt for receipts and PDFs.

Why read the ``.ts`` files: the translators keep one file per language (Qt Linguist,
``ui/i18n/guichet_<lang>.ts``); a receipt or a PDF must print the very word the clerk saw
on screen, and reports are made by the CLI and by workers that load no Qt. The ``.ts``
is plain XML shipped beside the window's package (``ui`` is not imported: it loads Qt).
An entry is keyed by context, English source and disambiguation (for the stored words
of ``desktop.vocabulary``: the code); an unfinished entry counts as missing.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from desktop.vocabulary import CONTEXT, WORDS

TS_DIR = Path(__file__).resolve().parent.parent / "ui" / "i18n"
"""Where the translators' files are (the ``ui`` package's data, installed beside ``reports``)."""


@cache
def ts_entries(lang: str) -> dict[tuple[str, str, str], str]:
    """(context, source, disambiguation) → finished translation in ``guichet_<lang>.ts``."""
    path = TS_DIR / f"guichet_{lang}.ts"
    if not path.exists():
        return {}
    out: dict[tuple[str, str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                continue
            if translation.text:
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                out[key] = translation.text
    return out


def word(code: str, lang: str) -> str:
    """The stored word ``code`` (``tender.cash``) in ``lang`` (ar, fr, en); English when the
    translation is missing, the code's value when the code is unknown."""
    english = WORDS.get(code)
    if english is None:
        return code.split(".", 1)[-1]
    if lang == "en":
        return english
    return ts_entries(lang).get((CONTEXT, english, code), english)


def capitalised(text: str) -> str:
    """First letter upper-case (a word heading a cell or line); Arabic is left as it is."""
    return text[:1].upper() + text[1:]
