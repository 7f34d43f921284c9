"""One-edit typo candidates for name words, from an index of single-letter deletions.

Why deletions: "Mohamd", "Benyahai" or "يجيى" are one edit (a letter missing, added, changed
or two swapped) from a word some holder has. Each distinct name word of the index is stored
with every form of it missing one letter (``search_typo``, a B-tree); a typed word and its own
one-letter deletions are looked up there, and the candidates confirmed by their edit
distance. That is a handful of index look-ups per word, whatever the number of accounts,
where a scan of the vocabulary would grow with it. Only words of ``MIN_LEN`` letters and
more take part: below that, one edit reaches too many other names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, text

from desktop.store.name_keys import is_article, is_particle

MIN_LEN = 4


def deletions(word: str) -> set[str]:
    """The word and every form of it with one letter removed."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one insertion, deletion, substitution or
    swap of two neighbouring letters (optimal string alignment distance ≤ 1)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i, j = diff[0], diff[-1]
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long_ = (a, b) if la < lb else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def vocabulary(words: Iterable[str]) -> set[str]:
    """The words of a name that go into the typo index (long enough, not particles)."""
    return {
        w
        for w in words
        if len(w) >= MIN_LEN and not w.isdigit() and not is_particle(w) and not is_article(w)
    }


def add_words(conn: Connection, words: Iterable[str]) -> None:
    """Record new name words and their deletions (words already known are skipped)."""
    fresh = sorted(set(words))
    if not fresh:
        return
    driver = conn.connection.driver_connection
    known: set[str] = set()
    for start in range(0, len(fresh), 500):
        part = fresh[start : start + 500]
        marks = ",".join("?" * len(part))
        known.update(
            r[0]
            for r in driver.execute(f"SELECT word FROM search_words WHERE word IN ({marks})", part)
        )
    new = [w for w in fresh if w not in known]
    if not new:
        return
    driver.executemany("INSERT OR IGNORE INTO search_words (word) VALUES (?)", [(w,) for w in new])
    driver.executemany(
        "INSERT OR IGNORE INTO search_typo (del, word) VALUES (?, ?)",
        [(d, w) for w in new for d in deletions(w)],
    )


def candidates(conn: Connection, word: str, limit: int = 8) -> list[str]:
    """Name words of the index within one edit of ``word`` (not ``word`` itself)."""
    if len(word) < MIN_LEN or word.isdigit():
        return []
    dels = sorted(deletions(word))
    marks = ", ".join(f":d{i}" for i in range(len(dels)))
    rows = conn.execute(
        text(f"SELECT DISTINCT word FROM search_typo WHERE del IN ({marks}) LIMIT 200"),
        {f"d{i}": d for i, d in enumerate(dels)},
    )
    found = sorted(r[0] for r in rows if r[0] != word and within_one_edit(r[0], word))
    return found[:limit]


def expand(conn: Connection, words: Sequence[str]) -> list[list[str]]:
    """For each word, its typo candidates (possibly none)."""
    return [candidates(conn, w) for w in words]
