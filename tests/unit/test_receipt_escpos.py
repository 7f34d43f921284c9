"""The ESC/POS stream of a receipt, decoded command by command: raster width, cut, drawer."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import pytest
from escpos.printer import Dummy

from desktop.devices.settings import PrinterSettings
from desktop.money import Money
from desktop.services.receipts import ReceiptBill, ReceiptData
from reports.receipt_escpos import EscposOptions, encode_image, to_pil
from reports.receipt_image import render_receipt
from reports.receipt_print import receipt_bytes


def dzd(minor: int) -> Money:
    return Money(minor, "DZD")


CASH = ReceiptData(
    company_name="Sonelgaz Distribution Est", agency_name="Guelma Centre", header_lines=(),
    footer_lines=(), receipt_no="2401-T01-2025-000001",
    issued_at=dt.datetime(2025, 6, 15, 11, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
    clerk="Amina Belkacem", agency_code="2401", terminal_code="T01", account_no="240100000001",
    name_ar="محمد بن علي", name_latin="Mohamed Benali",
    bills=(ReceiptBill("F1", "electricity", dt.date(2025, 1, 1), dt.date(2025, 3, 31),
                       dzd(146_656)),),
    credit=dzd(0), total=dzd(146_656), tender="cash", tendered=dzd(150_000),
    change=dzd(3_344), card_scheme=None, card_last4=None, auth_code=None, terminal_ref=None,
    balance_after=dzd(0), status="valid", print_count=0, record_hash="0123456789abcdef",
    verification="GCH1;2401-T01-2025-000001;1466.56 DZD;2025-06-15T10:30:00Z;0123456789abcdef",
    locale="fr_DZ",
)  # fmt: skip
CARD = dataclasses.replace(
    CASH, tender="card", tendered=None, change=dzd(0), card_scheme="CIB", card_last4="4242",
    auth_code="A1B2C3",
)  # fmt: skip


@dataclass(frozen=True)
class Command:
    """One decoded command: name, its parameters, and for a raster image its data."""

    name: str
    params: tuple[int, ...] = ()
    data: bytes = b""


def decode(stream: bytes) -> list[Command]:
    """Walk the stream command by command; anything unexpected fails the test."""
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
        elif rest.startswith(b"\x1dv0"):
            m, xl, xh, yl, yh = rest[3:8]
            width_bytes, height = xl + 256 * xh, yl + 256 * yh
            size = width_bytes * height
            out.append(Command("raster", (m, width_bytes, height), rest[8 : 8 + size]))
            assert len(rest) >= 8 + size, "raster data cut short"
            i += 8 + size
        elif rest.startswith(b"\x1bd"):
            out.append(Command("feed", (rest[2],)))
            i += 3
        elif rest.startswith(b"\x1dV"):
            out.append(Command("cut", (rest[2],)))
            i += 3
        else:
            raise AssertionError(f"unknown command at byte {i}: {rest[:8]!r}")
    return out


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
    commands = names(decode(receipt_bytes(CASH, PrinterSettings())))
    assert commands[:2] == ["init", "drawer"]
    assert commands[-2:] == ["feed", "cut"]
    assert commands.count("drawer") == 1


def test_a_card_receipt_never_opens_the_cash_drawer() -> None:
    commands = decode(receipt_bytes(CARD, PrinterSettings()))
    assert "drawer" not in names(commands)
    assert names(commands)[-1] == "cut"


def test_a_duplicate_or_a_void_slip_never_opens_the_cash_drawer() -> None:
    for data in (dataclasses.replace(CASH, print_count=1), dataclasses.replace(CASH, status="void")):
        assert "drawer" not in names(decode(receipt_bytes(data, PrinterSettings())))


def test_the_drawer_pulse_goes_to_the_configured_pin() -> None:
    pin2 = next(c for c in decode(receipt_bytes(CASH, PrinterSettings())) if c.name == "drawer")
    pin5 = next(
        c for c in decode(receipt_bytes(CASH, PrinterSettings(drawer_pin=5))) if c.name == "drawer"
    )
    assert (pin2.params[0], pin5.params[0]) == (0, 1)


def test_full_and_partial_cuts_are_native_commands() -> None:
    full = decode(receipt_bytes(CARD, PrinterSettings(cut="full")))[-1]
    part = decode(receipt_bytes(CARD, PrinterSettings(cut="partial")))[-1]
    assert (full.name, full.params, part.name, part.params) == ("cut", (0,), "cut", (1,))


def test_a_long_receipt_is_sent_in_fragments_of_the_configured_height() -> None:
    image = render_receipt(CASH, width=384)
    commands = decode(encode_image(image, EscposOptions(fragment_height=256)))
    heights = [c.params[2] for c in commands if c.name == "raster"]
    assert all(h <= 256 for h in heights) and heights[:-1] == [256] * (len(heights) - 1)
    assert sum(heights) == image.height()


def test_our_raster_is_byte_for_byte_what_python_escpos_writes() -> None:
    image = render_receipt(CASH, width=512)
    ours = encode_image(image, EscposOptions(cut="none", fragment_height=300))
    reference = Dummy()
    reference.profile.profile_data = {**reference.profile.profile_data,
                                      "media": {"width": {"pixels": 512}}}  # fmt: skip
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


@pytest.mark.parametrize(("impl", "marker"), [("graphics", b"\x1d(L"), ("bitImageColumn", b"\x1b*")])
def test_older_printers_get_their_own_image_command(impl: str, marker: bytes) -> None:
    stream = encode_image(render_receipt(CARD, width=384), EscposOptions(impl=impl))
    assert marker in stream and b"\x1dv0" not in stream
    assert stream.endswith(b"\x1dV\x00")


def test_unknown_options_are_refused() -> None:
    with pytest.raises(ValueError):
        EscposOptions(impl="laser")
    with pytest.raises(ValueError):
        EscposOptions(drawer_pin=3)
