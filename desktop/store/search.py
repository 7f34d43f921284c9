"""The one search box: account, meter, phone, bill reference, names in Arabic or Latin, address.

Why this shape: identifiers (what a barcode scanner or a customer's card gives) are looked up
by exact value, then by prefix, on B-tree indexes; names and address words go through an FTS5
index of *folded* text (see desktop.text) that also holds the variant keys of the names
(desktop.store.name_keys: spelling variants, particles, the other script), with one-edit
typo candidates from B-tree tables (desktop.store.typo). Exact identifiers rank first, then
exact names, name variants, prefixes, typos and address matches, each hit saying how it
matched (``SearchHit.match``). Every statement binds its parameters, and FTS query text is
built from folded words and keys only, so nothing the clerk types can change the query.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desktop.store import typo
from desktop.store.name_keys import (
    KEY_MARK,
    LITERAL,
    bundled_equivalences,
    equivalence_map,
    index_tokens,
    is_article,
    is_particle,
    name_units,
)
from desktop.store.transliteration import (
    arabic_spelling,
    is_arabic,
    spelling_key,
    spelt_alike,
)
from desktop.text import (
    PLACE_MARK,
    account_terms,
    normalize_identifier,
    normalize_phone,
    search_words,
)

LIMIT = 50
_HIGH = "\U0010ffff"

# Ranks: lower is better. NAME: every word in the holder's names; NAME_VARIANT: every name
# part a variant of the holder's; NAME_PREFIX: every word starts a name word; NAME_TYPO: a
# word one edit away; PLACE: some words in the address (see _fts).
EXACT, PHONE, PREFIX, NAME, NAME_VARIANT, NAME_PREFIX, NAME_TYPO, PLACE = range(8)

TYPO_BELOW = 10
"""Typo tolerance is tried only when the name tiers before it found fewer accounts."""

MATCH = {
    NAME: "name",
    NAME_VARIANT: "name_variant",
    NAME_PREFIX: "name_prefix",
    NAME_TYPO: "name_typo",
    PLACE: "address",
}
"""How a name-box hit matched (``SearchHit.match``); identifier hits carry their kind."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One account found.

    Fields: account_id, account_no, name_ar, name_latin, city, address, status; kind (what
    matched: account, bill, meter, phone, name); matched (the matching identifier, e.g. the
    bill reference to preselect); rank (0 = exact identifier); home_agency (another agency's
    code when the account came from a remote look-up, else None); match (how it matched,
    for the clerk: account, meter, bill, phone — the identifier's kind —, or name,
    name_variant, name_prefix, name_typo, address; see ``MATCH``).
    """

    account_id: int
    account_no: str
    name_ar: str
    name_latin: str
    city: str
    address: str
    status: str
    kind: str
    matched: str
    rank: int
    home_agency: str | None = None
    match: str = ""


def search_accounts(session: Session, query: str, limit: int = LIMIT) -> list[SearchHit]:
    """Find accounts for what was typed or scanned, best first, at most ``limit``."""
    conn = session.connection()
    found: dict[int, tuple[int, str, str]] = {}

    def add(rows: Iterable[tuple[int, str, str]], rank: int) -> None:
        for account_id, kind, matched in rows:
            best = found.get(account_id)
            if best is None or rank < best[0]:
                found[account_id] = (rank, kind, matched)

    ident = normalize_identifier(query)
    if len(ident) >= 3:
        add(_exact(conn, ident), EXACT)
        phone = normalize_phone(query)
        if len(phone) >= 9 and phone.isdigit():
            add(_phone(conn, phone, exact=True, limit=limit), PHONE)
        if len(found) < limit:
            add(_prefix(conn, ident, limit), PREFIX)
            if phone.isdigit() and len(phone) >= 4:
                add(_phone(conn, phone, exact=False, limit=limit), PREFIX)
    words = search_words(query)
    if words and any(not w.isdigit() for w in words) and len(found) < limit:
        for account_id, rank in _fts(conn, words, limit).items():
            add([(account_id, "name", "")], rank)

    ordered = sorted(found.items(), key=lambda item: (item[1][0], item[0]))[:limit]
    return _closest_first(_hydrate(conn, ordered), words)


# Identifier columns: (kind, table, account id column, identifier column).
_IDENTIFIERS = (
    ("account", "accounts", "id", "account_no"),
    ("meter", "service_points", "account_id", "meter_no"),
    ("bill", "bills", "account_id", "bill_no"),
)


def _lookup(
    conn: Connection,
    kind: str,
    table: str,
    id_col: str,
    col: str,
    value: str,
    *,
    exact: bool,
    limit: int,
) -> list[tuple[int, str, str]]:
    """Exact match, or prefix match as a range scan on the identifier's B-tree index."""
    cond = f"{col} = :lo" if exact else f"{col} >= :lo AND {col} < :hi"
    sql = f"SELECT {id_col}, {col} FROM {table} WHERE {cond} ORDER BY {col} LIMIT {int(limit)}"
    rows = conn.execute(text(sql), {"lo": value, "hi": value + _HIGH})
    return [(r[0], kind, r[1]) for r in rows]


