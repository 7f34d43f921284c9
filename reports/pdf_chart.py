"""Consumption chart of one service point, drawn with reportlab graphics.

Why hand-placed bars rather than ``VerticalBarChart``: estimated periods must look
different bar by bar (light fill, dashed outline), the time axis runs from the reading side
(oldest at the right in Arabic, like the mirrored table above it), and labels are numbers
only: the title and legend, which may be Arabic, are drawn by the document with the
shaping layer, since graphics strings are not shaped.
"""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from desktop.services.statements import ConsumptionSeries
from reports.pdf_text import LATIN

ACTUAL = colors.HexColor("#1c5d99")
ESTIMATED_FILL = colors.HexColor("#d9e6f2")
AXIS = colors.HexColor("#616e7c")
GRID = colors.HexColor("#e4e7eb")


def nice_step(top: float, ticks: int = 4) -> int:
    """A round grid step (1, 2, 2.5, 5 × 10^n) so that ``ticks`` steps cover ``top``."""
    raw = max(top / ticks, 1)
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * magnitude:
            return max(1, int(m * magnitude))
    return int(10 * magnitude)  # pragma: no cover


def consumption_drawing(
    series: ConsumptionSeries, width: float, height: float, rtl: bool
) -> Drawing:
    """Bars of billed consumption, oldest first from the reading side."""
    d = Drawing(width, height)
    axis_w, base_h, top_pad = 34.0, 14.0, 4.0
    plot_w, plot_h = width - axis_w - 4, height - base_h - top_pad
    plot_x = 4.0 if rtl else axis_w
    top = max((p.consumption for p in series.points), default=0)
    step = nice_step(top)
    scale_top = step * max(1, -(-top // step))
    for k in range(0, scale_top + 1, step):
        y = base_h + plot_h * k / scale_top
        d.add(Line(plot_x, y, plot_x + plot_w, y, strokeColor=GRID, strokeWidth=0.4))
        label_x = plot_x + plot_w + 3 if rtl else plot_x - 3
        anchor = "start" if rtl else "end"
        d.add(
            String(
                label_x,
                y - 2,
                f"{k:,}".replace(",", "\u00a0"),
                fontName=LATIN,
                fontSize=6,
                fillColor=AXIS,
                textAnchor=anchor,
            )
        )
    n = len(series.points)
    slot = plot_w / max(n, 1)
    bar_w = min(18.0, max(1.0, slot * 0.7))
    every = max(1, -(-n * 22 // int(plot_w)))  # one date label every ~22 points
    for i, point in enumerate(series.points):
        pos = n - 1 - i if rtl else i
        x = plot_x + pos * slot + (slot - bar_w) / 2
        h = plot_h * point.consumption / scale_top if scale_top else 0
        if point.estimated:
            d.add(
                Rect(
                    x,
                    base_h,
                    bar_w,
                    h,
                    fillColor=ESTIMATED_FILL,
                    strokeColor=ACTUAL,
                    strokeWidth=0.6,
                    strokeDashArray=[1.5, 1],
                )
            )
        else:
            d.add(Rect(x, base_h, bar_w, h, fillColor=ACTUAL, strokeColor=None))
        if i % every == 0:
            d.add(
                String(
                    x + bar_w / 2,
                    base_h - 8,
                    point.period_start.strftime("%m/%y"),
                    fontName=LATIN,
                    fontSize=5.5,
                    fillColor=AXIS,
                    textAnchor="middle",
                )
            )
    d.add(Line(plot_x, base_h, plot_x + plot_w, base_h, strokeColor=AXIS, strokeWidth=0.6))
    return d


def draw_drawing(canvas: Canvas, drawing: Drawing, x: float, y: float) -> None:
    # The renderer starts from reportlab's default font (Helvetica, never embedded) unless
    # the drawing names its own: the shipped font keeps every font of the PDF embedded.
    drawing.initialFontName = LATIN
    renderPDF.draw(drawing, canvas, x, y)


def legend_swatch(canvas: Canvas, x: float, y: float, estimated: bool) -> None:
    """The small square shown next to the legend words."""
    canvas.saveState()
    if estimated:
        canvas.setFillColor(ESTIMATED_FILL)
        canvas.setStrokeColor(ACTUAL)
        canvas.setDash(1.5, 1)
        canvas.setLineWidth(0.6)
        canvas.rect(x, y, 7, 7, stroke=1, fill=1)
    else:
        canvas.setFillColor(ACTUAL)
        canvas.rect(x, y, 7, 7, stroke=0, fill=1)
    canvas.restoreState()
