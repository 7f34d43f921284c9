"""Text on a reportlab canvas in Arabic, French and English: fonts, shaping, bidi, wrapping.

Why this layer: reportlab draws one string in one font from left to right. Arabic needs
(1) the bidi algorithm to put words right to left while numbers and Latin words stay left
to right (``reports.pdf_bidi``), (2) two fonts, because Noto Sans Arabic has no Latin
letters, and (3) shaping (joined letter forms, lam-alef, marks), which reportlab 5 does with
HarfBuzz (``uharfbuzz``) for TrueType fonts. We lay a line out as visual *chunks* of one font
each: Arabic letters are shaped in logical order (HarfBuzz returns glyphs in visual order),
everything else is drawn as is. Bidi controls (isolates, marks) guide the layout and are
dropped before drawing: the fonts have no visible glyph we want for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeFragWord
from reportlab.pdfgen.canvas import Canvas

from reports.fonts import ARABIC_BOLD, ARABIC_REGULAR, LATIN_BOLD, LATIN_REGULAR, font_file
from reports.pdf_bidi import VisualChar, first_strong, has_rtl, visual

LATIN = "GuichetSans"
LATIN_B = "GuichetSans-Bold"
ARABIC = "GuichetArabic"
ARABIC_B = "GuichetArabic-Bold"
_FILES = {LATIN: LATIN_REGULAR, LATIN_B: LATIN_BOLD, ARABIC: ARABIC_REGULAR, ARABIC_B: ARABIC_BOLD}

_CONTROLS = frozenset("\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e")
_SPACES = frozenset(" \u00a0\u202f\u2009")
_JOINERS = frozenset("\u200c\u200d")
_ARABIC_DIGITS = frozenset("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬")
# No discretionary ligatures ('dlig'): Noto Sans Arabic would turn the name محمد into the
# vowelled ﷴ glyph and عليه into one sign, which is not how names and words are printed.
_FEATURES = {"kern": True, "liga": True, "dlig": False}


def register_fonts() -> None:
    """Register the shipped Noto fonts once; refuse clearly when shaping is unavailable."""
    if LATIN in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in _FILES.items():
        font = TTFont(name, str(font_file(file)))
        if name.startswith(ARABIC) and not font.shapable:
            raise RuntimeError(
                "Arabic shaping needs the 'uharfbuzz' package: reinstall Guichet with its dependencies"
            )
        pdfmetrics.registerFont(font)


def _is_arabic_script(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x0600 <= cp <= 0x06FF
        or 0x0750 <= cp <= 0x077F
        or 0x08A0 <= cp <= 0x08FF
        or 0xFB50 <= cp <= 0xFDFF
        or 0xFE70 <= cp <= 0xFEFF
    )


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of a laid-out line in one font. Fields: text (a reportlab ShapedStr for
    shaped Arabic), font (registered name), width (points)."""

    text: str
    font: str
    width: float


@dataclass(frozen=True, slots=True)
class Line:
    """One line ready to draw, left to right. Fields: chunks, width (points), size (points)."""

    chunks: tuple[Chunk, ...]
    width: float
    size: float


def _kind(ch: str) -> str:
    """'ar' (Arabic letters: shaped, given back in logical order), 'an' (Arabic-Indic digits),
    'lat' (anything else), '' (spaces and joiners: they join the neighbouring chunk)."""
    if ch in _SPACES or ch in _JOINERS:
        return ""
    if _is_arabic_script(ch):
        return "an" if ch in _ARABIC_DIGITS else "ar"
    return "lat"


@lru_cache(maxsize=8192)
def layout(text: str, size: float, bold: bool = False, rtl: bool | None = None) -> Line:
    """Lay out one line of logical text. ``rtl``: paragraph direction (None: from the text)."""
    base = None if rtl is None else int(rtl)
    if _plain_ltr(text, base):
        chars = tuple(VisualChar(ch, 0) for ch in text)
    else:
        chars = visual(text, base)
    groups: list[tuple[str, int, list[str]]] = []  # (kind, rtl level parity, chars)
    for vc in chars:
        if vc.char in _CONTROLS:
            continue
        kind = _kind(vc.char)
        odd = vc.level % 2
        if groups and (kind == "" or (groups[-1][0] in (kind, "") and groups[-1][1] == odd)):
            if groups[-1][0] == "":
                groups[-1] = (kind, odd, groups[-1][2])
            groups[-1][2].append(vc.char)
        else:
            groups.append((kind, odd, [vc.char]))
    chunks = tuple(_chunk(kind, odd, "".join(cs), size, bold) for kind, odd, cs in groups)
    return Line(chunks, sum(c.width for c in chunks), size)


