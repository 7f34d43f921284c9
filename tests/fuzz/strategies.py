"""Hypothesis strategies for what people (and attackers) type: amounts, dates, account
numbers, names in any script, file paths, printer and database addresses.

Why hand-written alphabets next to ``st.text()``: uniformly random Unicode almost never hits
the inputs that break parsers (Arabic-Indic digits, the Arabic decimal separator, RTL marks,
NUL, SQL and FTS5 syntax), so each strategy mixes plain random text with a pool of the
characters and shapes known to be dangerous.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from hypothesis import strategies as st

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
OTHER_DIGITS = "०१२३४५६७८९" + "๐๑๒๓๔๕๖๗๘๙" + "０１２３４５６７８９" + "²³¹½⅓"
MARKS = "\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\ufeff\u200b"
CONTROL = "\x00\x01\x07\x08\t\n\r\x1b\x7f\x85"
SQL = "'\";--/**/%_\\[]"
FTS = '"*^():+-NEARORANDNOT{}'
PUNCT = ".,٫٬ x×/+-e"
ARABIC = "محمدبنعليأإآةىؤئـًٌٍَُِّْ"
LATIN = "aZéÇßøŒ"
EMOJI = "😀👩‍👩‍👧🇩🇿"

DANGEROUS = (
    ARABIC_INDIC
    + PERSIAN
    + OTHER_DIGITS
    + MARKS
    + CONTROL
    + SQL
    + FTS
    + PUNCT
    + ARABIC
    + LATIN
    + EMOJI
    + "0123456789 "
)

NASTY_WORDS = (
    "",
    " ",
    "-",
    "--",
    "-1",
    "0",
    "00",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "Infinity",
    "1e999",
    "1e-999",
    "None",
    "null",
    "true",
    "' OR '1'='1",
    "'; DROP TABLE payments; --",
    '" OR 1=1 --',
    "%",
    "_",
    "%%",
    "a%",
    "*",
    '"',
    "^a",
    "NEAR(a b)",
    "a NEAR b",
    "name_ar:x",
    "terms:a",
    "(",
    ")",
    "((a)",
    "a OR",
    "AND",
    "NOT a",
    "{a b}:c",
    "\x00",
    "a\x00b",
    "\u202eevil",
    "\n",
    "line\nbreak",
    "9" * 40,
    "٩" * 30,
    "💰",
    "ﷺ",
    "𝓐𝓑",
    "../../etc/passwd",
)


def nasty_text(max_size: int = 24) -> st.SearchStrategy[str]:
    """Random text from the dangerous alphabet, fully random text, or a known bad word."""
    return st.one_of(
        st.text(alphabet=st.sampled_from(DANGEROUS), max_size=max_size),
        st.text(max_size=max_size),
        st.sampled_from(NASTY_WORDS),
    )


NOT_UTF8 = (b"\xff", b"\xfe", b"\xc3", b"\x80", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf8\x88\x80\x80")
"""Byte sequences no UTF-8 decoder accepts: invalid bytes, a cut sequence, an overlong '/',
an encoded surrogate, a 5-byte form."""


def undecodable(max_size: int = 12) -> st.SearchStrategy[str]:
    """An argument or environment value holding bytes that are not UTF-8, as Python hands
    it over (``os.fsdecode``: each bad byte a lone surrogate, U+DC80-U+DCFF)."""
    return st.builds(
        lambda pre, bad, post: os.fsdecode((pre + bad + post).replace(b"\x00", b"")),
        st.binary(max_size=max_size),
        st.sampled_from(NOT_UTF8),
        st.binary(max_size=max_size),
    ).filter(lambda s: not _is_text(s))


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def sometimes_undecodable(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """``strategy``, and about one time in eight a value that is not UTF-8 instead."""
    return st.integers(0, 7).flatmap(lambda n: undecodable() if n == 0 else strategy)


def env_safe(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Environment values cannot hold NUL (the OS refuses them before Guichet sees them)."""
    return strategy.map(lambda s: s.replace("\x00", ""))


def _digits_in(script: str) -> st.SearchStrategy[str]:
    table = str.maketrans("0123456789", script)
    return st.integers(0, 10**9).map(lambda n: str(n).translate(table))


