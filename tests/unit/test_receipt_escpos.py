"""The ESC/POS stream of a receipt, decoded command by command: raster width, cut, drawer."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass

import pytest
from escpos.printer import Dummy
from PySide6.QtGui import QImage

from desktop.devices.profiles import PROFILES, max_fragment_rows
from desktop.devices.settings import PrinterSettings
from desktop.money import Money
from desktop.services.receipts import ReceiptBill, ReceiptData
from reports.receipt_escpos import EscposOptions, encode_image, to_pil
from reports.receipt_image import render_receipt
from reports.receipt_print import receipt_bytes


def dzd(minor: int) -> Money:
    return Money(minor, "DZD")


CASH = ReceiptData(
    company_name="Sonelgaz Distribution Est",
    agency_name="Guelma Centre",
    header_lines=(),
    footer_lines=(),
    receipt_no="2401-T01-2025-000001",
    issued_at=dt.datetime(2025, 6, 15, 11, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
    clerk="Amina Belkacem",
    agency_code="2401",
    terminal_code="T01",
    account_no="240100000001",
    name_ar="محمد بن علي",
    name_latin="Mohamed Benali",
    bills=(
        ReceiptBill("F1", "electricity", dt.date(2025, 1, 1), dt.date(2025, 3, 31), dzd(146_656)),
    ),
    credit=dzd(0),
    total=dzd(146_656),
    tender="cash",
    tendered=dzd(150_000),
    change=dzd(3_344),
    card_scheme=None,
    card_last4=None,
    auth_code=None,
    terminal_ref=None,
    balance_after=dzd(0),
    status="valid",
    print_count=0,
    record_hash="0123456789abcdef",
    verification="GCH1;2401-T01-2025-000001;1466.56 DZD;2025-06-15T10:30:00Z;0123456789abcdef",
    locale="fr_DZ",
)
CARD = dataclasses.replace(
    CASH,
    tender="card",
    tendered=None,
    change=dzd(0),
    card_scheme="CIB",
    card_last4="4242",
    auth_code="A1B2C3",
)


@dataclass(frozen=True)
class Command:
    """One decoded command: name, its parameters, and for an image its data."""

    name: str
    params: tuple[int, ...] = ()
    data: bytes = b""


def _u16(low: int, high: int) -> int:
    return low + 256 * high


def decode(stream: bytes) -> list[Command]:
    """Walk the stream command by command, as Epson's command reference describes each one;
    anything unexpected (an unknown byte, data cut short) fails the test. Lengths are read
    from the stream, so a wrapped length field desynchronises the walk and fails."""
    out: list[Command] = []
    i = 0
    while i < len(stream):
        rest = stream[i:]
        if rest.startswith(b"\x1b@"):
            out.append(Command("init"))
            i += 2
        elif rest.startswith(b"\x1bp"):
            out.append(Command("drawer", tuple(rest[2:5])))
            i += 5
        elif rest.startswith(b"\x1dv0"):  # GS v 0 m xL xH yL yH d1...dk
            m, xl, xh, yl, yh = rest[3:8]
            width_bytes, height = _u16(xl, xh), _u16(yl, yh)
            size = width_bytes * height
            assert len(rest) >= 8 + size, "raster data cut short"
            out.append(Command("raster", (m, width_bytes, height), rest[8 : 8 + size]))
            i += 8 + size
        elif rest.startswith(b"\x1d(L"):  # GS ( L pL pH m fn [parameters]
            length = _u16(rest[3], rest[4])
            assert len(rest) >= 5 + length, "GS ( L data cut short"
            body = rest[5 : 5 + length]
            if body[:2] == b"0p":  # fn 112: a, bx, by, c, xL xH yL yH, data
                a, bx, by, c = body[2:6]
                width, height = _u16(body[6], body[7]), _u16(body[8], body[9])
                data = body[10:]
                assert (a, bx, by, c) == (48, 1, 1, 49), "not a 1-colour normal-density raster"
                assert len(data) == (width + 7) // 8 * height, "GS ( L length and size disagree"
                out.append(Command("graphics_store", ((width + 7) // 8, height), data))
            elif body == b"02":  # fn 50: print the stored graphics
                out.append(Command("graphics_print"))
            else:
                raise AssertionError(f"unknown GS ( L function at byte {i}: {body[:4]!r}")
            i += 5 + length
        elif rest.startswith(b"\x1b3"):
            out.append(Command("line_spacing", (rest[2],)))
            i += 3
        elif rest.startswith(b"\x1b2"):
            out.append(Command("line_spacing_default"))
            i += 2
        elif rest.startswith(b"\x1b*"):  # ESC * m nL nH d1...dk
            m, nl, nh = rest[2:5]
            dots = _u16(nl, nh)
            size = dots * (3 if m in (32, 33) else 1)
            assert len(rest) >= 5 + size, "column data cut short"
            out.append(Command("column", (m, dots), rest[5 : 5 + size]))
            i += 5 + size
        elif rest.startswith(b"\n"):
            out.append(Command("line_feed"))
            i += 1
        elif rest.startswith(b"\x1bd"):
            out.append(Command("feed", (rest[2],)))
            i += 3
        elif rest.startswith(b"\x1dV"):  # GS V m (function A) or GS V m n (function B)
            m = rest[2]
            if m in (65, 66, 97, 98, 103, 104):
                out.append(Command("cut", (m, rest[3])))
                i += 4
            else:
                assert m in (0, 1, 48, 49), f"unknown cut {m}"
                out.append(Command("cut", (m,)))
                i += 3
        else:
            raise AssertionError(f"unknown command at byte {i}: {rest[:8]!r}")
    return out


def rebuild(commands: list[Command], width: int) -> list[bytes]:
    """The printed paper, one row of packed bits (black = 1) per dot line, as a printer at
    203 dpi lays it out: a raster or a printed graphic advances by its height, an ESC *
    stripe is printed at the line and LF advances by the line spacing (ESC 3 n, in dots)."""
    width_bytes = (width + 7) // 8
    paper: dict[int, bytes] = {}
    y, spacing, stored, pending = 0, 30, None, None
    for c in commands:
        if c.name == "raster":
            assert c.params[1] == width_bytes
            for row in range(c.params[2]):
                paper[y + row] = c.data[row * width_bytes : (row + 1) * width_bytes]
            y += c.params[2]
        elif c.name == "graphics_store":
            assert c.params[0] == width_bytes
            stored = c
        elif c.name == "graphics_print":
            assert stored is not None, "GS ( L print without stored graphics"
            for row in range(stored.params[1]):
                paper[y + row] = stored.data[row * width_bytes : (row + 1) * width_bytes]
            y += stored.params[1]
        elif c.name == "line_spacing":
            spacing = c.params[0]
        elif c.name == "column":
            assert c.params == (33, width)
            pending = c
        elif c.name == "line_feed":
            if pending is not None:
                for row in range(24):
                    bits = bytearray(width_bytes)
                    for x in range(width):
                        if pending.data[x * 3 + row // 8] & (0x80 >> (row % 8)):
                            bits[x // 8] |= 0x80 >> (x % 8)
                    paper[y + row] = bytes(bits)
                pending = None
            y += spacing
    assert pending is None, "an ESC * stripe was never printed"
    return [paper.get(row, bytes(width_bytes)) for row in range(max(paper, default=-1) + 1)]


def image_rows(image: QImage) -> list[bytes]:
    pil = to_pil(image)
    width_bytes = (pil.width + 7) // 8
    raw = pil.tobytes("raw", "1;I")
    return [raw[r * width_bytes : (r + 1) * width_bytes] for r in range(pil.height)]


def names(commands: list[Command]) -> list[str]:
    return [c.name for c in commands]


@pytest.mark.parametrize("width", [384, 512, 576])
def test_the_raster_image_is_exactly_as_wide_as_the_printer(width: int) -> None:
    image = render_receipt(CASH, width=width)
    commands = decode(receipt_bytes(CASH, PrinterSettings(width=width)))
    rasters = [c for c in commands if c.name == "raster"]
    assert rasters
    assert all(c.params[1] * 8 == width for c in rasters)
    assert sum(c.params[2] for c in rasters) == image.height()


def test_a_cash_receipt_kicks_the_drawer_before_printing_and_ends_with_feed_and_cut() -> None:
    decoded = decode(receipt_bytes(CASH, PrinterSettings()))
    commands = names(decoded)
    assert commands[:2] == ["init", "drawer"]
    assert decoded[-1] == Command("cut", (66, 0))  # GS V 66 0: feed to the cutter, cut
    assert commands.count("drawer") == 1


def test_a_card_receipt_never_opens_the_cash_drawer() -> None:
    commands = decode(receipt_bytes(CARD, PrinterSettings()))
    assert "drawer" not in names(commands)
    assert names(commands)[-1] == "cut"


def test_a_duplicate_or_a_void_slip_never_opens_the_cash_drawer() -> None:
    for data in (
        dataclasses.replace(CASH, print_count=1),
        dataclasses.replace(CASH, status="void"),
    ):
        assert "drawer" not in names(decode(receipt_bytes(data, PrinterSettings())))


def test_the_drawer_pulse_goes_to_the_configured_pin() -> None:
    pin2 = next(c for c in decode(receipt_bytes(CASH, PrinterSettings())) if c.name == "drawer")
    pin5 = next(
        c for c in decode(receipt_bytes(CASH, PrinterSettings(drawer_pin=5))) if c.name == "drawer"
    )
    assert (pin2.params[0], pin5.params[0]) == (0, 1)


@pytest.mark.parametrize(
    ("cut", "tail"),
    [
        ("auto", [Command("cut", (66, 0))]),
        ("feed-partial", [Command("cut", (66, 0))]),
        ("feed-full", [Command("cut", (65, 0))]),
        ("partial", [Command("feed", (6,)), Command("cut", (1,))]),
        ("full", [Command("feed", (6,)), Command("cut", (0,))]),
        ("none", [Command("feed", (6,))]),
    ],
)
def test_every_cut_form_is_its_native_command(cut: str, tail: list[Command]) -> None:
    commands = decode(receipt_bytes(CARD, PrinterSettings(cut=cut)))
    assert commands[-len(tail) :] == tail
    assert names(commands[: -len(tail)]).count("cut") == 0


def test_the_default_cut_is_the_feed_and_cut_form_for_every_profile_but_legacy() -> None:
    for name in PROFILES:
        last = decode(receipt_bytes(CARD, PrinterSettings(profile=name)))[-1]
        expected = (0,) if name == "legacy-full" else (66, 0)
        assert last == Command("cut", expected), name


def test_a_long_receipt_is_sent_in_fragments_of_the_configured_height() -> None:
    image = render_receipt(CASH, width=384)
    commands = decode(encode_image(image, EscposOptions(fragment_height=256)))
    heights = [c.params[2] for c in commands if c.name == "raster"]
    assert all(h <= 256 for h in heights) and heights[:-1] == [256] * (len(heights) - 1)
    assert sum(heights) == image.height()


def test_our_raster_is_byte_for_byte_what_python_escpos_writes() -> None:
    image = render_receipt(CASH, width=512)
    ours = encode_image(image, EscposOptions(cut="none", fragment_height=300))
    assert ours.endswith(b"\x1bd\x06")
    ours = ours[:-3]
    reference = Dummy()
    reference.profile.profile_data = {
        **reference.profile.profile_data,
        "media": {"width": {"pixels": 512}},
    }
    reference._raw(b"\x1b@")
    reference.image(to_pil(image), impl="bitImageRaster", fragment_height=300)
    assert ours == reference.output


def test_raster_bits_are_the_black_dots_of_the_image() -> None:
    image = render_receipt(dataclasses.replace(CASH, print_count=2), width=384)
    raster = next(c for c in decode(encode_image(image)) if c.name == "raster")
    width_bytes = raster.params[1]

    def dot(x: int, y: int) -> bool:
        return bool(raster.data[y * width_bytes + x // 8] & (0x80 >> (x % 8)))

    assert dot(0, 12) and dot(383, 12)  # the DUPLICATA banner is black edge to edge
    assert not dot(0, 0)  # above it, the top margin
    for x, y in ((5, 5), (200, 3), (100, 60), (300, 200)):
        assert dot(x, y) == (image.pixelColor(x, y).lightness() < 128)


@pytest.mark.parametrize(
    ("impl", "marker"), [("graphics", b"\x1d(L"), ("bitImageColumn", b"\x1b*")]
)
def test_older_printers_get_their_own_image_command(impl: str, marker: bytes) -> None:
    stream = encode_image(render_receipt(CARD, width=384), EscposOptions(impl=impl))
    assert marker in stream and b"\x1dv0" not in stream
    assert stream.endswith(b"\x1dVB\x00")


def test_unknown_options_are_refused() -> None:
    with pytest.raises(ValueError):
        EscposOptions(impl="laser")
    with pytest.raises(ValueError):
        EscposOptions(drawer_pin=3)


def _noise(width: int, height: int, seed: int) -> QImage:
    """A 1-bit image of random dots: every bit of every fragment matters."""
    rng = random.Random(seed)
    stride = (width + 31) // 32 * 4
    raw = bytes(rng.getrandbits(8) for _ in range(stride * height))
    image = QImage(raw, width, height, stride, QImage.Format.Format_Mono)
    image.setColorTable([0xFFFFFFFF, 0xFF000000])
    return image.copy()


@pytest.mark.parametrize("width", [384, 512, 576])
@pytest.mark.parametrize("impl", ["bitImageRaster", "graphics", "bitImageColumn"])
def test_the_printed_receipt_is_the_drawn_image_for_every_command_and_width(
    impl: str, width: int
) -> None:
    image = render_receipt(CASH, width=width)
    commands = decode(receipt_bytes(CASH, PrinterSettings(width=width, impl=impl)))
    paper = rebuild(commands, width)
    expected = image_rows(image)
    assert paper[: len(expected)] == expected
    assert all(row == bytes(len(row)) for row in paper[len(expected) :])  # padding is white
    assert len(paper) - len(expected) < 24


@pytest.mark.slow  # 36 receipts up to 4096 rows
@pytest.mark.parametrize("width", [384, 512, 576])
@pytest.mark.parametrize("impl", ["bitImageRaster", "graphics", "bitImageColumn"])
@pytest.mark.parametrize("fragment_height", [8, 100, 960, 4096])
def test_no_length_field_overflows_and_every_dot_arrives(
    impl: str, width: int, fragment_height: int
) -> None:
    image = _noise(width, 2500, seed=width + fragment_height)
    stream = encode_image(image, EscposOptions(impl=impl, fragment_height=fragment_height))
    commands = decode(stream)
    expected = image_rows(image)
    paper = rebuild(commands, width)
    assert paper[: len(expected)] == expected
    assert all(row == bytes(len(row)) for row in paper[len(expected) :])
    limit = max_fragment_rows(impl, width)
    for c in commands:
        if c.name in ("raster", "graphics_store"):
            assert c.params[-1] <= min(fragment_height, limit)
        if c.name == "graphics_store":
            assert len(c.data) + 10 <= 0xFFFF


def test_graphics_at_576_dots_with_the_default_fragment_stays_within_its_length_field() -> None:
    """The reported case: 960 rows x 72 bytes = 69,130 bytes, which wrapped to 3,594."""
    image = _noise(576, 1900, seed=1)
    commands = decode(encode_image(image, EscposOptions(impl="graphics", fragment_height=960)))
    heights = [c.params[1] for c in commands if c.name == "graphics_store"]
    assert heights == [910, 910, 80]
    assert names(commands).count("graphics_print") == 3