def _plain_ltr(text: str, base: int | None) -> bool:
    """Fast path: text that reads left to right whatever surrounds it (most table cells:
    amounts, dates and references isolated with LRI ... PDI, or plain Latin text)."""
    if base != 1:
        return not has_rtl(text)
    return (
        text.startswith("\u2066")
        and text.endswith("\u2069")
        and text.count("\u2069") == 1
        and not has_rtl(text)
    )


def _chunk(kind: str, odd: int, text: str, size: float, bold: bool) -> Chunk:
    arabic_font = kind in ("ar", "an")
    font = (ARABIC_B if bold else ARABIC) if arabic_font else (LATIN_B if bold else LATIN)
    if kind == "ar":
        logical = text[::-1] if odd else text
        word = [pdfmetrics.stringWidth(logical, font, size), (ABag(fontName=font, fontSize=size), logical)]
        shaped = shapeFragWord(word, features=_FEATURES)[1][1]
        if isinstance(shaped, ShapedStr) and shaped.__shapeData__:
            width = sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
            return Chunk(shaped, font, width)
        text = logical if len(logical) < 2 else text
    return Chunk(text, font, pdfmetrics.stringWidth(text, font, size))


def is_rtl_text(text: str) -> bool:
    """Whether ``text`` reads right to left on its own (first strong character)."""
    return first_strong(text) == 1


def _words(text: str) -> list[str]:
    """Split at plain spaces outside isolates, so an isolated amount is never broken."""
    words, current, depth = [], [], 0
    for ch in text:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == "\u2069":
            depth = max(0, depth - 1)
        if ch == " " and depth == 0:
            words.append("".join(current))
            current = []
        else:
            current.append(ch)
    words.append("".join(current))
    return [w for w in words if w]


def wrap(
    text: str, width: float, size: float, bold: bool = False, rtl: bool | None = None
) -> list[Line]:
    """Break logical text into lines no wider than ``width`` (a longer word gets its own
    line). Lines are cut in logical order, then each is laid out: so the first words of an
    Arabic sentence are on the first line, at its right."""
    lines: list[Line] = []
    current: list[str] = []
    for word in _words(text):
        candidate = " ".join([*current, word])
        if current and layout(candidate, size, bold, rtl).width > width:
            lines.append(layout(" ".join(current), size, bold, rtl))
            current = [word]
        else:
            current.append(word)
    if current:
        lines.append(layout(" ".join(current), size, bold, rtl))
    return lines


def fit(text: str, width: float, size: float, bold: bool = False, rtl: bool | None = None,
        smallest: float = 5.5) -> Line:  # fmt: skip
    """One line, made smaller (down to ``smallest`` points) until it fits ``width``."""
    line = layout(text, size, bold, rtl)
    while line.width > width and size > smallest:
        size = max(smallest, size - 0.5)
        line = layout(text, size, bold, rtl)
    return line


def draw_line(canvas: Canvas, line: Line, x: float, y: float, align: str = "left",
              width: float = 0.0) -> None:  # fmt: skip
    """Draw ``line`` with its baseline at ``y``. ``align``: left, right or center within
    [x, x + width] (``x`` is the left edge for 'left', the right edge when width is 0)."""
    if align == "right":
        x = x + width - line.width if width else x - line.width
    elif align == "center":
        x = x + (width - line.width) / 2 if width else x - line.width / 2
    text = canvas.beginText(x, y)
    for chunk in line.chunks:
        text.setFont(chunk.font, line.size)
        text.textOut(chunk.text)
    canvas.drawText(text)
