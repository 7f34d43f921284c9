"""The search box against anything typed: SQL and FTS5 syntax, LIKE wildcards, any script.

Properties: a search never raises, and every account it returns is justified by what was
typed: an identifier (account, meter, bill, phone) starting with the typed identifier, or
names and address words that start with every typed word. So an FTS5 operator (``*``,
``NEAR``, ``OR``, a column filter) or a ``%`` can never widen a search to accounts that do
not match the words.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store.db import Store
from desktop.store.models import Account
from desktop.store.name_keys import KEY_MARK, LITERAL, bundled_equivalences, name_keys, name_units
from desktop.store.search import search_accounts
from desktop.store.typo import within_one_edit
from desktop.text import account_terms, normalize_identifier, normalize_phone, search_words
from tests.factories import BillSpec, make_account
from tests.fuzz import strategies as fz
from tests.fuzz.conftest import examples

NAMES = [
    ("محمد بن علي", "Mohamed Benali", "12 rue des Frères Bouadou", "0555123456"),
    ("علي بن_علي", "Ben_Ali Karim", "Cité 100% Logements", "0661000001"),
    ("فاطمة الزهراء", "Fatima Zohra O'Brien", 'Rue "Le Rouge" (bloc C)', "+212612345678"),
    ("سعيد", "Said * NEAR", "terms: account_search", None),
]


@pytest.fixture
def town(store: Store) -> dict[int, str]:
    """Accounts whose names hold the characters an attacker would type; id -> their terms."""
    terms = {}
    for name_ar, name_latin, address, phone in NAMES:
        made = make_account(
            store,
            name_ar=name_ar,
            name_latin=name_latin,
            address=address,
            phone1=phone,
            bills=[BillSpec(dt.date(2025, 1, 20), 10_000)],
        )
        terms[made.account_id] = account_terms(name_ar, name_latin, address, "Guelma", "Centre")
    return terms


def _justified(store: Store, hit, query: str, terms: dict[int, str]) -> bool:  # type: ignore[no-untyped-def]
    if hit.kind in ("account", "meter", "bill"):
        ident = normalize_identifier(query)
        return len(ident) >= 3 and normalize_identifier(hit.matched).startswith(ident)
    if hit.kind == "phone":
        return normalize_phone(hit.matched).startswith(normalize_phone(query))
    # Tokens as FTS5's unicode61 tokenizer cuts them ('_' separates, like any punctuation).
    words = [t for t in re.split(r"[\W_]+", terms[hit.account_id]) if t]
    bare = [w[1:] if w.startswith("0") else w for w in words]  # place words carry a mark
    typed = [t for w in search_words(query) for t in re.split(r"[\W_]+", w) if t]
    if all(any(t.startswith(q) for t in words + bare) for q in typed):
        return True
    # Name variants and typos (desktop.store.search tiers 2 and 4): justified by the keys of
    # the holder's names, or by a name word one edit away from each typed word.
    names = [t for t in words if not t.startswith(("0", KEY_MARK))]
    if hit.match == "name_typo":
        return all(any(t.startswith(q) or within_one_edit(q, t) for t in names) for q in typed)
    if hit.match != "name_variant":
        return False
    keys = name_keys(hit.name_ar, hit.name_latin)
    plain = [w for w in search_words(query) if "_" not in w and any(c.isalpha() for c in w)]
    literal = [t for w in search_words(query) if w not in plain for t in w.split("_") if t]
    units = name_units(plain, query=True)
    literal += [next(iter(u))[1:] for u in units if any(k.startswith(LITERAL) for k in u)]
    units = [u for u in units if not any(k.startswith(LITERAL) for k in u)]
    table = bundled_equivalences()
    wide = [u.union(*(table.get(k, frozenset()) for k in u)) for u in units]
    return all(any(t == q for t in names) for q in literal) and all(
        any(k.startswith(c) for k in keys for c in u) for u in wide
    )


QUERIES = st.one_of(
    fz.nasty_text(30),
    st.lists(
        st.sampled_from(
            [
                '"',
                "*",
                "^",
                "NEAR",
                "OR",
                "AND",
                "NOT",
                "(",
                ")",
                ":",
                "terms:",
                "%",
                "_",
                "'",
                ";",
                "--",
                "benali",
                "محمد",
                "ali",
                "mohamed",
                "0",
                "2401",
                "F0",
            ]
        ),
        max_size=6,
    ).map(" ".join),
)


@settings(
    max_examples=examples(150),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(query=QUERIES)
def test_any_text_typed_in_the_search_box_finds_only_what_it_says(
    store: Store, town: dict[int, str], query: str
) -> None:
    with store.read() as s:
        hits = search_accounts(s, query)
        assert s.query(Account).count() == len(NAMES)
    for hit in hits:
        assert _justified(store, hit, query, town), (query, hit)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("%", []),
        ("_", []),
        ("%%", []),
        ("100%", []),
        ("b_nali", []),
        ("ben_ali", ["Ben_Ali Karim"]),
        ("ben%", ["Ben_Ali Karim", "Mohamed Benali"]),  # '%' dropped: the word 'ben', as typed
        ("* NEAR", ["Said * NEAR"]),  # the words, not the FTS5 operators
        ('"le rouge"', ["Fatima Zohra O'Brien"]),
        ("terms:", ["Said * NEAR"]),  # a column filter is just the word 'terms'
        ("mohamed OR fatima", []),  # 'or' is a word nobody has, not an operator
        ("^mohamed", ["Mohamed Benali"]),
    ],
)
def test_sql_fts_and_like_metacharacters_are_taken_literally(
    store: Store, town: dict[int, str], typed: str, expected: list[str]
) -> None:
    with store.read() as s:
        names = sorted(h.name_latin for h in search_accounts(s, typed))
    assert names == sorted(expected)
