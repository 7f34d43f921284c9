"""`guichet plan ...` end to end: propose, create with the agreement PDF (read back in Arabic
and French), pay, show, lists as CSV, check, cut list."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

import pdfplumber
import pytest

from cli.main import main
from desktop.store.db import Store
from tests.factories import PASSWORD, BillSpec, make_account, snapshot

TODAY = dt.date.today()
CONTROLS = re.compile("[\u2066-\u2069\u200e\u200f]")


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUICHET_PASSWORD", PASSWORD)
    monkeypatch.setenv("GUICHET_APPROVER_PASSWORD", PASSWORD)


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, dict]:
    code = main(["--db", str(db), *argv])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


def debtor(store: Store, name_ar: str = "فاطمة الزهراء بن يوسف") -> str:
    return make_account(
        store,
        name_ar=name_ar,
        name_latin="Fatima Zohra Benyoucef",
        bills=[
            BillSpec(TODAY - dt.timedelta(days=200), 1_845_650),
            BillSpec(TODAY - dt.timedelta(days=110), 1_234_050),
        ],
    ).account_no


def pdf_words(path: Path) -> str:
    """All text of the PDF, Arabic words turned back into logical letters (the PDF holds
    shaped forms in visual order) and bidi controls dropped."""
    words = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for w in page.extract_words():
                text = unicodedata.normalize("NFKC", w["text"])
                words.append(text[::-1] if any("\u0600" <= c <= "\u06ff" for c in text) else text)
    return CONTROLS.sub("", " ".join(words))


def test_propose_is_a_preview_that_writes_nothing(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    account = debtor(store)
    before = snapshot(store)
    code, out = run(
        capsys, db_path, "plan", "propose", account, "--down", "3079,70", "--months", "6", "--json"
    )
    assert code == 0 and snapshot(store) == before
    assert out["total"] == "30797.00" and out["down_payment"] == "3079.70"
    assert len(out["installments"]) == 6 and out["violations"] == []
    assert sum(float(i["amount"]) for i in out["installments"]) == pytest.approx(27717.30)
    assert out["installments"][0]["due_date"] > TODAY.isoformat()
    code, out = run(
        capsys, db_path, "plan", "propose", account, "--down", "0", "--months", "30", "--json"
    )
    assert code == 0 and {v["rule"] for v in out["violations"]} == {
        "plan.down_too_small",
        "plan.too_many_installments",
    }


def test_create_with_the_agreement_in_arabic_and_french_then_follow_the_plan(
    store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], env: None
) -> None:
    account = debtor(store)
    code, out = run(
        capsys,
        db_path,
        "plan",
        "create",
        account,
        "--down",
        "0",
        "--months",
        "6",
        "--user",
        "amina",
        "--json",
    )
    assert code == 1 and out["error"] == "plan.out_of_policy"
    pdf_ar = tmp_path / "agreement-ar.pdf"
    code, out = run(
        capsys,
        db_path,
        "plan",
        "create",
        account,
        "--down",
        "2000",
        "--months",
        "6",
        "--user",
        "amina",
        "--approver",
        "karim",
        "--reason",
        "perte d'emploi",
        "--agreement",
        str(pdf_ar),
        "--lang",
        "ar",
        "--json",
    )
    assert code == 0, out
    reference, receipt = out["reference"], out["receipt_no"]
    assert out["approved_by"] == "karim" and out["agreement"] == str(pdf_ar)
    text = pdf_words(pdf_ar)
    for needle in (
        "اتفاقية",
        "بالتقسيط",
        "الزبون",
        "فاطمة",
        reference,
        receipt,
        account,
        "Échéancier",
    ):
        assert needle in text, needle
    pdf_fr = tmp_path / "agreement-fr.pdf"
    code, _ = run(
        capsys,
        db_path,
        "plan",
        "agreement",
        reference,
        "--out",
        str(pdf_fr),
        "--lang",
        "fr",
        "--json",
    )
    assert code == 0
    text = pdf_words(pdf_fr)
    for needle in (
        "Échéancier de paiement",
        "Calendrier des échéances",
        "Fatima Zohra Benyoucef",
        "perte d'emploi",
        "Karim Haddad",
        "30 jours",
        reference,
    ):
        assert needle in text, needle

    code, out = run(capsys, db_path, "pay", account, "5000", "--user", "amina", "--json")
    assert code == 0
    code, out = run(capsys, db_path, "plan", "show", account, "--json")
    active = out["active"]
    assert active["reference"] == reference and active["down_receipt_no"] == receipt
    assert active["installments"][0]["status"] == "paid"
    assert active["installments"][1]["status"] == "partly_paid"

    first_due = dt.date.fromisoformat(active["installments"][0]["due_date"])
    due_csv = tmp_path / "due.csv"
    code, out = run(
        capsys,
        db_path,
        "plan",
        "due",
        "--days",
        "40",
        "--csv",
        str(due_csv),
        "--today",
        (first_due + dt.timedelta(days=1)).isoformat(),
        "--json",
    )
    assert code == 0 and out["count"] == 1
    with due_csv.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["account_no"] == account and rows[0]["seq"] == "2"
    assert rows[0]["name_ar"] == "فاطمة الزهراء بن يوسف"

    late_day = dt.date.fromisoformat(active["installments"][2]["due_date"]) + dt.timedelta(days=5)
    code, out = run(capsys, db_path, "plan", "overdue", "--today", late_day.isoformat(), "--json")
    second_due = dt.date.fromisoformat(active["installments"][1]["due_date"])
    assert [(r["seq"], r["days_late"]) for r in out["rows"]] == [
        (2, (late_day - second_due).days),
        (3, 5),
    ]
    code, out = run(capsys, db_path, "plan", "cut-list", "--today", late_day.isoformat(), "--json")
    assert account not in {r["account_no"] for r in out["rows"]}

    broken_day = late_day + dt.timedelta(days=60)
    code, out = run(capsys, db_path, "plan", "check", "--today", broken_day.isoformat(), "--json")
    assert code == 0 and out["broken"] == [reference]
    code, out = run(
        capsys, db_path, "plan", "cut-list", "--today", broken_day.isoformat(), "--json"
    )
    assert account in {r["account_no"] for r in out["rows"]}
    code, out = run(capsys, db_path, "plan", "show", account, "--json")
    assert out["active"] is None and out["plans"][0]["status"] == "broken"


def test_an_unwritable_agreement_path_is_refused_before_anything_is_written(
    store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], env: None
) -> None:
    account = debtor(store)
    before = snapshot(store)
    code, out = run(
        capsys,
        db_path,
        "plan",
        "create",
        account,
        "--down",
        "3100",
        "--months",
        "6",
        "--user",
        "amina",
        "--agreement",
        str(tmp_path / "no" / "a.pdf"),
        "--json",
    )
    assert code == 1 and out["error"] == "pdf.output_unwritable"
    assert snapshot(store) == before


def test_renegotiate_and_cancel(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str], env: None
) -> None:
    account = debtor(store)
    code, first = run(
        capsys,
        db_path,
        "plan",
        "create",
        account,
        "--down",
        "3100",
        "--months",
        "6",
        "--user",
        "amina",
        "--json",
    )
    assert code == 0
    code, second = run(
        capsys,
        db_path,
        "plan",
        "renegotiate",
        account,
        "--down",
        "2800",
        "--installment",
        "2500",
        "--user",
        "amina",
        "--json",
    )
    assert code == 0 and second["previous"] == first["reference"]
    assert {i["amount"] for i in second["installments"][:-1]} == {"2500.00"}
    code, out = run(
        capsys, db_path, "plan", "cancel", account, "--user", "amina", "--reason", "x", "--json"
    )
    assert code == 1 and out["error"] == "auth.forbidden"
    code, out = run(
        capsys,
        db_path,
        "plan",
        "cancel",
        account,
        "--user",
        "karim",
        "--reason",
        "paid at head office",
        "--json",
    )
    assert code == 0 and out["reference"] == second["reference"]
