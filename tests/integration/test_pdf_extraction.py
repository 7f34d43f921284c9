"""PDFs read back by the readers people and machines use: pdfminer (pdfplumber's engine),
poppler (pdftotext, pdfinfo, pdffonts) and PDFium (pypdfium2). The holder's name and the
document title must come out as the typed text, in reading order and in ordinary letters;
the metadata must say who issued the document, when, and in which language.

Why three readers: each has its own idea of reading order. pdfminer follows the content
stream, poppler and PDFium re-order characters by position and apply the bidi algorithm;
each one showed a different fault (presentation forms, reversed letters, reversed words).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pypdfium2
import pytest
from pdfminer.high_level import extract_text
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text
from sqlalchemy import update

from desktop.services.certificates import issue_no_debt_certificate, issue_payment_certificate
from desktop.services.statements import get_statement
from desktop.store.db import Store
from desktop.store.models import ServicePoint
from reports.pdf_certificates import render_no_debt_certificate, render_payment_certificate
from reports.pdf_labels import label
from reports.pdf_statement import render_statement
from tests.factories import BillSpec, make_account, user_named
from tests.integration.test_pdf_certificates import pay_everything

# Names with the letters that went wrong: lam-alef ligatures (لا), hamza, ta marbuta.
NAME_AR = "بلال صلاح الدين العلوي"
NAME_LATIN = "Bilal Salah-Eddine Alaoui"
BIDI = re.compile("[\u200e\u200f\u061c\u2066-\u2069\u202a-\u202e]")
NEEDS_POPPLER = "poppler-utils (pdftotext, pdfinfo, pdffonts): apt-get install poppler-utils"


def _poppler(tool: str) -> str:
    """The poppler tool's path; skipped with a reason where it is missing, but never on CI."""
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{tool} missing on CI: {NEEDS_POPPLER}")
        pytest.skip(f"{tool} missing: {NEEDS_POPPLER}")
    return path


def normal(text: str) -> str:
    """Bidi controls dropped, every kind of space one plain space."""
    return " ".join(BIDI.sub("", text).split())


def pdfminer_text(path: Path) -> str:
    return normal(extract_text(str(path)))