def amounts() -> st.SearchStrategy[str]:
    """Amounts as typed: well-formed, localised, huge, negative, exotic, or junk."""
    plain = st.decimals(
        min_value=-(10**16), max_value=10**16, places=3, allow_nan=False, allow_infinity=False
    ).map(str)
    shaped = st.builds(
        lambda whole, cents, sep, group, cur, pre: (
            f"{cur if pre else ''}{whole:,}".replace(",", group)
            + f"{sep}{cents:02d}"
            + ("" if pre else cur)
        ),
        st.integers(0, 10**15),
        st.integers(0, 999),
        st.sampled_from([".", ",", "٫"]),
        st.sampled_from(["", " ", "\u00a0", "\u202f", ".", ",", "'", "٬"]),
        st.sampled_from(["", " DA", "DZD ", " د.ج", " MAD", " dhs", "€"]),
        st.booleans(),
    )
    fixed = st.sampled_from(
        [
            "1250",
            "1250,50",
            "1 250,50",
            "1.250,50",
            "1,250.50",
            "١٢٥٠٫٥٠",
            "۱۲۵۰",
            "0",
            "0,00",
            "0,001",
            "-100",
            "\u2212100",
            "100-",
            "+100",
            "1e3",
            "1E3",
            "NaN",
            "-NaN",
            "Infinity",
            "−0",
            "٫٥",
            ".5",
            "5.",
            "1..2",
            "1,2,3",
            "1.2.3,4",
            "99999999999999",
            "9" * 400,
            "\u200f100\u200f",
            "\u2066١٠٠\u2069",
            "10\x000",
            "١,٢٣٤٫٥",
            "１００",
            "²",
            "½",
            # issue 14: two readings, grouping, other currencies, large credits
            "2.000",
            "1,000",
            "12,345",
            "1.234",
            "2.000 DA",
            "2.000,00",
            "12 34",
            "100 MAD",
            "100 درهم",
            "€100",
            "100 USD",
            "950000",
            "٢٬٠٠٠",
            "٢٫٠٠٠",
            "0,500",
        ]
    )
    return st.one_of(
        plain, shaped, fixed, _digits_in(ARABIC_INDIC), _digits_in(PERSIAN), nasty_text()
    )


def whole_numbers() -> st.SearchStrategy[str]:
    """Quantities, indexes, counts typed as text (and argparse ``type=int`` options)."""
    return st.one_of(
        st.integers(-(10**6), 10**7).map(str),
        st.sampled_from(
            [
                "0",
                "-0",
                "+5",
                "9" * 30,
                "1_000",
                " 7 ",
                "0x10",
                "1e3",
                "²",
                "٣",
                "৩",
                "१२",
                "１２",
                "3.5",
                "",
            ]
        ),
        _digits_in(ARABIC_INDIC),
        nasty_text(8),
    )


def small_ints() -> st.SearchStrategy[str]:
    """``type=int`` options that size work (accounts, days, limits): valid ones stay small
    so a success costs milliseconds, and junk and extremes still reach the parsers."""
    return st.one_of(
        st.integers(-5, 40).map(str),
        st.sampled_from(["9" * 25, "-" + "9" * 25, "99999999", "0", "٣", "1e3", "x", ""]),
    )


def dates() -> st.SearchStrategy[str]:
    """Days: valid around today, impossible, out of range, other calendars' digits, junk."""
    valid = st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)).map(dt.date.isoformat)
    table_ar = str.maketrans("0123456789", ARABIC_INDIC)
    table_fa = str.maketrans("0123456789", PERSIAN)
    return st.one_of(
        valid,
        valid.map(lambda d: d.translate(table_ar)),
        valid.map(lambda d: d.translate(table_fa)),
        valid.map(lambda d: d.replace("-", "/")),
        st.just(dt.date.today().isoformat()),
        st.sampled_from(
            [
                "2024-02-30",
                "2023-02-29",
                "2024-13-01",
                "2024-00-10",
                "0000-01-01",
                "0001-01-01",
                "9999-12-31",
                "10000-01-01",
                "1445-06-15",
                "20240101",
                "2024-W01-1",
                "2024-001",
                "31/12/2024",
                "2024-1-1",
                " 2024-01-01 ",
                "today",
                "2024-01-01T00:00",
                "٢٠٢٤-٠٢-٣٠",
                "2024-01-01\x00",
                "-2024-01-01",
            ]
        ),
        nasty_text(12),
    )


