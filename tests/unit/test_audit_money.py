"""The audit formats amounts without building a Money (it does so for every amount of a
year of payments); the result must be exactly ``Money.as_str``, which the services wrote
into the journal."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.audit import _iso, _money
from desktop.domain.errors import DomainError
from desktop.money import CURRENCIES, Money


@given(st.integers(min_value=-(10**15), max_value=10**15), st.sampled_from(sorted(CURRENCIES)))
def test_the_fast_amount_text_is_money_as_str(minor: int, currency: str) -> None:
    assert _money(minor, currency) == Money(minor, currency).as_str()


def test_an_unknown_currency_is_refused_as_money_refuses_it() -> None:
    with pytest.raises(DomainError):
        _money(100, "XXX")


@pytest.mark.parametrize(
    ("stored", "journaled"),
    [
        ("2026-03-02 09:00:00.000000", "2026-03-02T09:00:00"),
        ("2026-03-02 09:00:00.123456", "2026-03-02T09:00:00.123456"),
        ("2026-03-02 09:00:00", "2026-03-02T09:00:00"),
    ],
)
def test_a_stored_timestamp_reads_as_the_services_isoformat(stored: str, journaled: str) -> None:
    assert _iso(stored) == journaled
