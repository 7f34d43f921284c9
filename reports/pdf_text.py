"""Text on a reportlab canvas in Arabic, French and English: fonts, shaping, bidi, wrapping.

Why this layer: reportlab draws one string in one font from left to right. Arabic needs
(1) the bidi algorithm to put words right to left while numbers and Latin words stay left
to right (``reports.pdf_bidi``), (2) two fonts, because Noto Sans Arabic has no Latin
letters, and (3) shaping (joined letter forms, lam-alef, marks), which reportlab 5 does with
HarfBuzz (``uharfbuzz``) for TrueType fonts. We lay a line out as visual *chunks* of one font
each: Arabic letters are shaped in logical order (HarfBuzz returns glyphs in visual order),
everything else is drawn as is. Bidi controls (isolates, marks) guide the layout and are
dropped before drawing: the fonts have no visible glyph we want for them.

Why Arabic is *written* in logical order (``draw_line``): a PDF reader extracting text
(copy, search, screen readers; pdfminer, poppler, PDFium) sees glyphs in content-stream
order and maps each through the font's ToUnicode table. Shaped glyphs drawn left to right
came out as reversed presentation forms. So each line's chunks, and each shaped chunk's
glyphs, are written in logical (reading) order, every glyph placed at its visual position
(pdfminer reads stream order; poppler and PDFium re-order by position and bidi, which the
positions still satisfy); the Arabic fonts map each glyph to the one letter it stands for
(``_LogicalTTFont``); the second letter of a ligature (lam-alef) is written invisibly just
left of it; a mirrored bracket is written as the bracket typed, drawn flipped.
``/ActualText`` spans were tried and dropped: poppler spreads the actual text left to right
over the span, which reverses an Arabic run, and pdfminer ignores it (docs/decisions.md).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeFragWord
from reportlab.pdfgen.canvas import Canvas

from reports.fonts import ARABIC_BOLD, ARABIC_REGULAR, LATIN_BOLD, LATIN_REGULAR, font_file
from reports.pdf_bidi import MIRROR, VisualChar, has_rtl, visual

LATIN = "GuichetSans"
LATIN_B = "GuichetSans-Bold"
ARABIC = "GuichetArabic"
ARABIC_B = "GuichetArabic-Bold"
_FILES = {LATIN: LATIN_REGULAR, LATIN_B: LATIN_BOLD, ARABIC: ARABIC_REGULAR, ARABIC_B: ARABIC_BOLD}

BIDI_CONTROLS = _CONTROLS = frozenset(
    "\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"
)
_SPACES = frozenset(" \u00a0\u202f\u2009")
_JOINERS = frozenset("\u200c\u200d")
_ARABIC_DIGITS = frozenset("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬")
# No discretionary ligatures ('dlig'): Noto Sans Arabic would turn the name محمد into the
# vowelled ﷴ glyph and عليه into one sign, which is not how names and words are printed.
_FEATURES = {"kern": True, "liga": True, "dlig": False}


class _LogicalTTFont(TTFont):
    """A TrueType font whose ToUnicode table maps shaped glyphs to ordinary letters.

    Why: reportlab names a shaped glyph by the first code point the font's cmap gives it (an
    Arabic presentation form such as U+FEE3) or by a private-use code point (a ligature with
    no code point), and its ToUnicode table says the same, so extracted text was presentation
    forms or nothing. ``glyph_text`` records, while drawing, the logical text each glyph
    stands for (its HarfBuzz cluster); the table is rewritten with it when the document is
    saved. A glyph never seen in a cluster falls back to the NFKC form of its code point.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self.glyph_text: dict[int, str] = {}

    def text_of(self, code_point: int) -> str:
        if code_point in self.glyph_text:
            return self.glyph_text[code_point]
        ch = chr(code_point)
        return unicodedata.normalize("NFKC", ch) if _is_arabic_script(ch) else ch

    def addObjects(self, doc: Any) -> None:
        subsets = [list(subset) for subset in self.state[doc].subsets]
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(subsets))]
        super().addObjects(doc)  # forgets the document's state
        for name, subset in zip(names, subsets, strict=True):
            base = doc.idToObject["BasicFonts"].dict[name].BaseFont
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = _to_unicode_cmap(base, [self.text_of(cp) for cp in subset])


