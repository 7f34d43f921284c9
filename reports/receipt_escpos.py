"""Turn a drawn receipt into ESC/POS bytes: raster image, cut, and the cash drawer for cash.

Why python-escpos' Dummy printer: it writes the exact command stream into memory, so the
bytes can be stored in the print queue and sent later over any connection (desktop.devices
only moves bytes). The raster command is configurable for older printers: GS v 0
(bitImageRaster, most printers), GS ( L (graphics) or ESC * (bitImageColumn), with the image
split every ``fragment_height`` rows for printers with a small buffer.

Why the image commands are written here and not by ``printer.image``: python-escpos writes the
GS ( L length without a range check (69,130 bytes wraps to 3,594 and the printer then reads
the image as commands) and converts the whole image four times. Each command is written here
with its length fields checked, and fragments are never taller than the command can carry
(``desktop.devices.profiles.max_fragment_rows``). The cut is written here too: python-escpos
only knows GS V 0 / GS V 1, and several printers need the feed-and-cut form GS V 66 n.
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

from desktop.devices.profiles import CUTS, max_fragment_rows  # noqa: E402

IMPLS = ("bitImageRaster", "graphics", "bitImageColumn")
ESC_INIT = b"\x1b@"
GS_V0 = b"\x1dv0"
GS_PAREN_L = b"\x1d(L"
CUT_BYTES = {
    "feed-partial": b"\x1dVB\x00",  # GS V 66 0: feed to the cutter, partial cut
    "feed-full": b"\x1dVA\x00",  # GS V 65 0: feed to the cutter, full cut
    "partial": b"\x1bd\x06\x1dV\x01",  # ESC d 6, GS V 1
    "full": b"\x1bd\x06\x1dV\x00",  # ESC d 6, GS V 0
    "none": b"\x1bd\x06",  # feed past the tear bar
}


@dataclass(frozen=True, slots=True)
class EscposOptions:
    """Fields: impl (see IMPLS), fragment_height (rows per raster command, lowered to what
    the command can carry), cut (a key of CUT_BYTES; 'auto' = feed-partial), drawer_pin (2 or 5 to kick the cash drawer, None not to),
    profile (a python-escpos printer profile name, None = generic)."""

    impl: str = "bitImageRaster"
    fragment_height: int = 960
    cut: str = "feed-partial"
    drawer_pin: int | None = None
    profile: str | None = None

    def __post_init__(self) -> None:
        if self.impl not in IMPLS:
            raise ValueError(f"impl must be one of {IMPLS}, not {self.impl!r}")
        if self.cut not in CUTS:
            raise ValueError(f"cut must be one of {CUTS}, not {self.cut!r}")
        if self.fragment_height < 1:
            raise ValueError(f"fragment_height must be positive, not {self.fragment_height}")
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
    return Image.frombuffer(
        "1", size, raw, "raw", "1;I" if one_is_black else "1", mono.bytesPerLine(), 1
    )


def encode_image(image: QImage, options: EscposOptions | None = None) -> bytes:
    """ESC @, the drawer kick (if asked), the image in fragments, then the cut."""
    opts = options or EscposOptions()
    printer = Dummy(profile=opts.profile)
    printer._raw(ESC_INIT)
    if opts.drawer_pin is not None:
        printer.cashdraw(opts.drawer_pin)
    pil = to_pil(image)
    if opts.impl == "bitImageColumn":
        printer._raw(_column(pil))  # one command per 24-row stripe: nothing to split
    else:
        rows = min(opts.fragment_height, max_fragment_rows(opts.impl, pil.width))
        writer = _graphics if opts.impl == "graphics" else _raster
        for fragment in _fragments(pil, rows):
            printer._raw(writer(fragment))
    printer._raw(CUT_BYTES["feed-partial" if opts.cut == "auto" else opts.cut])
    return bytes(printer.output)


def _fragments(pil: Image.Image, rows: int) -> list[Image.Image]:
    return [
        pil.crop((0, top, pil.width, min(pil.height, top + rows)))
        for top in range(0, pil.height, rows)
    ]


def _raster(fragment: Image.Image) -> bytes:
    """GS v 0 m xL xH yL yH: byte for byte what ``printer.image(impl="bitImageRaster")``
    writes (a test compares them), without its four full-image PIL conversions (~50 ms to
    ~1 ms for a long receipt)."""
    width_bytes = (fragment.width + 7) // 8
    header = GS_V0 + b"\x00" + _low_high(width_bytes) + _low_high(fragment.height)
    return header + fragment.tobytes("raw", "1;I")


def _graphics(fragment: Image.Image) -> bytes:
    """GS ( L fn 112 (store the raster in the print buffer) then fn 50 (print it)."""
    data = fragment.tobytes("raw", "1;I")
    params = b"0p0\x01\x011" + _low_high(fragment.width) + _low_high(fragment.height) + data
    return GS_PAREN_L + _low_high(len(params)) + params + GS_PAREN_L + b"\x02\x0002"


def _column(image: Image.Image) -> bytes:
    """ESC 3 24 (line spacing = one stripe), ESC * 33 nL nH + 3 bytes a column + LF per
    24-row stripe (the last one padded with white), ESC 2 (default spacing back)."""
    out = [b"\x1b3\x18"]
    for top in range(0, image.height, 24):
        stripe = Image.new("1", (image.width, 24), 1)
        stripe.paste(image.crop((0, top, image.width, min(image.height, top + 24))))
        # Columns top to bottom, most significant bit first: the transposed image's rows.
        columns = stripe.transpose(Image.Transpose.TRANSPOSE).tobytes("raw", "1;I")
        out.append(b"\x1b*\x21" + _low_high(image.width) + columns + b"\n")
    out.append(b"\x1b2")
    return b"".join(out)


def _low_high(value: int) -> bytes:
    """Two bytes, low first; refuse (never wrap) a value that does not fit."""
    if not 0 <= value <= 0xFFFF:
        raise ValueError(f"{value} does not fit an ESC/POS two-byte field")
    return bytes((value & 0xFF, value >> 8))
