"""A scan for full card numbers (PANs) in every text value of a database, for tests.

Why its own code and not ``desktop.domain.card_numbers``: a check that the detector keeps
card numbers out must not depend on the detector. The rule is the same on paper (13 to 19
digits passing Luhn, any decimal digits, separated by up to three characters that are
neither letters nor digits), written another way: every value is cut into its JSON leaves
(outbox payloads and journal records are JSON), machine-written values (dates, times,
UUIDs, hex digests, receipt and certificate numbers, verification strings) are set aside,
and what remains is searched.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path

_MACHINE = re.compile(
    r"\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?"  # ISO date/time
    r"|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"  # UUID
    r"|(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{16,}"  # digests (a letter in them: not a PAN)
    r"|GCH1;\S*"  # verification strings of receipts and certificates (number;amount;time;hash)
    r"|\b(?:[A-Z]{2,3}-)?\d{4}-[A-Z0-9]{1,8}-\d{4}-\d{4,6}\b"  # receipt, plan, certificate numbers
)
_RUN = re.compile(
    r"\d(?:[^\w]{0,3}\d)*"
)  # digits with short non-word gaps (\w: letters, digits, _)


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits[::-1]):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _ascii(text: str) -> str:
    return "".join(
        str(unicodedata.decimal(c)) if unicodedata.decimal(c, None) is not None else c for c in text
    )


def card_numbers_in(text: str) -> list[str]:
    """Luhn-valid 13-19 digit sequences in ``text``, machine values (see ``_MACHINE``)
    aside. Underscores count as separators (``\\w`` would keep them inside a word)."""
    cleaned = _MACHINE.sub(" ", _ascii(text).replace("_", " "))
    found = []
    for run in _RUN.finditer(cleaned):
        groups = re.findall(r"\d+", run.group())
        for i in range(len(groups)):
            digits = ""
            for g in groups[i:]:
                digits += g
                if len(digits) > 19:
                    break
                if len(digits) >= 13 and _luhn(digits):
                    found.append(digits)
    return found


def _leaves(value: object) -> Iterator[str]:
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="ignore")
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            yield value
            return
        if isinstance(parsed, (dict, list)):
            yield from _leaves(parsed)
        else:
            yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(k)
            yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)


def card_numbers_in_database(path: Path) -> list[tuple[str, str, str]]:
    """(table, column, value) of every text value holding a card number, every table
    (FTS shadow tables included) and every column whose values are text (SQLite types
    values, not columns: each value's type is what counts)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        hits = []
        for table in tables:
            cur = conn.execute(f'SELECT * FROM "{table}"')
            cols = [d[0] for d in cur.description]
            for row in cur:
                for col, value in zip(cols, row, strict=True):
                    if isinstance(value, (str, bytes)):
                        for leaf in _leaves(value):
                            if card_numbers_in(leaf):
                                hits.append((table, col, leaf))
        return hits
    finally:
        conn.close()