def _to_unicode_cmap(name: str, texts: list[str]) -> str:
    """A ToUnicode CMap: code i -> texts[i] (UTF-16BE, several characters for a ligature)."""
    entries = [
        f"<{i:02X}> <{t.encode('utf-16-be').hex().upper() or '0000'}>" for i, t in enumerate(texts)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(texts) - 1:02X}>",
            "endcodespacerange",
            f"{len(entries)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def register_fonts() -> None:
    """Register the shipped Noto fonts once; refuse clearly when shaping is unavailable."""
    if LATIN in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in _FILES.items():
        cls = _LogicalTTFont if name.startswith(ARABIC) else TTFont
        font = cls(name, str(font_file(file)))
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
    shaped Arabic), font (registered name), width (points), logical (the characters in
    reading order, what a reader extracts), order (rank of the chunk in reading order),
    rtl (laid out right to left: its characters are in display order, brackets mirrored)."""

    text: str
    font: str
    width: float
    logical: str = ""
    order: int = 0
    rtl: bool = False


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
        chars = tuple(VisualChar(ch, 0, i) for i, ch in enumerate(text))
    else:
        chars = visual(text, base)
    kept = [vc for vc in chars if vc.char not in _CONTROLS]
    dense = {index: rank for rank, index in enumerate(sorted(vc.index for vc in kept))}
    # (kind, rtl level parity, chars, first reading-order rank, last rank). A character joins
    # the group on its left only when it also follows it in reading order (the next rank to
    # the right, the previous one in a right-to-left group): a chunk is drawn as one piece
    # and extracted as one piece, so it must be one piece in both orders.
    groups: list[tuple[str, int, list[str], int, int]] = []
    for vc in kept:
        rank = dense[vc.index]
        kind = _kind(vc.char)
        odd = vc.level % 2
        if groups:
            g_kind, g_odd, g_chars, g_first, g_last = groups[-1]
            follows = rank == g_last + (-1 if g_odd else 1)
            fits = kind == "" or (g_kind in (kind, "") and g_odd == odd)
            if follows and fits:
                g_chars.append(vc.char)
                groups[-1] = (kind or g_kind, g_odd, g_chars, min(g_first, rank), rank)
                continue
        groups.append((kind, odd, [vc.char], rank, rank))
    chunks = tuple(
        _chunk(kind, odd, "".join(cs), size, bold, first) for kind, odd, cs, first, _ in groups
    )
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


def _chunk(kind: str, odd: int, text: str, size: float, bold: bool, order: int) -> Chunk:
    arabic_font = kind in ("ar", "an")
    font = (ARABIC_B if bold else ARABIC) if arabic_font else (LATIN_B if bold else LATIN)
    logical = text[::-1] if odd else text
    if kind == "ar":
        word = [
            pdfmetrics.stringWidth(logical, font, size),
            (ABag(fontName=font, fontSize=size), logical),
        ]
        shaped = shapeFragWord(word, features=_FEATURES)[1][1]
        if isinstance(shaped, ShapedStr) and shaped.__shapeData__:
            _remember_glyphs(font, shaped, logical)
            width = sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
            return Chunk(shaped, font, width, logical, order, bool(odd))
        text = logical if len(logical) < 2 else text
    width = pdfmetrics.stringWidth(text, font, size)
    return Chunk(text, font, width, logical, order, bool(odd) and kind != "an")


def _remember_glyphs(font_name: str, shaped: ShapedStr, logical: str) -> None:
    """Record which letters each shaped glyph stands for (its cluster of ``logical``), for
    the font's ToUnicode table. A cluster drawn with several glyphs is given to the first."""
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, _LogicalTTFont):
        return
    data = shaped.__shapeData__
    starts = sorted({d.cluster for d in data})
    ends = dict(zip(starts, [*starts[1:], len(logical)], strict=True))
    for glyph, d in zip(shaped, data, strict=True):
        font.glyph_text.setdefault(ord(glyph), logical[d.cluster : ends[d.cluster]][:1])


def _cluster_texts(chunk: Chunk) -> list[str]:
    """For each glyph of a shaped chunk, the letters of its cluster that it alone must
    carry in reading order beyond its first (a lam-alef ligature: ['ا']); '' for most."""
    data = chunk.text.__shapeData__
    starts = sorted({d.cluster for d in data})
    ends = dict(zip(starts, [*starts[1:], len(chunk.logical)], strict=True))
    out, seen = [], set()
    for i in reversed(range(len(data))):
        cluster = data[i].cluster
        out.append("" if cluster in seen else chunk.logical[cluster + 1 : ends[cluster]])
        seen.add(cluster)
    return out[::-1]


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


