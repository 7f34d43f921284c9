"""A Qt GUI application and the shipped fonts, on demand, for drawing receipts.

Why lazily: QPainter text needs a QGuiApplication, but the CLI, the tests and the benchmark
run without a window and often without a display. We create one only when none exists,
on the "offscreen" platform when there is no display, and register the Noto fonts once so
Arabic is shaped the same on every machine.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from reports.fonts import ARABIC_BOLD, ARABIC_REGULAR, LATIN_BOLD, LATIN_REGULAR, font_file

_app: QApplication | None = None


@dataclass(frozen=True, slots=True)
class ReceiptFonts:
    """Font family names as registered with Qt. Fields: latin, arabic."""

    latin: str
    arabic: str


def ensure_gui_app() -> None:
    """Make sure a Qt application exists; create an offscreen one if needed."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication (not just QGuiApplication): if the window or pytest-qt comes later in
    # the same process, it finds an application that can show widgets.
    _app = QApplication(["guichet-receipt"])


@cache
def receipt_fonts() -> ReceiptFonts:
    """Register the shipped Noto fonts (once) and return their family names."""
    ensure_gui_app()
    families: dict[str, str] = {}
    for name in (LATIN_REGULAR, LATIN_BOLD, ARABIC_REGULAR, ARABIC_BOLD):
        font_id = QFontDatabase.addApplicationFont(str(font_file(name)))
        found = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not found:
            raise RuntimeError(f"Qt could not load the font {name}: reinstall Guichet")
        families[name] = found[0]
    return ReceiptFonts(latin=families[LATIN_REGULAR], arabic=families[ARABIC_REGULAR])
