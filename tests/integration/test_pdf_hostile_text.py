"""A holder's name with a right-to-left override or control characters prints in a PDF as
its letters in their own order (issue 13): the statement is the document a customer shows
to others, so "ALI ‮DIAP 0001 AZD" must never read "ALI DZA 1000 PAID"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.services.statements import get_statement
from desktop.store.db import Store
from reports.pdf_common import write_atomically
from reports.pdf_statement import render_statement
from tests.factories import BillSpec, make_account
from tests.integration.pdf_world import pdf_text

TODAY = dt.date(2026, 11, 23)


def test_a_spoofing_name_prints_its_letters_in_their_own_order(
    store: Store, tmp_path: Path
) -> None:
    acct = make_account(
        store,
        name_latin="ALI \u202eDIAP 0001 AZD\u202c\x1b[31m",
        address="5 Rue\r\nPAID",
        bills=[BillSpec(TODAY - dt.timedelta(days=20), 120_000)],
    )
    with store.read() as s:
        view = get_statement(s, acct.account_no, TODAY - dt.timedelta(days=90), TODAY, today=TODAY)
    pdf = write_atomically(render_statement(view, "fr", "Sonelgaz", "Guelma"), tmp_path / "s.pdf")
    text = "\n".join(pdf_text(pdf))
    assert "ALI DIAP 0001 AZD[31m" in text
    assert "DZA 1000 PAID" not in text and "\x1b" not in text
    assert "Adresse 5 Rue PAID, Centre" in text  # its line break did not draw a second line
