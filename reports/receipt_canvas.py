"""A strip of paper to draw on: a QPainter with a cursor going down, and bilingual rows.

Why a canvas of our own: a receipt is a column of lines (titles, label/value rows, rules,
banners, a QR code) at the printer's exact pixel width; QPainter gives real Arabic shaping
and bidi, and this class keeps the layout rules (margins, label positions, language order)
in one place. The page grows as needed and is cropped to what was drawn.
"""

from __future__ import annotations

import re

import qrcode
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from reports.receipt_qt import receipt_fonts

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_SIZES = {384: 20, 512: 22, 576: 24}  # body text in dots: 203 dpi, ~3 mm high
BLACK, WHITE = QColor(0, 0, 0), QColor(255, 255, 255)
FSI, PDI = "\u2068", "\u2069"  # first strong isolate ... pop directional isolate


def has_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


class Canvas:
    """Draws top to bottom on a white page ``width`` dots wide.

    ``languages`` is the label order, e.g. ("ar", "fr"): with two languages every label is
    printed in both (French on the left, Arabic on the right, the value between them);
    with one language, only that one.
    """

    def __init__(self, width: int, languages: tuple[str, ...], *, height_hint: int = 2000):
        self.width = width
        self.languages = languages
        self.margin = max(6, width // 48)
        self.gap = max(8, width // 40)
        self.y = self.margin
        self.body = _SIZES.get(width, max(16, width // 24))
        self.fonts = receipt_fonts()
        self._image = QImage(width, height_hint, QImage.Format.Format_RGB32)
        self._image.fill(WHITE)
        self._painter = QPainter(self._image)
        self._setup_painter()

    @property
    def inner(self) -> int:
        return self.width - 2 * self.margin

    def _setup_painter(self) -> None:
        p = self._painter
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        p.setPen(BLACK)

    def _ensure(self, needed: int) -> None:
        """Grow the page when the next ``needed`` dots would not fit."""
        if self.y + needed + self.margin <= self._image.height():
            return
        self.close()
        bigger = QImage(
            self.width,
            max(self._image.height() * 2, self.y + needed + 200),
            QImage.Format.Format_RGB32,
        )
        bigger.fill(WHITE)
        p = QPainter(bigger)
        p.drawImage(0, 0, self._image)
        p.end()
        self._image = bigger
        self._painter = QPainter(self._image)
        self._setup_painter()

    def font(self, text: str = "", *, size: int = 0, bold: bool = False) -> QFont:
        """Noto Sans Arabic first for Arabic text (it is drawn a little larger to match the
        Latin x-height), Noto Sans first otherwise; each falls back on the other."""
        arabic = has_arabic(text)
        families = (
            [self.fonts.arabic, self.fonts.latin]
            if arabic
            else [self.fonts.latin, self.fonts.arabic]
        )
        font = QFont()
        font.setFamilies(families)
        px = size or self.body
        font.setPixelSize(round(px * 1.1) if arabic else px)
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
        return font

    def advance(self, text: str, font: QFont) -> int:
        return QFontMetrics(font).horizontalAdvance(text)

    def text(
        self,
        text: str,
        *,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter,
        size: int = 0,
        bold: bool = False,
    ) -> None:
        """A paragraph, wrapped at word boundaries."""
        font = self.font(text, size=size, bold=bold)
        flags = int(align) | int(Qt.TextFlag.TextWordWrap)
        box = QFontMetrics(font).boundingRect(QRect(0, 0, self.inner, 10_000), flags, text)
        self._ensure(box.height())
        self._painter.setFont(font)
        self._painter.drawText(QRect(self.margin, self.y, self.inner, box.height()), flags, text)
        self.y += box.height()

    def pair(self, fr: str, ar: str, *, size: int = 0, bold: bool = False) -> None:
        """The same words in both languages: side by side when they fit, else stacked in
        the configured order; only one of them with a single language."""
        texts = {"fr": fr, "ar": ar}
        if len(self.languages) == 1:
            self.text(texts[self.languages[0]], size=size, bold=bold)
            return
        ffr, far = self.font(fr, size=size, bold=bold), self.font(ar, size=size, bold=bold)
        if self.advance(fr, ffr) + self.advance(ar, far) + 3 * self.gap <= self.inner:
            self._line([(fr, ffr, "left"), (ar, far, "right")])
            return
        for lang in self.languages:
            self.text(texts[lang], size=size, bold=bold)

    def row(self, fr: str, ar: str, value: str, *, bold: bool = False, size: int = 0) -> None:
        """A label and its value: "Label ... value ... العنوان" with two languages, the
        label at the start of the line and the value at the end with one."""
        vfont = self.font(value, size=size, bold=bold)
        small = max(14, (size or self.body) - 3)
        if len(self.languages) == 1:
            lang = self.languages[0]
            lab = fr if lang == "fr" else ar
            lfont = self.font(lab, size=small)
            if self.advance(lab, lfont) + self.advance(value, vfont) + self.gap <= self.inner:
                sides = ("left", "right") if lang == "fr" else ("right", "left")
                self._line([(lab, lfont, sides[0]), (value, vfont, sides[1])])
            else:
                self.text(lab, size=small, align=_align(lang))
                self.text(value, size=size, bold=bold, align=_align(lang, end=True))
            return
        ffr, far = self.font(fr, size=small), self.font(ar, size=small)
        need = self.advance(fr, ffr) + self.advance(ar, far) + self.advance(value, vfont)
        if need + 2 * self.gap <= self.inner:
            self._line([(fr, ffr, "left"), (value, vfont, "center"), (ar, far, "right")])
        else:
            self._line([(fr, ffr, "left"), (ar, far, "right")])
            self._line([(value, vfont, "right")])

    def ends(self, start: str, end: str, *, size: int = 0) -> None:
        """Two pieces on one line: ``start`` at the reading start, ``end`` (bold) at the
        other end, e.g. a bill's period and its amount."""
        a, b = self.font(start, size=size), self.font(end, size=size, bold=True)
        rtl = self.languages == ("ar",)
        self._line([(start, a, "right" if rtl else "left"), (end, b, "left" if rtl else "right")])

    def _line(self, parts: list[tuple[str, QFont, str]]) -> None:
        """One line of text pieces anchored left, right or centred between the others,
        sharing a baseline."""
        ascent = max(QFontMetrics(f).ascent() for _, f, _ in parts)
        descent = max(QFontMetrics(f).descent() for _, f, _ in parts)
        self._ensure(ascent + descent)
        base = self.y + ascent
        left_end = self.margin
        right_start = self.width - self.margin
        for text, font, side in parts:
            w = self.advance(text, font)
            if side == "left":
                left_end = self.margin + w
            elif side == "right":
                right_start = self.width - self.margin - w
        for text, font, side in parts:
            w = self.advance(text, font)
            if side == "left":
                x = self.margin
            elif side == "right":
                x = self.width - self.margin - w
            else:
                x = left_end + (right_start - left_end - w) // 2
            self._painter.setFont(font)
            self._painter.drawText(QPoint(x, base), text)  # on the shared baseline
        self.y += ascent + descent

    def rule(self, *, dashed: bool = True, thickness: int = 2) -> None:
        pad = self.body // 3
        self._ensure(2 * pad + thickness)
        self.y += pad
        if dashed:
            for x in range(self.margin, self.width - self.margin, 10):
                self._painter.fillRect(x, self.y, 6, thickness, BLACK)
        else:
            self._painter.fillRect(self.margin, self.y, self.inner, thickness, BLACK)
        self.y += thickness + pad

    def banner(self, text: str, *, size: int = 0, count: int | None = None) -> None:
        """White words on a black band: DUPLICATA, REÇU ANNULÉ. A ``count`` is appended
        as "(n)" after the (isolated) words, left to right, so it can never sit between
        the French and the Arabic words."""
        if count is not None:
            text = f"{FSI}{text}{PDI}  ({count})"
        font = self.font(text, size=size or self.body + 4, bold=True)
        metrics = QFontMetrics(font)
        height = metrics.height() + self.body // 2
        self._ensure(height)
        self._painter.fillRect(0, self.y, self.width, height, BLACK)
        self._painter.setPen(WHITE)
        self._painter.setFont(font)
        if count is not None:
            self._painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._painter.drawText(
            QRect(0, self.y, self.width, height), int(Qt.AlignmentFlag.AlignCenter), text
        )
        self._painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self._painter.setPen(BLACK)
        self.y += height

    def qr(self, data: str) -> None:
        """A QR code drawn dot for dot (the printer gets it as part of the raster)."""
        # A fixed mask skips qrcode's trial of all eight (a third of the render time); any
        # mask is valid and scans the same.
        code = qrcode.QRCode(
            error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, mask_pattern=2
        )
        code.add_data(data)
        code.make(fit=True)
        matrix = code.get_matrix()
        module = max(3, self.width // 96)
        side = module * len(matrix)
        self._ensure(side + 2 * module)
        x0 = (self.width - side) // 2
        self.y += module
        for r, cells in enumerate(matrix):
            for c, dark in enumerate(cells):
                if dark:
                    self._painter.fillRect(
                        x0 + c * module, self.y + r * module, module, module, BLACK
                    )
        self.y += side + module

    def space(self, dots: int) -> None:
        self._ensure(dots)
        self.y += dots

    def close(self) -> None:
        """End the painter (idempotent). A QPainter must end before its QImage goes away,
        or Qt writes into freed memory when Python collects them in the wrong order."""
        if self._painter.isActive():
            self._painter.end()

    def __del__(self) -> None:
        self.close()

    def finish(self) -> QImage:
        """End drawing and return the page cropped to what was drawn, in 1 bit per dot.

        Threshold (not error diffusion): text and QR edges stay sharp instead of speckled.
        """
        self.y += self.margin
        self.close()
        page = self._image.copy(0, 0, self.width, self.y)
        return page.convertToFormat(
            QImage.Format.Format_Mono,
            Qt.ImageConversionFlag.MonoOnly | Qt.ImageConversionFlag.ThresholdDither,
        )


def _align(lang: str, *, end: bool = False) -> Qt.AlignmentFlag:
    start_left = lang != "ar"
    left = start_left != end
    return Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight
