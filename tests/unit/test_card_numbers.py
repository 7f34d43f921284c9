"""The one card-number detector: Luhn-valid 13–19 digits whatever separates them, in any
decimal digits; UUIDs, hex digests, dates, phones and receipt numbers pass."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.card_numbers import find_card_number, luhn_valid, refuse_card_number
from desktop.domain.errors import DomainError

PAN = "4111111111111111"
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@pytest.mark.parametrize(
    "text",
    [
        PAN,
        "4111 1111 1111 1111",
        "4111.1111.1111.1111",
        "4111/1111/1111/1111",
        "4111_1111_1111_1111",
        "4111-1111-1111-1111",
        "4111 - 1111 - 1111 - 1111",
        "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",
        "ref TPE 12 4111 1111 1111 1111 ok",
        "carte 4111*1111*1111*1111",
        "client a donné sa carte 4111\u00a01111\u20091111\u202f1111",
        PAN.translate(ARABIC_INDIC),
        "4111 1111 ".translate(PERSIAN) + "1111 1111",
        "amina.4111111111111111@example.com",
        "5500 0000 0000 0004",  # Mastercard test number
        "378282246310005",  # Amex, 15 digits
        "6011111111111117",
        "4222222222222",  # 13 digits
    ],
)
def test_a_card_number_is_found_whatever_separates_its_digits(text: str) -> None:
    assert find_card_number(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "",
        None,
        "4111111111111112",  # Luhn fails
        "9e7a08a1-2101-4088-8175-0d677777548c",
        "3f5a0c2b9d1e4f60a7b8c9d0e1f2a3b4",
        "2401-T01-2026-000123",
        "0661234567",
        "le 02/12/2026 à 09:30",
        "4111 1111      1111 1111",  # the gap is too wide to be one number
        "4111 1111 x 1111 1111",  # a letter ends the run
        "compteur 12345678 index 41250 le 2026-11-20",
        "TPE-0042",
    ],
)
def test_other_texts_pass(text: str | None) -> None:
    assert find_card_number(text) is None


def test_the_refusal_names_the_field_and_only_the_last_four_digits() -> None:
    with pytest.raises(DomainError) as err:
        refuse_card_number("justification", "compté 4111.1111.1111.1111 par erreur")
    assert err.value.code == "text.card_number"
    message = err.value.message()
    assert "justification" in message and "1111" in message and PAN not in message
    assert "4111.1111" not in message and "last 4 digits" in message
    refuse_card_number("note", "client remboursé, reçu signé")  # no error


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_valid(body + d):
            return body + d
    raise AssertionError


@given(
    body=st.text("0123456789", min_size=12, max_size=18),
    seps=st.lists(
        st.sampled_from([" ", ".", "-", "/", "_", " / ", "--", "\u00a0"]), min_size=18, max_size=18
    ),
    digits=st.sampled_from([None, ARABIC_INDIC, PERSIAN]),
    prefix=st.sampled_from(["", "ref ", "note: ", "x@"]),
)
def test_any_luhn_valid_number_with_any_separators_is_found(
    body: str, seps: list[str], digits: dict[int, str] | None, prefix: str
) -> None:
    pan = luhn_complete(body)
    text = "".join(ch + (seps[i] if i < len(pan) - 1 else "") for i, ch in enumerate(pan))
    if digits:
        text = text.translate(digits)
    found = find_card_number(prefix + text)
    assert found is not None and found in pan  # the PAN, or a Luhn-valid part of it
