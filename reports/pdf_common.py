"""What every PDF document shares: A4 pages laid out from the reading side, mirrored tables,
formatted values, "page X of Y", and writing the file safely.

Why a small layout engine of our own instead of platypus: Arabic documents are mirrored
(columns and blocks start at the right), every piece of text goes through our bidi and
shaping layer (``reports.pdf_text``), and "page X of Y" needs the page count before the
footers are drawn. So a document is first laid out as a list of pages holding draw
operations, then drawn in one pass once the total is known. Positions are given in
*logical* coordinates (distance from the start edge: left in French, right in Arabic).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel.dates import format_date
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.errors import DomainError, Problem
from desktop.money import Money, format_amount, format_money
from reports.pdf_labels import has_label, label
from reports.pdf_text import (
    BIDI_CONTROLS,
    LATIN,
    Line,
    draw_line,
    fit,
    layout,
    register_fonts,
    wrap,
)

PAGE_W, PAGE_H = A4
MARGIN = 15 * mm
CONTENT_W = PAGE_W - 2 * MARGIN
FOOTER_Y = 10 * mm
TOP = PAGE_H - MARGIN
BOTTOM = MARGIN + 6 * mm

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#cbd2d9")
BAND = colors.HexColor("#e4ebf2")
ZEBRA = colors.HexColor("#f5f7fa")
ACCENT = colors.HexColor("#1c5d99")

LRI, PDI = "\u2066", "\u2069"

Op = Callable[[Canvas], None]


def locale_for(lang: str, currency: str) -> str:
    """Babel locale of a document language and an account currency (ar_DZ, fr_MA, en)."""
    if lang == "en":
        return "en"
    return f"{lang}_{'MA' if currency == 'MAD' else 'DZ'}"


def ltr(text: str) -> str:
    """Keep ``text`` (a number, a code, a date) one left-to-right unit inside any sentence."""
    return f"{LRI}{text}{PDI}"


def iso(text: str) -> str:
    """Free text from the data (a name, an address) laid out in its own direction: a Latin
    address keeps its house number first inside an Arabic document, and the reverse."""
    return f"\u2068{text}{PDI}" if text else ""


def fmt_money(money: Money, lang: str) -> str:
    """Amount with currency, isolated (see desktop.money.format_money)."""
    return format_money(money, locale_for(lang, money.currency))


@lru_cache(maxsize=4096)
def fmt_amount(money: Money, lang: str) -> str:
    """Amount without currency for table cells, isolated left to right."""
    return format_amount(money, locale_for(lang, money.currency))


def fmt_date(day: dt.date, lang: str) -> str:
    """dd/mm/yyyy in Arabic and French (one left-to-right unit), 5 Mar 2024 in English."""
    if lang == "en":
        return ltr(format_date(day, format="d MMM y", locale="en"))
    return ltr(day.strftime("%d/%m/%Y"))


def tr_key(prefix: str, value: str | None, lang: str) -> str:
    """Label ``prefix.value`` when it exists, else the raw value."""
    if value and has_label(f"{prefix}.{value}"):
        return label(f"{prefix}.{value}", lang)
    return value or ""


@dataclass(frozen=True, slots=True)
class Column:
    """A table column in reading order. Fields: key, title, width (points), numeric
    (right-aligned in every language so decimals line up)."""

    key: str
    title: str
    width: float
    numeric: bool = False


class Document:
    """Pages of draw operations, laid out from the reading side, drawn once complete."""

    def __init__(
        self,
        lang: str,
        title: str,
        footer_note: str,
        *,
        author: str = "",
        created: dt.datetime | None = None,
    ) -> None:
        """``author``: who issues the document (company, agency), for the PDF metadata;
        ``created``: when it is issued (default: now), the PDF's creation date."""
        register_fonts()
        self.lang = lang
        self.rtl = lang == "ar"
        self.title = title
        self.footer_note = footer_note
        self.author = author
        self.created = created
        self.pages: list[list[Op]] = []
        self.y = TOP
        self.continuation: Callable[[], None] | None = None
        self.new_page()

    # --- pages -----------------------------------------------------------------------
    def new_page(self) -> None:
        self.pages.append([])
        self.y = TOP
        if len(self.pages) > 1:
            self._running_head()
            if self.continuation:
                self.continuation()

    def need(self, height: float) -> bool:
        """Start a new page unless ``height`` points fit; True when a page was started."""
        if self.y - height < BOTTOM:
            self.new_page()
            return True
        return False

    def op(self, fn: Op) -> None:
        self.pages[-1].append(fn)

    # --- geometry --------------------------------------------------------------------
    def left(self, x: float, width: float) -> float:
        """Physical left edge of a box ``width`` wide at logical offset ``x``."""
        return PAGE_W - MARGIN - x - width if self.rtl else MARGIN + x

    def put(self, line: Line, x: float, width: float, y: float, align: str = "start") -> None:
        """Draw ``line`` in the box [x, x+width] (logical) with baseline ``y``.
        ``align``: start (reading side), end, center, or left/right (physical)."""
        if align == "start":
            align = "right" if self.rtl else "left"
        elif align == "end":
            align = "left" if self.rtl else "right"
        left = self.left(x, width)
        self.op(lambda c: draw_line(c, line, left, y, align, width))

    def text(
        self,
        text: str,
        size: float = 9,
        *,
        bold: bool = False,
        x: float = 0,
        width: float = CONTENT_W,
        align: str = "start",
        color: colors.Color = INK,
        leading: float | None = None,
    ) -> None:
        """Flowing text: wrapped to ``width``, advancing the cursor, breaking pages."""
        lead = leading or size * 1.35
        for line in wrap(text, width, size, bold, self.rtl):
            self.need(lead)
            self.y -= lead
            self.color(color)
            self.put(line, x, width, self.y + size * 0.3, align)
        self.color(INK)

    def color(self, color: colors.Color) -> None:
        self.op(lambda c: c.setFillColor(color))

    def rect(
        self,
        x: float,
        y: float,
        width: float,
        height: float,
        *,
        fill: colors.Color | None = None,
        stroke: colors.Color | None = None,
        line_width: float = 0.5,
    ) -> None:
        """Rectangle at logical ``x``, bottom ``y``."""
        left = self.left(x, width)

        def draw(c: Canvas) -> None:
            c.saveState()
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
                c.setLineWidth(line_width)
            c.rect(
                left, y, width, height, stroke=int(stroke is not None), fill=int(fill is not None)
            )
            c.restoreState()

        self.op(draw)

    def rule(self, y: float, color: colors.Color = RULE, width: float = 0.5) -> None:
        def draw(c: Canvas) -> None:
            c.saveState()
            c.setStrokeColor(color)
            c.setLineWidth(width)
            c.line(MARGIN, y, PAGE_W - MARGIN, y)
            c.restoreState()

        self.op(draw)

    def hline(
        self, x: float, width: float, y: float, color: colors.Color = RULE, line_width: float = 0.5
    ) -> None:
        """A horizontal rule from logical ``x``, ``width`` long."""
        left = self.left(x, width)

        def draw(c: Canvas) -> None:
            c.saveState()
            c.setStrokeColor(color)
            c.setLineWidth(line_width)
            c.line(left, y, left + width, y)
            c.restoreState()

        self.op(draw)

    def gap(self, points: float) -> None:
        self.y -= points

    def heading(self, text: str, size: float = 11) -> None:
        self.need(size * 2 + 30)
        self.y -= size * 1.6
        self.color(ACCENT)
        self.put(layout(text, size, True, self.rtl), 0, CONTENT_W, self.y)
        self.color(INK)
        self.y -= 4
        self.rule(self.y, ACCENT, 0.8)

    # --- tables ----------------------------------------------------------------------
    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        *,
        size: float = 7.5,
        row_h: float = 12.5,
        bold_rows: frozenset[int] = frozenset(),
        shaded: Sequence[bool] | None = None,
        x0: float = 0,
    ) -> None:
        """A table with its header repeated on every page; columns run from the reading
        side, so an Arabic table is the mirror of the French one."""
        offsets = []
        x = x0
        for col in columns:
            offsets.append(x)
            x += col.width
        pad = 3.0

        def header() -> None:
            self.y -= row_h + 2
            self.rect(x0, self.y, x - x0, row_h + 2, fill=BAND)
            for col, off in zip(columns, offsets, strict=True):
                line = fit(col.title, col.width - 2 * pad, size, True, self.rtl)
                align = "right" if col.numeric else "start"
                self.put(line, off + pad, col.width - 2 * pad, self.y + 4.5, align)

        previous = self.continuation
        self.continuation = header
        self.need(3 * row_h)
        header()
        for i, row in enumerate(rows):
            self.need(row_h)
            self.y -= row_h
            if shaded[i] if shaded is not None else i % 2 == 1:
                self.rect(x0, self.y, x - x0, row_h, fill=ZEBRA)
            bold = i in bold_rows
            for col, off, cell in zip(columns, offsets, row, strict=True):
                if not cell:
                    continue
                line = fit(cell, col.width - 2 * pad, size, bold, self.rtl)
                align = "right" if col.numeric else "start"
                self.put(line, off + pad, col.width - 2 * pad, self.y + 4, align)
        self.y -= 2
        self.hline(x0, x - x0, self.y)
        self.continuation = previous

    def pairs(
        self,
        items: Sequence[tuple[str, str]],
        *,
        key_w: float,
        value_w: float,
        x: float = 0,
        size: float = 8.5,
        bold_last: bool = False,
        value_align: str = "right",
    ) -> None:
        """Label / value rows: the summary box (amounts right-aligned) or the details of
        a certificate (``value_align='start'``)."""
        lead = size * 1.55
        for i, (key, value) in enumerate(items):
            self.need(lead)
            self.y -= lead
            bold = bold_last and i == len(items) - 1
            self.put(layout(key, size, bold, self.rtl), x, key_w, self.y + 3)
            self.put(
                fit(value, value_w, size, bold, self.rtl),
                x + key_w,
                value_w,
                self.y + 3,
                value_align,
            )

    # --- running parts ---------------------------------------------------------------
    def _running_head(self) -> None:
        self.y -= 10
        self.color(MUTED)
        self.put(layout(self.title, 8, False, self.rtl), 0, CONTENT_W, self.y)
        self.color(INK)
        self.y -= 5
        self.rule(self.y)
        self.y -= 4

    def _footer(self, c: Canvas, number: int, total: int) -> None:
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN, FOOTER_Y + 10, PAGE_W - MARGIN, FOOTER_Y + 10)
        c.setFillColor(MUTED)
        page = label("page", self.lang, x=ltr(str(number)), y=ltr(str(total)))
        end_align = "left" if self.rtl else "right"
        start_align = "right" if self.rtl else "left"
        draw_line(c, layout(page, 7.5, False, self.rtl), MARGIN, FOOTER_Y, end_align, CONTENT_W)
        note = fit(self.footer_note, CONTENT_W * 0.7, 7, False, self.rtl)
        draw_line(c, note, MARGIN, FOOTER_Y, start_align, CONTENT_W)
        c.restoreState()

    # --- output ----------------------------------------------------------------------
    def render(self) -> bytes:
        """Draw every page (footers know the page count) and return the PDF bytes."""
        buf = io.BytesIO()
        # invariant: no random file id (the same document gives the same bytes); the shipped
        # font from the start, so reportlab never references its unembedded Helvetica.
        c = Canvas(
            buf,
            pagesize=A4,
            pageCompression=1,
            invariant=1,
            initialFontName=LATIN,
            lang=LANG_TAGS.get(self.lang, self.lang),
        )
        describe(c, plain_title(self.title), self.author, self.created)
        total = len(self.pages)
        for number, ops in enumerate(self.pages, start=1):
            c.setFillColor(INK)
            for fn in ops:
                fn(c)
            self._footer(c, number, total)
            c.showPage()
        c.save()
        return buf.getvalue()


