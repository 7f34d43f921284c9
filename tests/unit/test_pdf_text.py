"""Fonts, shaping and wrapping of the PDF text layer."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.ttfonts import ShapedStr

from reports.pdf_bidi import MIRROR
from reports.pdf_text import ARABIC, BIDI_CONTROLS, LATIN, layout, register_fonts, wrap


def setup_module() -> None:
    register_fonts()


def test_arabic_letters_are_shaped_in_the_arabic_font_and_latin_in_the_latin_font() -> None:
    line = layout("محمد بن علي — Mohamed Benali", 10, rtl=True)
    fonts = {c.font for c in line.chunks}
    assert fonts == {ARABIC, LATIN}
    arabic = [c for c in line.chunks if c.font == ARABIC]
    assert all(isinstance(c.text, ShapedStr) for c in arabic)
    # Shaped text uses contextual forms (presentation forms), not the isolated letters.
    assert any(
        unicodedata.name(ch).startswith("ARABIC LETTER") and "FORM" in unicodedata.name(ch)
        for c in arabic
        for ch in c.text
    )
    # Latin stays in reading order, at the left of the right-to-left line.
    assert line.chunks[0].text.strip() == "Mohamed Benali"


def test_no_discretionary_ligature_turns_a_name_into_a_vowelled_glyph() -> None:
    line = layout("محمد", 10, rtl=True)
    assert "\ufdf4" not in "".join(c.text for c in line.chunks)  # ﷴ


def test_bidi_controls_are_not_drawn() -> None:
    line = layout("\u2068\u200f1.234,50\u00a0د.ج.\u200f\u2069", 10, rtl=True)
    drawn = "".join(c.text for c in line.chunks)
    assert not set(drawn) & set("\u2066\u2067\u2068\u2069\u200e\u200f")


def test_wrapped_arabic_keeps_the_first_words_on_the_first_line() -> None:
    words = [
        "نشهد",
        "بأن",
        "الزبون",
        "صاحب",
        "الحساب",
        "رقم",
        "\u20662401000001\u2069",
        "قد",
        "سدد",
        "جميع",
        "فواتيره",
    ]
    lines = wrap(" ".join(words), 120, 10, rtl=True)
    assert len(lines) > 1
    assert all(line.width <= 120 for line in lines)
    first = layout(words[0], 10, rtl=True).chunks[0].text
    assert str(first) in "".join(str(c.text) for c in lines[0].chunks)


def test_an_isolated_number_is_never_split_across_lines() -> None:
    lines = wrap("المبلغ \u20661\u00a0234\u00a0567,89\u2069 دج", 40, 10, rtl=True)
    assert any("1\u00a0234\u00a0567,89" in "".join(c.text for c in line.chunks) for line in lines)


@given(
    st.text(
        alphabet=st.sampled_from(
            list("محمد بن علي لا ألف ") + list("Abc 123 ()[]:.,-") + ["\u2066", "\u2069"]
        ),
        min_size=1,
        max_size=30,
    ),
    st.booleans(),
)
def test_chunks_in_reading_order_give_back_the_typed_text(text: str, rtl: bool) -> None:
    """What a PDF reader extracts (chunks in ``order``, each chunk's ``logical``, brackets
    of right-to-left chunks drawn flipped back to the typed one) is the text as typed."""
    line = layout(text, 10, False, rtl)
    read = ""
    for chunk in sorted(line.chunks, key=lambda c: c.order):
        flipped = chunk.rtl and not isinstance(chunk.text, ShapedStr)
        read += "".join(MIRROR.get(ch, ch) for ch in chunk.logical) if flipped else chunk.logical
    typed = "".join(ch for ch in text if ch not in BIDI_CONTROLS)
    assert read.split() == typed.split()  # a space at a direction change may move