def _exact(conn: Connection, ident: str) -> list[tuple[int, str, str]]:
    rows: list[tuple[int, str, str]] = []
    for kind, table, id_col, col in _IDENTIFIERS:
        rows += _lookup(conn, kind, table, id_col, col, ident, exact=True, limit=5)
    return rows


def _prefix(conn: Connection, ident: str, limit: int) -> list[tuple[int, str, str]]:
    rows: list[tuple[int, str, str]] = []
    for kind, table, id_col, col in _IDENTIFIERS:
        if kind == "bill" and len(ident) < 6:
            continue  # a bill prefix shorter than that matches thousands of bills: noise
        rows += _lookup(conn, kind, table, id_col, col, ident, exact=False, limit=limit)
    return rows


def _phone(conn: Connection, phone: str, *, exact: bool, limit: int) -> list[tuple[int, str, str]]:
    rows: list[tuple[int, str, str]] = []
    for col in ("phone1", "phone2"):
        rows += _lookup(conn, "phone", "accounts", "id", col, phone, exact=exact, limit=limit)
    return rows


def _fts(conn: Connection, words: Sequence[str], limit: int) -> dict[int, int]:
    """Accounts found by names and address words: account id → rank, best tiers first.

    Names and address words sit in one FTS5 column: the holder's exact folded name words,
    their variant keys marked with ``KEY_MARK`` (see desktop.store.name_keys) and the address
    words marked with ``PLACE_MARK`` (see desktop.text). The tiers, each tried only while
    fewer than ``limit`` accounts are found:

    1. ``NAME``: every word is one of the holder's name words (the last may be being typed);
    2. ``NAME_VARIANT``: every name part has a variant key of the holder's (spelling
       variants, particles joined or split, the other script, the table of equivalences);
    3. ``NAME_PREFIX``: every word starts one of the holder's name words;
    4. ``NAME_TYPO``: as 1, a word may be one edit away — only when 1-3 found fewer than
       ``TYPO_BELOW``;
    5. ``PLACE``: every word is a name word or an address word ("benali guelma").

    So an address word never makes a name match, and a holder whose every name word
    matches ranks above the others. Within a tier, whole words come before a last word
    taken as a prefix: a long prefix term makes FTS5 merge the doclist of every matching
    term before the LIMIT applies, whereas a whole word is one lookup, so the cheap steps
    come first and usually suffice.
    """
    found: dict[int, int] = {}
    if conn.dialect.name != "sqlite":
        for account_id in _name_like(conn, words, limit):
            found.setdefault(account_id, NAME)
        return found
    # FTS5's tokenizer splits words at '_' too: "_" alone would be an empty phrase, and an
    # empty prefix query matches every row. Search the tokens the index really holds.
    tokens = [t for w in words for t in w.split("_") if t]
    if not tokens:
        return found
    sql = text("SELECT rowid FROM account_search WHERE account_search MATCH :q LIMIT :n")

    def run(rank: int, queries: Iterable[str]) -> bool:
        for q in queries:
            for (rowid,) in conn.execute(sql, {"q": q, "n": limit}):
                found.setdefault(rowid, rank)
            if len(found) >= limit:
                return True
        return False

    if any(t[0].isdigit() for t in tokens):
        # No name word starts with a digit, while the index's own marked tokens do (KEY_MARK
        # "1…" keys, PLACE_MARK "0…" places): typed "1f" must not reach Fatima's keys as a
        # name. Such a query can only be about an address ("12 rue …").
        run(PLACE, _steps(tokens, either=True))
        return found
    exact = _steps(tokens, either=False)  # whole words, [last as a prefix,] every prefix
    # "ben ali" is one name part: its words must also form the holder's joined key, so that
    # "علي بن سالم" (Ali, son of Salem) is not a name match for "بن علي".
    joined, joined_typing, joined_place = _particle_terms(words)
    if joined:
        exact[0] = f"{exact[0]} AND {joined}"
    if joined_typing and len(exact) == 3:  # not the last step, every word a prefix: "بن
        exact[1] = f"{exact[1]} AND {joined_typing}"  # احمد" still finds "أحمد بن عيسى"
    typing = exact if len(tokens) == 1 else exact[:-1]  # one word is the last word
    if run(NAME, typing):
        return found
    if run(NAME_VARIANT, _variant_steps(conn, words)):
        return found
    if run(NAME_PREFIX, exact[len(typing) :]):
        return found
    if len(found) < TYPO_BELOW and run(NAME_TYPO, _typo_steps(conn, tokens)):
        return found
    places = _steps(tokens, either=True)
    if joined_place:
        places = [f"{q} AND {joined_place}" for q in places]
    run(PLACE, places)
    return found


