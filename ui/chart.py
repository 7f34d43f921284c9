"""A small bar chart of consumption per billing period, drawn with QPainter.

Why drawn by hand: PySide6-Essentials has no QtCharts, and the picture needed is simple —
one bar per period, estimated periods hatched and lighter so a clerk sees at a glance which
bills were estimates (the Lydec lockdown case) before a regularisation dispute. Time runs
in the reading direction: right to left in an Arabic window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

ACTUAL = QColor("#2e7d32")
ESTIMATED = QColor("#ef8f00")


@dataclass(frozen=True, slots=True)
class Bar:
    """One period: label (e.g. "03/24"), value (kWh or m³), estimated flag."""

    label: str
    value: int
    estimated: bool


class ConsumptionChart(QWidget):
    """Bars for one service point; ``set_bars`` replaces what is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._bars: tuple[Bar, ...] = ()
        self._legend = ("", "")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(170)

    def set_bars(self, title: str, bars: Sequence[Bar], legend: tuple[str, str]) -> None:
        """``legend`` is (actual, estimated) text, already translated."""
        self._title, self._bars, self._legend = title, tuple(bars), legend
        self.update()

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def sizeHint(self) -> QSize:
        return QSize(420, 180)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        line = fm.height()
        w, h = self.width(), self.height()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # AlignLeft is mirrored by Qt in a right-to-left widget: the title starts at the reading side.
        p.drawText(
            QRectF(4, 0, w - 8, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self._title,
        )
        self._legend_row(p, line, w, rtl)
        top, bottom = 2 * line + 10, h - line - 4
        if not self._bars or bottom - top < 10:
            return
        peak = max(b.value for b in self._bars) or 1
        slot = (w - 8) / len(self._bars)
        bar_w = max(4.0, slot * 0.6)
        for i, bar in enumerate(self._bars):
            pos = len(self._bars) - 1 - i if rtl else i
            x = 4 + pos * slot + (slot - bar_w) / 2
            height = (bottom - top) * bar.value / peak
            rect = QRectF(x, bottom - height, bar_w, height)
            color = ESTIMATED if bar.estimated else ACTUAL
            p.setPen(QPen(color.darker(130), 1))
            p.setBrush(QBrush(color.lighter(150) if bar.estimated else color))
            p.drawRect(rect)
            if bar.estimated:
                p.setBrush(QBrush(color.darker(120), Qt.BrushStyle.BDiagPattern))
                p.drawRect(rect)
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(x - slot / 2, rect.top() - line, bar_w + slot, line),
                int(Qt.AlignmentFlag.AlignCenter),
                str(bar.value),
            )
            if slot > fm.horizontalAdvance(bar.label) * 0.8 or i % 2 == 0:
                p.drawText(
                    QRectF(x - slot / 2, bottom + 2, bar_w + slot, line),
                    int(Qt.AlignmentFlag.AlignCenter),
                    bar.label,
                )
        p.end()

    def _legend_row(self, p: QPainter, line: int, width: int, rtl: bool) -> None:
        x = width - 8 if rtl else 8
        for text, color, estimated in (
            (self._legend[0], ACTUAL, False),
            (self._legend[1], ESTIMATED, True),
        ):
            box = 10
            tw = p.fontMetrics().horizontalAdvance(text)
            bx = x - box if rtl else x
            p.setPen(QPen(color.darker(130)))
            p.setBrush(QBrush(color.lighter(150) if estimated else color))
            p.drawRect(QRectF(bx, line + (line - box) / 2, box, box))
            p.setPen(self.palette().text().color())
            tx = bx - 4 - tw if rtl else bx + box + 4
            p.drawText(QRectF(tx, line, tw + 2, line), int(Qt.AlignmentFlag.AlignVCenter), text)
            step = box + 4 + tw + 16
            x = x - step if rtl else x + step