def fit(
    text: str,
    width: float,
    size: float,
    bold: bool = False,
    rtl: bool | None = None,
    smallest: float = 5.5,
) -> Line:
    """One line, made smaller (down to ``smallest`` points) until it fits ``width``."""
    line = layout(text, size, bold, rtl)
    while line.width > width and size > smallest:
        size = max(smallest, size - 0.5)
        line = layout(text, size, bold, rtl)
    return line


def draw_line(
    canvas: Canvas, line: Line, x: float, y: float, align: str = "left", width: float = 0.0
) -> None:
    """Draw ``line`` with its baseline at ``y``. ``align``: left, right or center within
    [x, x + width] (``x`` is the left edge for 'left', the right edge when width is 0).

    Chunks are placed left to right but written in reading order, so that text extraction
    reads an Arabic line from its start (see the module docstring)."""
    if align == "right":
        x = x + width - line.width if width else x - line.width
    elif align == "center":
        x = x + (width - line.width) / 2 if width else x - line.width / 2
    placed = []
    for chunk in line.chunks:
        placed.append((chunk, x))
        x += chunk.width
    for chunk, left in sorted(placed, key=lambda cx: cx[0].order):
        if isinstance(chunk.text, ShapedStr):
            _draw_shaped(canvas, chunk, left, y, line.size)
        elif chunk.rtl and len(chunk.text) > 1 or chunk.text in MIRROR:
            _draw_reversed(canvas, chunk, left, y, line.size)
        else:
            text = canvas.beginText(left, y)
            text.setFont(chunk.font, line.size)
            text.textOut(chunk.text)
            canvas.drawText(text)


def _draw_shaped(canvas: Canvas, chunk: Chunk, x: float, y: float, size: float) -> None:
    """One shaped run: each glyph at its HarfBuzz position, written last glyph first (the
    reading order of a right-to-left run); the other letters of a ligature follow it,
    invisible (render mode 3), just left of its left edge, where the bidi re-ordering of
    poppler and PDFium puts them after it."""
    font = pdfmetrics.getFont(chunk.font)
    doc = canvas._doc
    shaped = chunk.text
    data = shaped.__shapeData__
    scale = size / 1000
    pens, pen = [], 0.0
    for d in data:
        pens.append(pen)
        pen += d.x_advance * scale
    extra = _cluster_texts(chunk)
    ops = ["BT"]
    current = None

    def show(text: str, gx: float, gy: float) -> None:
        nonlocal current
        for subset, code in font.splitString(text, doc):
            if subset != current:
                ops.append(f"{font.getSubsetInternalName(subset, doc)} {_num(size)} Tf")
                current = subset
            ops.append(f"1 0 0 1 {_num(gx)} {_num(gy)} Tm ({canvas._escape(code)}) Tj")

    for i in reversed(range(len(data))):
        gx = x + pens[i] + data[i].x_offset * scale
        show(shaped[i], gx, y + data[i].y_offset * scale)
        if extra[i]:  # the other letters of a ligature, invisible, at its left edge
            ops.append("3 Tr")
            show(extra[i], gx - size * 0.05, y)
            ops.append("0 Tr")
    ops.append("ET")
    canvas._code.append("\n".join(ops))


def _draw_reversed(canvas: Canvas, chunk: Chunk, x: float, y: float, size: float) -> None:
    """Unshaped characters laid out right to left (punctuation, brackets between Arabic
    words): written last first, each at its place; a mirrored bracket is written as the
    character typed, drawn flipped, so it reads "(" where the eye sees ")"."""
    font = pdfmetrics.getFont(chunk.font)
    doc = canvas._doc
    ops, current, left = ["BT"], None, x
    places = []
    for ch in chunk.text:
        width = pdfmetrics.stringWidth(ch, chunk.font, size)
        places.append((ch, left, width))
        left += width
    for ch, gx, width in reversed(places):
        typed = MIRROR.get(ch, ch)
        for subset, code in font.splitString(typed, doc):
            if subset != current:
                ops.append(f"{font.getSubsetInternalName(subset, doc)} {_num(size)} Tf")
                current = subset
            matrix = f"-1 0 0 1 {_num(gx + width)}" if typed != ch else f"1 0 0 1 {_num(gx)}"
            ops.append(f"{matrix} {_num(y)} Tm ({canvas._escape(code)}) Tj")
    ops.append("ET")
    canvas._code.append("\n".join(ops))


def _num(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")
