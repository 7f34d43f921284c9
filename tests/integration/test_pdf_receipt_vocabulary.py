"""The same stored word on screen, on the receipt and in the PDF (issue 15 part 5).

The window reads the compiled translations through Qt; receipts and PDFs read the same
``.ts`` entries without Qt (``reports.translations``). Here the words are taken from
what is really drawn: the text extracted from a rendered PDF, the strings a receipt
paints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pdfminer.high_level import extract_text

from desktop.services.certificates import issue_payment_certificate
from desktop.store.db import Store
from desktop.vocabulary import WORDS
from reports import receipt_canvas
from reports.pdf_certificates import render_payment_certificate
from reports.receipt_image import render_receipt
from reports.translations import capitalised
from reports.translations import word as document_word
from tests.factories import BillSpec, make_account, user_named
from tests.integration.test_pdf_certificates import pay_everything
from tests.unit.test_receipt_escpos import CARD, CASH
from ui.i18n import Translators, term
from ui.i18n import word as window_word


@pytest.fixture
def translators(qapp):
    installed = Translators(qapp)
    yield installed
    installed.install("en")


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_stored_word_reads_the_same_in_the_window_and_in_documents(
    translators, lang: str
) -> None:
    translators.install(lang)
    differ = {
        code: (window_word(code), document_word(code, lang))
        for code in WORDS
        if window_word(code) != document_word(code, lang)
    }
    assert differ == {}


def _painted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    line = receipt_canvas.Canvas._line

    def spy(self, parts):
        seen.extend(text for text, _font, _side in parts)
        return line(self, parts)

    monkeypatch.setattr(receipt_canvas.Canvas, "_line", spy)
    return seen


@pytest.mark.parametrize("data", [CASH, CARD], ids=["cash", "card"])
def test_the_receipt_prints_the_tender_the_window_shows(
    translators, monkeypatch: pytest.MonkeyPatch, data
) -> None:
    seen = _painted(monkeypatch)
    render_receipt(data, width=576, languages=("ar", "fr"))
    words = []
    for lang in ("ar", "fr"):
        translators.install(lang)
        words.append(capitalised(term(data.tender)))
    assert " / ".join(words) in seen, seen


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_payment_certificate_writes_the_tender_the_window_shows(
    store: Store, tmp_path: Path, translators, lang: str
) -> None:
    created = make_account(store, bills=[BillSpec(dt.date(2025, 1, 20), 123_456)])
    receipt_no = pay_everything(store, created.account_no, 123_456)
    with store.unit_of_work() as uow:
        cert = issue_payment_certificate(uow, receipt_no, user_named(store, "amina"))
    out = tmp_path / f"pay-{lang}.pdf"
    out.write_bytes(render_payment_certificate(cert, lang))
    text = extract_text(str(out))
    translators.install(lang)
    assert capitalised(term("cash")) in text
    assert capitalised(term("electricity")) in text
    if lang == "ar":
        assert "نقدًا" not in text
