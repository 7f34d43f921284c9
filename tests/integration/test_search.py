"""The one search box on a real SQLite FTS5 index: identifiers, phones, names in two scripts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.store.db import Store
from desktop.store.models import Account, Bill
from desktop.store.search import EXACT, SearchHit, search_accounts
from tests.factories import BillSpec, Created, make_account


@pytest.fixture
def people(store: Store) -> dict[str, Created]:
    """A few accounts whose names, phones and numbers overlap the way real ones do."""
    return {
        "ahmed": make_account(
            store,
            account_no="240100123",
            name_ar="أحمد بن عيسى",
            name_latin="Benaïssa Ahmed",
            address="Cité 500 Logements, bloc C",
            phone1="0555 12 34 56",
            bills=[BillSpec(dt.date(2025, 1, 20), 10_000, bill_no="F2025010042")],
        ),
        "prefix": make_account(  # its number starts with ahmed's: must rank after the exact one
            store,
            account_no="2401001234",
            name_ar="سعيد حداد",
            name_latin="Said Haddad",
            address="Rue Ben Mhidi",
            phone1="0661 00 00 01",
        ),
        "fatima": make_account(
            store,
            account_no="240100777",
            name_ar="فاطمة الزهراء مصطفى",
            name_latin="Fatima Zohra Moustafa",
            address="Avenue de l'Indépendance",
            phone1="+212 6 12 34 56 78",
        ),
    }


def search(store: Store, query: str) -> list[SearchHit]:
    with store.read() as s:
        return search_accounts(s, query)


def numbers(hits: list[SearchHit]) -> list[str]:
    return [h.account_no for h in hits]


def test_exact_account_number_ranks_first(store: Store, people: dict[str, Created]) -> None:
    hits = search(store, "240100123")
    assert numbers(hits)[:2] == ["240100123", "2401001234"]
    assert (hits[0].kind, hits[0].rank) == ("account", EXACT)
    assert hits[1].rank > EXACT


def test_account_number_typed_with_spaces_and_arabic_digits_is_found(
    store: Store, people: dict[str, Created]
) -> None:
    assert numbers(search(store, "٢٤٠١ ٠٠٧٧٧"))[0] == "240100777"


def test_meter_number_finds_its_account(store: Store, people: dict[str, Created]) -> None:
    meter = people["fatima"].meter_nos[0]
    hits = search(store, meter.lower())
    assert (hits[0].account_no, hits[0].kind, hits[0].matched) == ("240100777", "meter", meter)


@pytest.mark.parametrize(
    "typed", ["0555123456", "0555 12 34 56", "+213 555 12 34 56", "00213555123456"]
)
def test_phone_in_national_or_international_form_finds_the_account(
    store: Store, people: dict[str, Created], typed: str
) -> None:
    hits = search(store, typed)
    assert numbers(hits) == ["240100123"]
    assert hits[0].kind == "phone"


def test_moroccan_phone_finds_the_account(store: Store, people: dict[str, Created]) -> None:
    assert numbers(search(store, "+212612345678")) == ["240100777"]


def test_bill_reference_scanned_finds_the_account_and_the_bill(
    store: Store, people: dict[str, Created]
) -> None:
    hits = search(store, "F2025010042")
    assert (hits[0].account_no, hits[0].kind, hits[0].matched, hits[0].rank) == (
        "240100123",
        "bill",
        "F2025010042",
        EXACT,
    )


@pytest.mark.parametrize(
    "typed",
    ["أحمد", "احمد", "أَحْمَد", "احـمد", "إحمد", "عيسي", "عيسى", "احمد عيس", "بن احمد"],
)
def test_arabic_name_is_found_with_or_without_hamza_diacritics_or_tatweel(
    store: Store, people: dict[str, Created], typed: str
) -> None:
    assert numbers(search(store, typed)) == ["240100123"]


@pytest.mark.parametrize("typed", ["فاطمه", "فاطمة", "مصطفي", "الزهراء"])
def test_ta_marbuta_and_alef_maqsura_are_interchangeable(
    store: Store, people: dict[str, Created], typed: str
) -> None:
    assert numbers(search(store, typed)) == ["240100777"]


@pytest.mark.parametrize("typed", ["benaissa", "BENAISSA", "Benaïssa", "ahmed bena", "benaïssa"])
def test_latin_name_is_found_in_any_case_with_or_without_accents(
    store: Store, people: dict[str, Created], typed: str
) -> None:
    assert numbers(search(store, typed)) == ["240100123"]


def test_address_word_finds_the_account(store: Store, people: dict[str, Created]) -> None:
    assert numbers(search(store, "logements")) == ["240100123"]
    assert numbers(search(store, "independance")) == ["240100777"]


def test_a_name_that_matches_nobody_finds_nothing(store: Store, people: dict[str, Created]) -> None:
    assert search(store, "Zerrouki") == []
    assert search(store, "") == []


@pytest.mark.parametrize(
    "typed",
    [
        '"* OR x',
        "NEAR(",
        "'; DROP TABLE accounts; --",
        "ahmed OR *",
        'terms:"a',
        "^ahmed",
        "a AND NOT b",
        '"""',
        "_",
        "%",
        "\x00",
        "أحمد\u202e",
    ],
)
def test_fts_syntax_typed_in_the_box_never_raises_and_changes_nothing(
    store: Store, people: dict[str, Created], typed: str
) -> None:
    hits = search(store, typed)
    assert isinstance(hits, list)
    with store.read() as s:
        assert s.execute(select(func.count()).select_from(Account)).scalar_one() == 3
        assert s.execute(select(func.count()).select_from(Bill)).scalar_one() == 1
    assert numbers(search(store, "benaissa")) == ["240100123"]


def test_a_word_inside_an_injection_attempt_is_searched_as_a_plain_word(
    store: Store, people: dict[str, Created]
) -> None:
    assert numbers(search(store, '"ahmed" OR *')) == []  # "or" is a word nobody has
    assert numbers(search(store, "ahmed)")) == ["240100123"]


def test_a_holders_name_comes_before_a_street_named_after_someone(store: Store) -> None:
    from desktop.store.search import LIMIT

    # More neighbours on "Rue Mohamed Khemisti" than one page of results, created first.
    for n in range(LIMIT + 5):
        make_account(
            store,
            name_ar="سارة بوشامة",
            name_latin=f"Bouchama Sarah {n}",
            address=f"{n} Rue Mohamed Khemisti",
            city="Guelma",
        )
    holder = make_account(
        store,
        name_ar="محمد مرابط",
        name_latin="Merabet Mohamed",
        address="5 Cité 500 Logements",
        city="Guelma",
    )
    with store.read() as s:
        hits = search_accounts(s, "mohamed")
        assert hits[0].account_no == holder.account_no
        street = search_accounts(s, "khemisti")
        assert len(street) == LIMIT and holder.account_no not in [h.account_no for h in street]
        mixed = search_accounts(s, "merabet guelma")  # a name and a place together
        assert [h.account_no for h in mixed] == [holder.account_no]