def _steps(words: Sequence[str], either: bool) -> list[str]:
    """FTS queries from whole words to prefixes; ``either``: a word may be a name or a place."""

    def term(word: str, prefix: bool) -> str:
        star = "*" if prefix else ""
        if not either:
            return f'"{word}"{star}'
        if word[0].isdigit():  # only an address word: a bare "1…" would reach the name keys
            return f'"{PLACE_MARK}{word}"{star}'
        return f'("{word}"{star} OR "{PLACE_MARK}{word}"{star})'

    steps = [" AND ".join(term(w, False) for w in words)]
    if len(words) > 1:
        steps.append(" AND ".join([*(term(w, False) for w in words[:-1]), term(words[-1], True)]))
    steps.append(" AND ".join(term(w, True) for w in words))
    return steps


def _particle_terms(words: Sequence[str]) -> tuple[str, str, str]:
    """FTS conditions on the joined keys of the particles typed ("ben ali" → key of
    "benali"): with whole keys; with the key of a part ending at the last word as a prefix
    (that word may still be being typed); and for the address tier, where the particle may
    instead be an address word ("Rue Ben Mhidi"). "" when no particle was typed."""
    plain = [w for w in words if "_" not in w and any(ch.isalpha() for ch in w)]
    if len(plain) != len(words):
        return "", "", ""
    every, typing, place = [], [], []
    for i, w in enumerate(plain[:-1]):
        if not is_particle(w):
            continue
        j = i + 1
        while j + 1 < len(plain) and is_article(plain[j]):
            j += 1
        units = name_units(plain[i : j + 1])
        if len(units) != 1:
            continue
        keys = [KEY_MARK + k for k in sorted(units[0])]
        star = j == len(plain) - 1  # the part's last word may still be being typed
        every.append("(" + " OR ".join(_phrase(k) for k in keys) + ")")
        typing.append("(" + " OR ".join(_phrase(k, star) for k in keys) + ")")
        alts = [*(_phrase(k, star) for k in keys), _phrase(PLACE_MARK + w)]
        place.append("(" + " OR ".join(alts) + ")")
    return " AND ".join(every), " AND ".join(typing), " AND ".join(place)


def _phrase(token: str, prefix: bool = False) -> str:
    return f'"{token}"' + ("*" if prefix else "")


def _variant_steps(conn: Connection, words: Sequence[str]) -> list[str]:
    """FTS queries over the variant keys of the typed name parts: whole keys, then the last
    part's key as a prefix (when it has 3 letters or more).

    A word holding '_' or only digits is taken literally (its exact tokens): nobody types
    those in a name, and a literal '_' must keep meaning itself (see desktop.store.search).
    """
    literal = [w for w in words if "_" in w or not any(ch.isalpha() for ch in w)]
    plain = [w for w in words if w not in literal]
    units = name_units(plain, query=True)
    if not units and not literal:
        return []
    table = _equivalences(conn)
    terms: list[list[str]] = []
    for keys in units:
        if any(k.startswith(LITERAL) for k in keys):
            fixed_word = next(iter(keys))[len(LITERAL) :]
            literal.append(fixed_word)
            continue
        wide = set(keys)
        for k in keys:
            wide |= table.get(k, frozenset())
        terms.append(sorted(KEY_MARK + k for k in wide))
    fixed = [_phrase(t) for w in literal for t in w.split("_") if t]

    def query(last_prefix: bool) -> str:
        parts = list(fixed)
        for i, alts in enumerate(terms):
            star = last_prefix and i == len(terms) - 1
            parts.append("(" + " OR ".join(_phrase(a, star) for a in alts) + ")")
        return " AND ".join(parts)

    steps = [query(False)]
    if terms and min(len(a) for a in terms[-1]) >= 1 + 3:
        steps.append(query(True))
    return steps


