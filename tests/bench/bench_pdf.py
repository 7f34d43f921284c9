"""Statement PDF benchmark: five years of monthly bills (and their payments), read + render.

Why: the receipts/PDF issue asks for a statement of five years of monthly bills under
500 ms. The clerk waits for the whole thing (read the account, lay out, shape Arabic, write
the PDF bytes), so that is what is timed, per language, three ways:

* cold: the first statement of a fresh process (fonts loaded, nothing cached);
* fresh text: text-layout caches emptied before every run (a new customer's statement);
* warm: the same statement again (caches full, as in a long-running desktop).

    .venv/bin/python tests/bench/bench_pdf.py [--runs 15]

Builds its own SQLite database in a temporary folder. Not run by the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.bootstrap import init_database  # noqa: E402
from desktop.services.statements import get_statement  # noqa: E402
from desktop.store.db import Store  # noqa: E402
from reports import pdf_bidi, pdf_common, pdf_text  # noqa: E402
from reports.pdf_statement import render_statement  # noqa: E402
from tests.factories import prepare_store  # noqa: E402
from tests.integration.test_pdf_support import five_years_of_monthly_bills  # noqa: E402

FROM, TO = dt.date(2020, 1, 1), dt.date(2024, 12, 31)


def one(store: Store, account_no: str, lang: str) -> tuple[float, int, int]:
    """Milliseconds for read + render, PDF size, lines in the statement."""
    start = time.perf_counter()
    with store.read() as s:
        view = get_statement(s, account_no, FROM, TO, today=TO)
    data = render_statement(view, lang, "Sonelgaz Distribution Est", "Guelma Centre")
    return (time.perf_counter() - start) * 1000, len(data), len(view.entries)


def clear_caches() -> None:
    pdf_text.layout.cache_clear()
    pdf_bidi.visual.cache_clear()
    pdf_common.fmt_amount.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = prepare_store(init_database(Path(tmp) / "bench.db"))
        account_no = five_years_of_monthly_bills(store).account_no
        print(f"Statement {FROM}..{TO}, 60 monthly bills + 57 payments, {args.runs} runs each")
        print(f"{'lang':<5}{'cold ms':>9}{'fresh-text median':>19}{'warm median':>13}"
              f"{'max':>7}{'size KB':>10}")  # fmt: skip
        for lang in ("ar", "fr", "en"):
            clear_caches()
            cold, size, _ = one(store, account_no, lang)
            fresh = []
            for _ in range(args.runs):
                clear_caches()
                fresh.append(one(store, account_no, lang)[0])
            warm = [one(store, account_no, lang)[0] for _ in range(args.runs)]
            print(f"{lang:<5}{cold:>9.0f}{statistics.median(fresh):>19.0f}"
                  f"{statistics.median(warm):>13.0f}{max(fresh):>7.0f}{size / 1024:>10.0f}")  # fmt: skip
        store.dispose()


if __name__ == "__main__":
    main()
