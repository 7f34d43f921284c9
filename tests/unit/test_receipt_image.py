"""The drawn receipt: 1 bit per dot at the printer's width, banners, QR code, both scripts."""

from __future__ import annotations

import dataclasses
import sys

import pytest
import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desktop.domain.errors import DomainError
from reports.receipt_canvas import Canvas
from reports.receipt_image import render_receipt, render_test_page
from tests.unit.test_receipt_escpos import CARD, CASH


def black(image: QImage, x: int, y: int) -> bool:
    return image.pixelColor(x, y).lightness() < 128


def full_black_rows(image: QImage, top: int, bottom: int) -> list[int]:
    return [
        y
        for y in range(top, bottom)
        if all(black(image, x, y) for x in (0, image.width() // 2, image.width() - 1))
    ]


@pytest.mark.parametrize("width", [384, 512, 576])
def test_the_receipt_is_a_one_bit_image_at_each_printer_width(width: int) -> None:
    image = render_receipt(CASH, width=width)
    assert image.format() == QImage.Format.Format_Mono
    assert image.width() == width
    assert 600 < image.height() < 3000


def test_an_unsupported_width_is_refused_with_the_supported_ones() -> None:
    with pytest.raises(DomainError) as err:
        render_receipt(CASH, width=400)
    assert err.value.code == "printer.width_invalid"
    assert "384, 512 or 576" in err.value.message()


def test_an_original_has_no_banner_and_a_duplicate_starts_with_one() -> None:
    original = render_receipt(CASH, width=384)
    duplicate = render_receipt(dataclasses.replace(CASH, print_count=1), width=384)
    assert full_black_rows(original, 0, 60) == []
    assert len(full_black_rows(duplicate, 0, 60)) > 20


def test_a_void_slip_has_a_banner_at_the_top_and_at_the_bottom() -> None:
    slip = render_receipt(dataclasses.replace(CASH, status="void"), width=384)
    h = slip.height()
    assert full_black_rows(slip, 0, 60) and full_black_rows(slip, h - 80, h)


def test_the_qr_code_drawn_is_the_verification_string() -> None:
    image = render_receipt(CASH, width=576)
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, mask_pattern=2
    )
    code.add_data(CASH.verification)
    code.make(fit=True)
    matrix = code.get_matrix()
    module = 576 // 96
    side = module * len(matrix)
    x0 = (576 - side) // 2
    # The top edge of the finder pattern: 7 dark modules from x0, then a light one.
    y0 = next(
        y
        for y in range(image.height())
        if all(black(image, x, y) for x in range(x0, x0 + 7 * module))
        and not black(image, x0 + 7 * module + module // 2, y)
        and not black(image, x0 - 2, y)
    )
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            centre = (x0 + c * module + module // 2, y0 + r * module + module // 2)
            assert black(image, *centre) == dark, (r, c)


def test_arabic_names_are_set_right_aligned_and_french_names_left_aligned() -> None:
    canvas = Canvas(384, ("ar", "fr"))
    canvas.text("محمد بن علي", align=Qt.AlignmentFlag.AlignRight)
    ar = canvas.finish()
    canvas = Canvas(384, ("ar", "fr"))
    canvas.text("Mohamed Benali", align=Qt.AlignmentFlag.AlignLeft)
    fr = canvas.finish()

    def ink_columns(image: QImage) -> list[int]:
        return [
            x
            for x in range(image.width())
            if any(black(image, x, y) for y in range(image.height()))
        ]

    assert min(ink_columns(ar)) > 384 // 2 and max(ink_columns(ar)) > 384 - 20
    assert max(ink_columns(fr)) < 384 // 2 and min(ink_columns(fr)) < 20


def test_arabic_letters_are_shaped_into_joined_forms() -> None:
    """With shaping, ZERO WIDTH NON-JOINERs between the letters change the glyphs drawn;
    without it (letters drawn one by one) both would look the same."""

    def drawn(text: str) -> QImage:
        canvas = Canvas(384, ("ar",))
        canvas.text(text)
        return canvas.finish()

    assert drawn("محمد") != drawn("\u200c".join("محمد"))


def test_language_order_and_single_language_change_the_layout() -> None:
    both = render_receipt(CARD, width=576, languages=("ar", "fr"))
    french = render_receipt(CARD, width=576, languages=("fr",))
    arabic = render_receipt(CARD, width=576, languages=("ar",))
    assert french != arabic and french != both and arabic != both
    assert french.height() < both.height()


def test_many_receipts_in_one_process_do_not_bleed_references_to_none() -> None:
    """PySide6 6.12.0 drops a reference to None on every void call (Python < 3.12), and the
    interpreter aborts after a few receipts; the dependency pin keeps such a release out, and
    this test fails if one slips in."""
    render_receipt(CASH, width=576)
    before = sys.getrefcount(None)
    for _ in range(5):
        render_receipt(CASH, width=576)
    assert before - sys.getrefcount(None) < 500


def test_the_test_page_marks_both_edges_of_the_paper() -> None:
    page = render_test_page(width=384)
    assert page.width() == 384
    rows = [
        y
        for y in range(page.height())
        if black(page, 2, y) and black(page, 381, y) and not black(page, 192, y)
    ]
    assert len(rows) >= 30


@pytest.mark.parametrize(
    ("field", "hostile", "clean"),
    [
        ("name_latin", "ALI \u202eDIAP 0001 AZD\u202c", "ALI DIAP 0001 AZD"),  # balanced spoof
        ("name_latin", "ALI \u202eDIAP 0001 AZD", "ALI DIAP 0001 AZD"),  # unbalanced
        ("name_ar", "\u202bمحمد \u202dPAID\u2066 بن علي", "محمد PAID بن علي"),
        ("name_latin", "BENALI\x1b[1m\r\nPAID\x9b", "BENALI[1m  PAID"),
        ("clerk", "Amina\u202e 0001", "Amina 0001"),
    ],
)
def test_a_name_with_bidi_or_control_characters_prints_as_the_name_without_them(
    field: str, hostile: str, clean: str
) -> None:
    """The paper shows the letters in their own order: U+202E cannot turn "ALI DIAP 0001"
    into "ALI 1000 PAID", a line break cannot forge a second line."""
    spoofed = render_receipt(dataclasses.replace(CASH, **{field: hostile}), width=576)
    honest = render_receipt(dataclasses.replace(CASH, **{field: clean}), width=576)
    assert spoofed == honest


def test_the_canvas_itself_would_draw_the_override_so_the_receipt_test_can_fail() -> None:
    def drawn(text: str) -> QImage:
        canvas = Canvas(576, ("fr",))
        canvas.text(text, align=Qt.AlignmentFlag.AlignLeft)
        return canvas.finish()

    assert drawn("ALI \u202eDIAP 0001 AZD\u202c") != drawn("ALI DIAP 0001 AZD")


def test_a_damaged_locale_still_draws_the_receipt() -> None:
    assert render_receipt(dataclasses.replace(CASH, locale="zz_!!"), width=384).width() == 384