def _typo_steps(conn: Connection, tokens: Sequence[str]) -> list[str]:
    """One FTS query where each word may also be a name word one edit away."""
    options = typo.expand(conn, tokens)
    if not any(options):
        return []
    parts = []
    for token, cands in zip(tokens, options, strict=True):
        parts.append("(" + " OR ".join(_phrase(t) for t in [token, *cands]) + ")")
    return [" AND ".join(parts)]


def _equivalences(conn: Connection) -> dict[str, frozenset[str]]:
    """The shipped table of equivalences with the company's own (``search_variants``)."""
    rows = conn.execute(text("SELECT grp, spelling FROM search_variants ORDER BY id")).all()
    if not rows:
        return bundled_equivalences()
    return _merged_equivalences(tuple((r[0], r[1]) for r in rows))


@lru_cache(maxsize=4)
def _merged_equivalences(rows: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    groups: dict[str, list[str]] = {}
    for grp, spelling in rows:
        groups.setdefault(grp, [grp]).append(spelling)
    merged = {k: set(v) for k, v in bundled_equivalences().items()}
    for k, v in equivalence_map(groups.values()).items():
        merged.setdefault(k, set()).update(v)
    return {k: frozenset(v) for k, v in merged.items()}


def add_variant_group(conn: Connection, spellings: Sequence[str]) -> None:
    """Record that these spellings name the same person (the company's own equivalences).

    Takes effect at the next search: the variant keys are matched when searching, so the
    index needs no rebuild."""
    names = [s.strip() for s in spellings if s.strip()]
    if len(names) < 2:
        return
    for spelling in names[1:]:
        conn.execute(
            text("INSERT INTO search_variants (grp, spelling) VALUES (:g, :s)"),
            {"g": names[0], "s": spelling},
        )


def _name_like(conn: Connection, words: Sequence[str], limit: int) -> list[int]:
    """Fallback for engines without FTS5 (PostgreSQL in tests): a bound LIKE per word."""
    clauses = " AND ".join(
        f"(lower(name_latin) LIKE :w{i} ESCAPE '\\' OR name_ar LIKE :w{i} ESCAPE '\\')"
        for i in range(len(words))
    )
    params: dict[str, object] = {f"w{i}": f"%{like_literal(w)}%" for i, w in enumerate(words)}
    params["n"] = limit
    return [
        r[0]
        for r in conn.execute(text(f"SELECT id FROM accounts WHERE {clauses} LIMIT :n"), params)
    ]


def like_literal(text: str) -> str:
    """``text`` for a LIKE pattern with ``ESCAPE '\\'``: ``%`` and ``_`` match themselves.
    Search words keep ``_`` (it is a word character), which LIKE would take as any letter."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _closest_first(hits: list[SearchHit], words: Sequence[str]) -> list[SearchHit]:
    """Within the variant, prefix and typo tiers, the holders whose names are spelt most
    like what was typed first: a word typed as the holder's counts 3, one spelt alike
    (``spelling_key``) 2, and 2 too when the holder has no name in the word's script (only
    the sound key can compare them), a word spelt otherwise 0. The sound keys that found them are coarse on purpose
    (Amina and Imane share one); this puts Amina first for "Amina", and an Arabic-only
    سلمى before a Latin "Salim" for "Salma"."""
    if not any(h.rank in _REORDERED for h in hits):
        return hits
    typed = [(w, spelling_key(w), is_arabic(w)) for w in words]

    def closeness(hit: SearchHit) -> int:
        spelt = {True: _spellings(hit.name_ar), False: _spellings(hit.name_latin)}
        score = 0
        for word, key, arabic in typed:
            exact, alike = spelt[arabic]
            if word in exact:
                score += 3
            elif key in alike or any(len(k) > 2 and (k in key or key in k) for k in alike):
                score += 2  # spelt alike, or one holds the other (Elfassi, El Fassi)
            elif not exact and _across(word, key, arabic, spelt[not arabic][1]):
                score += 2  # no name in that script: the other script is spelt alike
        return score

    order = {id(h): i for i, h in enumerate(hits)}
    return sorted(
        hits,
        key=lambda h: (h.rank, -closeness(h) if h.rank in _REORDERED else 0, order[id(h)]),
    )


_REORDERED = frozenset({NAME_VARIANT, NAME_PREFIX, NAME_TYPO})


def _across(word: str, key: str, arabic: bool, other: frozenset[str]) -> bool:
    """A typed word spelt like a word of the holder's other script (``spelt_alike``);
    ``other``: that script's spellings from ``_spellings``."""
    if arabic:
        mine = arabic_spelling(word)
        return any(spelt_alike(mine, k) for k in other)
    return any(spelt_alike(k, key) for k in other if k)


