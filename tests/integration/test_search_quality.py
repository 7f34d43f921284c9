"""Search quality on the labelled set (tests/search_queries.json, issue #17).

The set's queries run on demo databases of both profiles (3,000 accounts each, one holder in
ten known only by the Arabic name, one in ten only by the Latin name: see
tests/search_quality.py). Recall@10 — a hit naming the intended holder among the first ten —
must stay above 95 % overall; the share of queries whose first hit is right is reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from tests.search_quality import KINDS, build_db, evaluate, load


@pytest.fixture(scope="module")
def sessions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Session]]:
    folder: Path = tmp_path_factory.mktemp("quality")
    stores = {p: build_db(folder / f"{p}.db", p) for p in ("dz", "ma")}
    opened = {p: store.read() for p, store in stores.items()}
    try:
        yield {p: cm.__enter__() for p, cm in opened.items()}
    finally:
        for cm in opened.values():
            cm.__exit__(None, None, None)
        for store in stores.values():
            store.dispose()


def test_the_labelled_set_has_every_kind_and_300_queries() -> None:
    queries = load()
    assert len(queries) >= 300
    assert {q["kind"] for q in queries} == set(KINDS)


def test_recall_at_10_is_above_95_percent(sessions: dict[str, Session]) -> None:
    scores = {s.kind: s for s in evaluate(sessions, load())}
    for s in scores.values():
        print(
            f"{s.kind:15} n={s.n:3} recall@10 {s.recall10:6.1%}  first hit {s.first:6.1%}  "
            f"p95 {s.p95:5.1f} ms  misses: {list(s.misses)[:6]}"
        )
    assert scores["all"].recall10 > 0.95
    for kind in ("latin exact", "arabic exact"):
        assert scores[kind].recall10 == 1.0, scores[kind].misses