LANG_TAGS = {"ar": "ar", "fr": "fr", "en": "en"}


def plain_title(text: str) -> str:
    """A title for the PDF metadata: bidi controls dropped (a viewer shows them as boxes or
    marks), spaces collapsed."""
    return " ".join("".join(ch for ch in text if ch not in BIDI_CONTROLS).split())


def describe(c: Canvas, title: str, author: str, created: dt.datetime | None) -> None:
    """Title, author, subject, creator and the true creation date of the document.

    Why a date formatter: reportlab's invariant mode (kept for reproducible bytes) writes
    2000-01-01 as the creation date; the formatter writes ``created`` (now by default) in
    PDF form, D:YYYYMMDDHHmmSS+hh'mm'."""
    when = (created or dt.datetime.now(dt.UTC)).astimezone()
    offset = when.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    stamp = f"D:{when:%Y%m%d%H%M%S}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
    c.setTitle(title)
    c.setSubject(title)
    c.setAuthor(plain_title(author) or "Guichet")
    c.setCreator("Guichet")
    c.setDateFormatter(lambda *_: stamp)


def check_writable(path: Path) -> Path:
    """Refuse early (before any work) an output path that cannot be written."""
    target = path.expanduser()
    problem = None
    if target.is_dir():
        problem = Problem("is_folder")
    elif not target.parent.is_dir():
        problem = Problem("folder_missing_named", folder=target.parent)
    elif not os.access(target.parent, os.W_OK):
        problem = Problem("folder_not_writable", folder=target.parent)
    elif target.exists() and not os.access(target, os.W_OK):
        problem = Problem("file_read_only")
    if problem:
        raise DomainError("pdf.output_unwritable", path=str(target), problem=problem)
    return target


def write_atomically(data: bytes, path: Path) -> Path:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it:
    ``path`` is either the whole new PDF or untouched, never half a file."""
    target = check_writable(path)
    tmp_name = None
    try:
        with tempfile.NamedTemporaryFile(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part", delete=False
        ) as tmp:
            tmp_name = tmp.name
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise DomainError(
            "pdf.output_unwritable", path=str(target), problem=exc.strerror or str(exc)
        ) from None
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)
    return target