@lru_cache(maxsize=65536)
def _spellings(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """A name's folded words and their spelling keys (cached: names repeat)."""
    words = search_words(name)
    keys = (arabic_spelling(w) if is_arabic(w) else spelling_key(w) for w in words)
    return frozenset(words), frozenset(keys)


def _hydrate(conn: Connection, ordered: list[tuple[int, tuple[int, str, str]]]) -> list[SearchHit]:
    if not ordered:
        return []
    ids = [account_id for account_id, _ in ordered]
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    rows = conn.execute(
        text(
            "SELECT id, account_no, name_ar, name_latin, city, address, status, home_agency "
            f"FROM accounts WHERE id IN ({marks})"
        ),
        {f"i{n}": i for n, i in enumerate(ids)},
    )
    by_id = {r[0]: r for r in rows}
    hits = []
    for account_id, (rank, kind, matched) in ordered:
        r = by_id[account_id]
        match = MATCH.get(rank, "name") if kind == "name" else kind
        hits.append(
            SearchHit(r[0], r[1], r[2], r[3], r[4], r[5], r[6], kind, matched, rank, r[7], match)
        )
    return hits


def index_terms(
    name_ar: str | None,
    name_latin: str | None,
    address: str | None,
    city: str | None,
    district: str | None,
) -> str:
    """The FTS text of an account: name words, variant keys, address words marked."""
    return f"{account_terms(name_ar, name_latin, address, city, district)} " + index_tokens(
        name_ar, name_latin
    )


def _name_vocabulary(rows: Iterable[Sequence]) -> set[str]:
    words: set[str] = set()
    for r in rows:
        for name in (r[1], r[2]):
            if name:
                words |= _typo_words(name)
    return words


@lru_cache(maxsize=65536)
def _typo_words(name: str) -> frozenset[str]:
    return frozenset(typo.vocabulary(t for w in search_words(name) for t in w.split("_")))


def index_accounts(conn: Connection, rows: Iterable[Sequence]) -> None:
    """(Re)index accounts: rows of (id, name_ar, name_latin, address, city, district)."""
    if conn.dialect.name != "sqlite":
        return
    rows = list(rows)
    batch = [(r[0], index_terms(r[1], r[2], r[3], r[4], r[5])) for r in rows]
    if not batch:
        return
    driver = conn.connection.driver_connection
    driver.executemany("DELETE FROM account_search WHERE rowid = ?", [(b[0],) for b in batch])
    driver.executemany("INSERT INTO account_search (rowid, terms) VALUES (?, ?)", batch)
    typo.add_words(conn, _name_vocabulary(rows))


def rebuild_index(
    conn: Connection,
    progress: Callable[[int, int], None] | None = None,
    chunk: int = 20_000,
) -> int:
    """Rebuild the whole search index from the accounts table (after a change of the
    folding or the keys), reporting ``progress(done, total)`` after each chunk."""
    driver = conn.connection.driver_connection
    total = driver.execute("SELECT count(*) FROM accounts").fetchone()[0]
    driver.execute("DELETE FROM account_search")
    driver.execute("DELETE FROM search_typo")
    driver.execute("DELETE FROM search_words")
    last, done = 0, 0
    while True:
        rows = driver.execute(
            "SELECT id, name_ar, name_latin, address, city, district FROM accounts "
            "WHERE id > ? ORDER BY id LIMIT ?",
            (last, chunk),
        ).fetchall()
        if not rows:
            break
        driver.executemany(
            "INSERT INTO account_search (rowid, terms) VALUES (?, ?)",
            [(r[0], index_terms(r[1], r[2], r[3], r[4], r[5])) for r in rows],
        )
        typo.add_words(conn, _name_vocabulary(rows))
        last, done = rows[-1][0], done + len(rows)
        if progress:
            progress(done, total)
    return done