def pick(real: Sequence[str]) -> st.SearchStrategy[str]:
    """A real identifier, a real one mangled (case, spaces, Arabic digits, a suffix), or junk."""
    base = st.sampled_from(list(real))
    table = str.maketrans("0123456789", ARABIC_INDIC)
    return st.one_of(
        base,
        base.map(str.lower),
        base.map(lambda s: f" {s} "),
        base.map(lambda s: s.translate(table)),
        st.tuples(base, nasty_text(4)).map("".join),
        base.map(lambda s: s[: len(s) // 2]),
        nasty_text(),
    )


def users() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(["amina", "karim", "admin"]), pick(["amina", "karim"]))


def cash_counts() -> st.SearchStrategy[str]:
    """``VALUExPIECES,...`` as typed for a till count."""
    values = st.sampled_from(
        [
            "2000",
            "1000",
            "500",
            "200",
            "100",
            "50",
            "20",
            "10",
            "5",
            "0.5",
            "1e3",
            "Infinity",
            "NaN",
            "-2000",
            "1e999",
            "٢٠٠٠",
            "2000.001",
            "",
            "x",
        ]
    )
    pieces = st.sampled_from(["0", "1", "5", "-1", "99999999999999999999", "٣", "1.5", "", "x"])
    part = st.tuples(values, st.sampled_from(["x", "X", "×", "", "xx"]), pieces).map("".join)
    return st.one_of(st.lists(part, min_size=0, max_size=4).map(",".join), nasty_text())


def paths(folder: Path, db_hint: str = "") -> st.SearchStrategy[str]:
    """Output and input files: inside ``folder`` (odd names, missing folders, the folder
    itself, names too long, NUL), never anywhere else on the machine."""
    name = nasty_text(16).map(lambda s: s.replace("/", "_") or "empty")
    return st.one_of(
        name.map(lambda n: str(folder / n)),
        name.map(lambda n: str(folder / "missing" / "deeper" / n)),
        st.sampled_from(
            [
                str(folder),
                str(folder / ("x" * 300)),
                str(folder / "a\x00b.pdf"),
                str(folder / "out.pdf"),
                str(folder / "out.csv"),
                str(folder) + "/",
                db_hint or str(folder / "db"),
                "",
            ]
        ),
    )


def printer_uris(folder: Path) -> st.SearchStrategy[str]:
    """Printer addresses: only ones that cannot reach a real device (a closed local port,
    files in ``folder``, missing devices) or that are malformed."""
    return st.one_of(
        st.sampled_from(
            [
                "tcp://127.0.0.1:1",
                "tcp://127.0.0.1:1?timeout=0.2",
                "tcp://127.0.0.1:0",
                "tcp://127.0.0.1:70000",
                "tcp://127.0.0.1:x",
                "tcp://:9100",
                "tcp://127.0.0.1:1?timeout=nan",
                "tcp://127.0.0.1:1?timeout=inf",
                "tcp://127.0.0.1:1?timeout=-1",
                "tcp://127.0.0.1:1?timeout=1e999",
                "tcp://127.0.0.1:1?status=maybe",
                "usb://04b8:0202",
                "usb://zz:yy",
                "usb://",
                "usb://1:2:3",
                "serial:///nonexistent/ttyUSB9",
                "serial:///nonexistent/ttyUSB9?baudrate=x",
                "serial:///nonexistent/ttyUSB9?baudrate=-5",
                "cups://",
                "win://",
                "file://",
                f"file://{folder}/missing/x.bin",
                f"file://{folder}",
                "ftp://x",
                "://",
                "tcp:/x",
            ]
        ),
        nasty_text().map(lambda s: f"file://{folder}/{s.replace('/', '_')}"),
        nasty_text(),
    )


def central_urls() -> st.SearchStrategy[str]:
    """Central addresses that can never reach a server: malformed, or a closed local port."""
    return st.one_of(
        st.sampled_from(
            [
                "postgresql://u:p@127.0.0.1:1/x",
                "postgresql://127.0.0.1:1/x",
                "postgresql+psycopg://u@127.0.0.1:1/x?connect_timeout=1",
                "postgresql://",
                "postgresql://u@:1/x",
                "postgresql://u@127.0.0.1:99999/x",
                "sqlite:///x.db",
                "mysql://x",
                "http://x",
                "postgresql://u@127.0.0.1:1/x?sslmode=bogus",
                "",
            ]
        ),
        nasty_text(),
    )


def card_numbers() -> st.SearchStrategy[str]:
    """Full card numbers as a clerk might type them into any text field: Luhn-valid, 13 to
    19 digits, grouped by spaces, dots, dashes, slashes or underscores, in Latin,
    Arabic-Indic or Persian digits, alone or inside words."""

    def complete(body: str) -> str:
        return next(body + d for d in "0123456789" if _luhn(body + d))

    def typed(pan: str, sep: str, group: int, script: str, before: str, after: str) -> str:
        grouped = sep.join(pan[i : i + group] for i in range(0, len(pan), group))
        return before + grouped.translate(str.maketrans("0123456789", script)) + after

    return st.builds(
        typed,
        st.text("0123456789", min_size=12, max_size=18).map(complete),
        st.sampled_from(["", " ", ".", "-", "/", "_", " / ", "\u00a0"]),
        st.sampled_from([4, 3, 1, 19]),
        st.sampled_from(["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"]),
        st.sampled_from(["", "carte ", "ref ", "x@"]),
        st.sampled_from(["", " ok", ".com"]),
    )


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (1 + i % 2)
        total += d - 9 if d > 9 else d
    return total % 10 == 0
