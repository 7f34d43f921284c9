"""The Arabic font of the window: the Noto Sans Arabic shipped in reports/fonts (SIL OFL 1.1).

Why ship it: a fresh Linux install may have no Arabic font at all (letters would show as
boxes) and Windows fonts differ per edition; a TTF inside the package renders the same
everywhere after a plain ``pip install``, with no system step. One copy of the files
serves the window, the receipts and the PDFs.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from reports.fonts import ARABIC_BOLD, ARABIC_REGULAR, font_file

ARABIC_FAMILY = "Noto Sans Arabic"
_FILES = (ARABIC_REGULAR, ARABIC_BOLD)


def load_arabic_font() -> str | None:
    """Register the shipped TTFs with Qt; return the family name, or None if unusable."""
    family = None
    for name in _FILES:
        font_id = QFontDatabase.addApplicationFontFromData(font_file(name).read_bytes())
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    return family


def application_font(
    base: QFont, arabic_family: str | None, lang: str, point_size: int = 11
) -> QFont:
    """The window font: Arabic family first for an Arabic UI, else the system font first.

    Either way both families are listed, so Arabic names shape correctly in a French window
    and Latin names stay in the usual face in an Arabic one.
    """
    font = QFont(base)
    families = [base.family()]
    if arabic_family:
        families = [arabic_family, *families] if lang == "ar" else [*families, arabic_family]
    font.setFamilies(families)
    font.setPointSize(point_size)
    return font
