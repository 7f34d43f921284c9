"""Account statement: figures of the read model, and the PDF read back in French and Arabic."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pdfplumber
import pytest

from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.statements import get_statement
from desktop.store.db import Store
from reports.pdf_common import fmt_amount, write_atomically
from reports.pdf_statement import render_statement
from tests.integration.pdf_world import (
    MONTHS,
    UNPAID,
    five_years_of_monthly_bills,
    pdf_text,
    rtl_reading,
)

FROM, TO = dt.date(2020, 1, 1), dt.date(2024, 12, 31)
CONTROLS = re.compile("[\u2066-\u2069\u200e\u200f]")


def plain(text: str) -> str:
    """Without bidi controls, no-break spaces read as spaces (as pdfplumber gives them)."""
    return CONTROLS.sub("", text).replace("\u202f", " ").replace("\u00a0", " ")


def test_five_years_statement_balances_from_zero_to_the_unpaid_bills(store: Store) -> None:
    h = five_years_of_monthly_bills(store)
    with store.read() as s:
        view = get_statement(s, h.account_no, FROM, TO, today=TO)
    assert view.opening == Money(0, "DZD")
    assert view.total_debit.minor == sum(h.amounts)
    assert view.total_credit.minor == sum(h.amounts[: MONTHS - UNPAID])
    assert view.closing.minor == h.unpaid
    assert len(view.entries) == MONTHS + MONTHS - UNPAID
    assert [e.date for e in view.entries] == sorted(e.date for e in view.entries)
    assert view.entries[-1].balance == view.closing
    # Dues 25 Oct, 25 Nov and 25 Dec 2024, seen on 31 Dec: 67, 36 and 6 days overdue.
    buckets = {b.key: (b.bills, b.amount.minor) for b in view.aging}
    assert buckets["0-30"] == (1, h.amounts[-1])
    assert buckets["31-90"] == (2, h.amounts[-3] + h.amounts[-2])
    assert buckets["91-180"] == (0, 0) and buckets[">180"] == (0, 0)
    assert view.installment_plan is None
    (series,) = view.consumption
    assert len(series.points) == MONTHS and any(p.estimated for p in series.points)


def test_a_past_period_is_anchored_on_todays_balance(store: Store) -> None:
    h = five_years_of_monthly_bills(store)
    # 1-10 January 2023: the January bill was issued on the 5th and paid on the 20th.
    with store.read() as s:
        view = get_statement(s, h.account_no, dt.date(2023, 1, 1), dt.date(2023, 1, 10))
    january = h.amounts[36]
    assert view.opening.minor == 0
    assert view.closing.minor == january
    assert [e.kind for e in view.entries] == ["bill"]
    assert sum(b.amount.minor for b in view.aging) == january


def test_a_reversed_period_is_refused(store: Store) -> None:
    h = five_years_of_monthly_bills(store)
    with store.read() as s, pytest.raises(DomainError) as err:
        get_statement(s, h.account_no, TO, FROM)
    assert err.value.code == "statement.period_reversed"


@pytest.fixture
def statement_pdfs(store: Store, tmp_path: Path) -> tuple[object, dict[str, Path]]:
    h = five_years_of_monthly_bills(store)
    with store.read() as s:
        view = get_statement(s, h.account_no, FROM, TO, today=TO)
    paths = {}
    for lang in ("fr", "ar"):
        data = render_statement(view, lang, "Sonelgaz Distribution Est", "Guelma Centre")
        paths[lang] = write_atomically(data, tmp_path / f"statement-{lang}.pdf")
    return h, paths


def test_french_statement_shows_account_totals_and_page_x_of_y(statement_pdfs) -> None:
    h, paths = statement_pdfs
    pages = [plain(p) for p in pdf_text(paths["fr"])]
    n = len(pages)
    assert n >= 3
    text = "\n".join(pages)
    assert h.account_no in text
    assert "Mohamed Benali" in text
    for i, page in enumerate(pages, start=1):
        assert f"Page {i} sur {n}" in page
    closing = plain(fmt_amount(Money(h.unpaid, "DZD"), "fr"))
    assert closing in text
    assert plain(fmt_amount(Money(sum(h.amounts), "DZD"), "fr")) in text
    assert h.receipts[0] in text and h.bill_nos[-1] in text
    assert "(estimée)" in text


def test_arabic_statement_reads_right_to_left(statement_pdfs) -> None:
    h, paths = statement_pdfs
    pages = pdf_text(paths["ar"])
    n = len(pages)
    text = "\n".join(pages)
    assert h.account_no in text
    assert not re.search("[\ue000-\uf8ff]", text), "glyphs without a character mapping"
    # Amounts come out whole, not split or reversed.
    assert plain(fmt_amount(Money(h.unpaid, "DZD"), "ar")) in text
    # Footer of the last page, read from the right: صفحة N من N.
    with pdfplumber.open(paths["ar"]) as pdf:
        height = pdf.pages[-1].height
    footer = rtl_reading(paths["ar"], n - 1, height - 40, height, x_max=150)
    assert footer[:4] == ["صفحة", str(n), "من", str(n)]
    # Title band of page 1, read from the right: كشف الحساب.
    title = rtl_reading(paths["ar"], 0, 0, 60, x_max=300)  # the title sits at the end side
    assert title[:2] == ["كشف", "الحساب"]


def test_arabic_table_is_mirrored(statement_pdfs) -> None:
    _, paths = statement_pdfs

    with pdfplumber.open(paths["ar"]) as pdf:
        words = pdf.pages[0].extract_words()
    with pdfplumber.open(paths["fr"]) as pdf:
        fr_words = pdf.pages[0].extract_words()
    # The first row of the movements table: the opening balance on the first day.
    date_ar = next(w for w in words if w["text"] == "01/01/2020" and w["top"] > 300)
    date_fr = next(w for w in fr_words if w["text"] == "01/01/2020" and w["top"] > 300)
    # The date column is at the right edge in Arabic, at the left edge in French.
    assert date_ar["x1"] > 500 and date_fr["x0"] < 100