def poppler_text(path: Path) -> str:
    out = subprocess.run(
        [_poppler("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return normal(out)


def pdfium_text(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return normal(" ".join(page.get_textpage().get_text_range() for page in pdf))
    finally:
        pdf.close()


READERS = {"pdfminer": pdfminer_text, "poppler": poppler_text, "pdfium": pdfium_text}
"""PDFium orders the words of a line by position in the line's direction, so a run in the
other direction (an Arabic name inside a French sentence) comes out in visual word order
whatever the file holds: it is checked on the document's own script only."""


@pytest.fixture
def certificates(store: Store, tmp_path: Path) -> dict[str, Path]:
    created = make_account(
        store,
        name_ar=NAME_AR,
        name_latin=NAME_LATIN,
        bills=[BillSpec(dt.date(2025, 1, 20), 123_456)],
    )
    receipt_no = pay_everything(store, created.account_no, 123_456)
    amina = user_named(store, "amina")
    with store.unit_of_work() as uow:
        payment = issue_payment_certificate(uow, receipt_no, amina)
    with store.unit_of_work() as uow:
        no_debt = issue_no_debt_certificate(uow, created.account_no, amina)
    paths = {}
    for lang in ("ar", "fr"):
        paths[f"payment-{lang}"] = tmp_path / f"payment-{lang}.pdf"
        paths[f"payment-{lang}"].write_bytes(render_payment_certificate(payment, lang))
        paths[f"nodebt-{lang}"] = tmp_path / f"nodebt-{lang}.pdf"
        paths[f"nodebt-{lang}"].write_bytes(render_no_debt_certificate(no_debt, lang))
    return paths


@pytest.mark.parametrize("reader", sorted(READERS))
@pytest.mark.parametrize("doc", ["payment-ar", "payment-fr", "nodebt-ar", "nodebt-fr"])
def test_the_name_and_the_title_read_back_as_typed(
    certificates: dict[str, Path], doc: str, reader: str
) -> None:
    kind, lang = doc.split("-")
    title = normal(label("cert.payment.title" if kind == "payment" else "cert.nodebt.title", lang))
    text = READERS[reader](certificates[doc])
    if reader != "pdfium" or lang == "ar":
        assert NAME_AR in text, f"{reader} did not read {NAME_AR!r} in {doc}: {text[:300]!r}"
    if reader != "pdfium" or lang == "fr":
        assert NAME_LATIN in text, f"{reader} did not read {NAME_LATIN!r} in {doc}: {text[:300]!r}"
    assert title in text, f"{reader} did not read {title!r} in {doc}: {text[:300]!r}"


def test_no_arabic_presentation_forms_are_extracted(certificates: dict[str, Path]) -> None:
    for reader in READERS.values():
        text = reader(certificates["nodebt-ar"])
        assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff\ue000-\uf8ff]", text), text[:200]


def _info(path: Path) -> dict[str, object]:
    with path.open("rb") as fh:
        document = PDFDocument(PDFParser(fh))
        info = {k: resolve1(v) for k, v in document.info[0].items()}
        info["Lang"] = resolve1(document.catalog.get("Lang"))
    return info


def _pdf_string(value: object) -> str:
    return decode_text(value if isinstance(value, bytes) else str(value).encode())


@pytest.mark.parametrize("doc", ["payment-ar", "nodebt-fr"])
def test_metadata_says_language_issuer_true_date_and_a_clean_title(
    certificates: dict[str, Path], doc: str
) -> None:
    info = _info(certificates[doc])
    lang = doc.split("-")[1]
    assert _pdf_string(info["Lang"]) == lang
    title = _pdf_string(info["Title"])
    assert not BIDI.search(title) and title == normal(title)
    assert title == normal(
        label("cert.payment.title" if "payment" in doc else "cert.nodebt.title", lang)
    )
    assert _pdf_string(info["Author"]) == "Sonelgaz Distribution Est — Guelma Centre"
    stamp = _pdf_string(info["CreationDate"])  # D:YYYYMMDDHHmmSS+hh'mm'
    created = dt.datetime.strptime(stamp[2:16], "%Y%m%d%H%M%S")
    offset = dt.timedelta(hours=int(stamp[17:19]), minutes=int(stamp[20:22]))
    created = created.replace(tzinfo=dt.timezone(offset if stamp[16] == "+" else -offset))
    assert abs(dt.datetime.now(dt.UTC) - created) < dt.timedelta(minutes=5)


def test_every_font_is_embedded_and_helvetica_is_never_referenced(
    certificates: dict[str, Path],
) -> None:
    for path in certificates.values():
        assert b"Helvetica" not in path.read_bytes()
        out = subprocess.run(
            [_poppler("pdffonts"), str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert out, "no fonts listed"
        for row in out:
            assert row.split()[-5] == "yes", f"font not embedded in {path.name}: {row}"


def test_gas_consumption_is_labelled_in_the_tariffs_unit(store: Store, tmp_path: Path) -> None:
    created = make_account(store, services=("gas",), bills=[BillSpec(dt.date(2025, 1, 20), 50_000)])
    with store.unit_of_work() as uow:
        uow.session.execute(
            update(ServicePoint)
            .where(ServicePoint.service == "gas")
            .values(tariff_code="sonelgaz-2016-residential-gas")
        )
        uow.commit()
    with store.read() as s:
        view = get_statement(
            s,
            created.account_no,
            dt.date(2024, 1, 1),
            dt.date(2025, 12, 31),
            today=dt.date(2025, 12, 31),
        )
    assert [series.unit for series in view.consumption] == ["th"]
    for lang, unit in (("fr", "thermies"), ("ar", "ثرمية")):
        path = tmp_path / f"gas-{lang}.pdf"
        path.write_bytes(render_statement(view, lang, "Sonelgaz Distribution Est", "Guelma Centre"))
        assert b"Helvetica" not in path.read_bytes()  # the chart too draws with the shipped font
        text = pdfminer_text(path)
        assert f"({unit})" in text, text[:400]
        assert "m³" not in text
