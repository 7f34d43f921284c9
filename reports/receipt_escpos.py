"""Turn a drawn receipt into ESC/POS bytes: raster image, cut, and the cash drawer for cash.

Why python-escpos' Dummy printer: it writes the exact command stream into memory, so the
bytes can be stored in the print queue and sent later over any connection (desktop.devices
only moves bytes). The raster command is configurable for older printers: GS v 0
(bitImageRaster, most printers), GS ( L (graphics) or ESC * (bitImageColumn), with the image
split every ``fragment_height`` rows for printers with a small buffer.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from platformdirs import user_cache_path


def _capabilities_cache() -> None:
    """Keep python-escpos's parsed printer profiles between runs.

    Why: on import, python-escpos parses its printer database (a large JSON file, through the
    pure-Python YAML loader: 0.3-1.3 s here) and pickles the result into a *new* temporary
    folder each time, so every start of the app paid for the parse (it is imported by the
    window) and left a folder in /tmp. A per-user cache folder makes it a ~30 ms pickle load
    after the first run; ``ESCPOS_CAPABILITIES_PICKLE_DIR`` set by the user still wins.
    """
    if "ESCPOS_CAPABILITIES_PICKLE_DIR" in os.environ:
        return
    folder = user_cache_path("guichet", appauthor=False) / "escpos"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # no writable cache: python-escpos falls back to a temporary folder
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(folder)


_capabilities_cache()

from escpos.printer import Dummy  # noqa: E402 - after the cache folder is chosen
from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QImage, qGray  # noqa: E402

IMPLS = ("bitImageRaster", "graphics", "bitImageColumn")
ESC_INIT = b"\x1b@"
GS_V0 = b"\x1dv0"


@dataclass(frozen=True, slots=True)
class EscposOptions:
    """Fields: impl (see IMPLS), fragment_height (rows per raster command), cut ('full',
    'partial' or 'none'), drawer_pin (2 or 5 to kick the cash drawer, None not to),
    profile (a python-escpos printer profile name, None = generic)."""

    impl: str = "bitImageRaster"
    fragment_height: int = 960
    cut: str = "full"
    drawer_pin: int | None = None
    profile: str | None = None

    def __post_init__(self) -> None:
        if self.impl not in IMPLS:
            raise ValueError(f"impl must be one of {IMPLS}, not {self.impl!r}")
        if self.cut not in ("full", "partial", "none"):
            raise ValueError(f"cut must be full, partial or none, not {self.cut!r}")
        if self.drawer_pin not in (None, 2, 5):
            raise ValueError(f"drawer_pin must be 2, 5 or None, not {self.drawer_pin!r}")


def to_pil(image: QImage) -> Image.Image:
    """The QImage as a PIL 1-bit image (black = a dot to print), without dithering.

    A Format_Mono image is handed over bit for bit (no conversion); anything else is
    thresholded first.
    """
    mono = image
    if image.format() != QImage.Format.Format_Mono:
        mono = image.convertToFormat(
            QImage.Format.Format_Mono,
            Qt.ImageConversionFlag.MonoOnly | Qt.ImageConversionFlag.ThresholdDither,
        )
    table = mono.colorTable()
    one_is_black = len(table) == 2 and qGray(table[1]) < qGray(table[0])
    raw = bytes(mono.constBits())[: mono.sizeInBytes()]
    size = (mono.width(), mono.height())
    # PIL "1": a set bit is white; "1;I" reads set bits as black.
    return Image.frombuffer("1", size, raw, "raw", "1;I" if one_is_black else "1",
                            mono.bytesPerLine(), 1)  # fmt: skip


def encode_image(image: QImage, options: EscposOptions | None = None) -> bytes:
    """ESC @, the drawer kick (if asked), the image as raster, feed and cut."""
    opts = options or EscposOptions()
    printer = Dummy(profile=opts.profile)
    # Tell the profile the paper width, so python-escpos neither warns nor refuses it.
    data = dict(printer.profile.profile_data)
    data["media"] = {"dpi": 203, "width": {"mm": "Unknown", "pixels": image.width()}}
    printer.profile.profile_data = data
    printer._raw(ESC_INIT)
    if opts.drawer_pin is not None:
        printer.cashdraw(opts.drawer_pin)
    pil = to_pil(image)
    if opts.impl == "bitImageRaster":
        _raster(printer, pil, opts.fragment_height)
    else:
        for fragment in _fragments(pil, opts.fragment_height):
            printer.image(fragment, impl=opts.impl, fragment_height=fragment.height + 1)
    if opts.cut != "none":
        printer.cut(mode="PART" if opts.cut == "partial" else "FULL")
    return bytes(printer.output)


def _fragments(pil: Image.Image, rows: int) -> list[Image.Image]:
    return [pil.crop((0, top, pil.width, min(pil.height, top + rows)))
            for top in range(0, pil.height, rows)]  # fmt: skip


def _raster(printer: Dummy, pil: Image.Image, rows: int) -> None:
    """GS v 0 per fragment, byte for byte what ``printer.image(impl="bitImageRaster")``
    writes (a test compares them), without its four full-image PIL conversions: this takes
    the encoding from ~50 ms to ~1 ms for a long receipt."""
    width_bytes = (pil.width + 7) // 8
    for fragment in _fragments(pil, rows):
        header = GS_V0 + bytes((0,)) + _low_high(width_bytes) + _low_high(fragment.height)
        printer._raw(header + fragment.tobytes("raw", "1;I"))


def _low_high(value: int) -> bytes:
    return bytes((value & 0xFF, (value >> 8) & 0xFF))
