"""The one search box: account, meter, phone, bill reference, names in Arabic or Latin, address.

Why this shape: identifiers (what a barcode scanner or a customer's card gives) are looked up
by exact value, then by prefix, on B-tree indexes; names and address words go through an FTS5
index of *folded* text (see desktop.text). Exact identifiers rank first. Every statement binds
its parameters, and FTS query text is built from folded words only, so nothing the clerk
types can change the query.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desktop.text import (
    PLACE_MARK,
    account_terms,
    normalize_identifier,
    normalize_phone,
    search_words,
)

LIMIT = 50
_HIGH = "\U0010ffff"

# Ranks: lower is better. NAME: every word in the holder's names; PLACE: some in the address.
EXACT, PHONE, PREFIX, NAME, PLACE = 0, 1, 2, 3, 4


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One account found.

    Fields: account_id, account_no, name_ar, name_latin, city, address, status; kind (what
    matched: account, bill, meter, phone, name); matched (the matching identifier, e.g. the
    bill reference to preselect); rank (0 = exact identifier); home_agency (another agency's
    code when the account came from a remote look-up, else None).
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
        names, places = _fts(conn, words, limit)
        add(((i, "name", "") for i in names), NAME)
        add(((i, "name", "") for i in places), PLACE)

    ordered = sorted(found.items(), key=lambda item: (item[1][0], item[0]))[:limit]
    return _hydrate(conn, ordered)


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


def _fts(conn: Connection, words: Sequence[str], limit: int) -> tuple[list[int], list[int]]:
    """Accounts matching every word: (by the holder's names, by names mixed with places).

    Names and address words sit in one FTS5 column, place words marked with ``PLACE_MARK``
    (see desktop.text). So "mohamed" first finds the customers called Mohamed; only when
    there are fewer than ``limit`` does it widen to any word matching a name or a place
    ("benali guelma", "rue khemisti").

    Each of the two passes is tried in widening steps: whole words; whole words but the
    last, which may still be being typed; every word as a prefix. A long prefix term makes
    FTS5 merge the doclist of every matching term before the LIMIT applies, whereas a whole
    word is one lookup, so the cheap steps come first and usually suffice.
    """
    if conn.dialect.name != "sqlite":
        return _name_like(conn, words, limit), []
    # FTS5's tokenizer splits words at '_' too: "_" alone would be an empty phrase, and an
    # empty prefix query matches every row. Search the tokens the index really holds.
    words = [t for w in words for t in w.split("_") if t]
    if not words:
        return [], []
    sql = text("SELECT rowid FROM account_search WHERE account_search MATCH :q LIMIT :n")
    found: list[dict[int, None]] = [{}, {}]  # by names only; with places
    for phase, either in enumerate((False, True)):
        for q in _steps(words, either):
            for (rowid,) in conn.execute(sql, {"q": q, "n": limit}):
                if rowid not in found[0]:
                    found[phase].setdefault(rowid)
            if len(found[0]) + len(found[1]) >= limit:
                return list(found[0]), list(found[1])
    return list(found[0]), list(found[1])


def _steps(words: Sequence[str], either: bool) -> list[str]:
    """FTS queries from whole words to prefixes; ``either``: a word may be a name or a place."""

    def term(word: str, prefix: bool) -> str:
        star = "*" if prefix else ""
        if not either:
            return f'"{word}"{star}'
        return f'("{word}"{star} OR "{PLACE_MARK}{word}"{star})'

    steps = [" AND ".join(term(w, False) for w in words)]
    if len(words) > 1:
        steps.append(" AND ".join([*(term(w, False) for w in words[:-1]), term(words[-1], True)]))
    steps.append(" AND ".join(term(w, True) for w in words))
    return steps


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
        hits.append(SearchHit(r[0], r[1], r[2], r[3], r[4], r[5], r[6], kind, matched, rank, r[7]))
    return hits


def index_accounts(conn: Connection, rows: Iterable[Sequence]) -> None:
    """(Re)index accounts: rows of (id, name_ar, name_latin, address, city, district)."""
    if conn.dialect.name != "sqlite":
        return
    batch = [(r[0], account_terms(r[1], r[2], r[3], r[4], r[5])) for r in rows]
    if not batch:
        return
    driver = conn.connection.driver_connection
    driver.executemany("DELETE FROM account_search WHERE rowid = ?", [(b[0],) for b in batch])
    driver.executemany("INSERT INTO account_search (rowid, terms) VALUES (?, ?)", batch)
