"""Fonts shipped with Guichet: Noto Sans (Latin) and Noto Sans Arabic, SIL Open Font License.

Why ship them: receipts, PDFs and the window must show shaped Arabic on any machine right
after `pip install`, with no font to install by hand (Windows and minimal Linux images have
no Arabic font we can count on). See OFL.txt beside this file.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

LATIN_REGULAR = "NotoSans-Regular.ttf"
LATIN_BOLD = "NotoSans-Bold.ttf"
ARABIC_REGULAR = "NotoSansArabic-Regular.ttf"
ARABIC_BOLD = "NotoSansArabic-Bold.ttf"


def font_file(name: str) -> Path:
    """Path of a shipped font file, e.g. ``font_file(ARABIC_REGULAR)``."""
    path = Path(str(files(__name__) / name))
    if not path.is_file():
        raise FileNotFoundError(f"font {name} is missing from the installation: reinstall Guichet")
    return path
