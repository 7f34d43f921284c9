"""Issue 14, parts 1 and 6 through the `guichet` command line: typed amounts read as meant or
refused naming both readings, other currencies refused, large credit only when confirmed,
plans bounded by a ceiling no approval passes, the rounding rule stated (JSON, text, PDF)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pdfplumber
import pytest

from cli.main import main
from desktop.store.db import Store
from desktop.store.models import Setting
from tests.factories import PASSWORD, BillSpec, make_account, snapshot

TODAY = dt.date.today()


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUICHET_PASSWORD", PASSWORD)
    monkeypatch.setenv("GUICHET_APPROVER_PASSWORD", PASSWORD)


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, dict]:
    code = main(["--db", str(db), *argv])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


def settings(store: Store, **values: str) -> None:
    with store.unit_of_work() as uow:
        for key, value in values.items():
            uow.session.merge(Setting(key=key, value=value))
        uow.commit()


def owing(store: Store, minor: int = 10_000) -> str:
    return make_account(store, bills=[BillSpec(TODAY - dt.timedelta(days=40), minor)]).account_no


def written(store: Store) -> dict[str, list[tuple]]:
    """Every row, except the record of the login itself (a refused payment still logged in)."""
    rows = snapshot(store)
    rows["journal"] = [r for r in rows["journal"] if r[3] != "login"]
    rows.pop("users", None)
    return rows


def debtor(store: Store) -> str:
    return make_account(
        store,
        bills=[
            BillSpec(TODAY - dt.timedelta(days=200), 1_845_650),
            BillSpec(TODAY - dt.timedelta(days=110), 1_234_050),
        ],
    ).account_no


# --- part 1: amounts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "typed", "message"),
    [
        ("fr_DZ", "2.000", "'2.000' could be 2,00 or 2\u202f000,00: type 2000 or 2,00, as meant."),
        ("ar_DZ", "2.000", "'2.000' could be 2,00 or 2.000,00: type 2000 or 2,00, as meant."),
        ("en", "1,000", "'1,000' could be 1.00 or 1,000.00: type 1000 or 1.00, as meant."),
    ],
)
def test_an_ambiguous_payment_names_both_readings_in_the_terminals_locale(
    store: Store,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    env: None,
    locale: str,
    typed: str,
    message: str,
) -> None:
    settings(store, locale=locale)
    account = owing(store, 500_000)
    before = snapshot(store)
    code, out = run(capsys, db_path, "pay", account, typed, "--user", "amina", "--json")
    assert (code, out["error"], out["message"]) == (1, "amount.ambiguous", message)
    assert snapshot(store) == before


def test_the_unambiguous_forms_are_recorded_as_typed(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str], env: None
) -> None:
    settings(store, locale="ar_DZ")
    account = owing(store, 1_000_000)
    for typed, recorded in (
        ("2.000,00", "2000.00"),
        ("2 000", "2000.00"),
        ("٢٠٠٠٫٥٠ دج", "2000.50"),
        ("2,000.00 DA", "2000.00"),
        ("1234,5", "1234.50"),
    ):
        code, out = run(capsys, db_path, "pay", account, typed, "--user", "amina", "--json")
        assert code == 0 and out["amount"] == recorded, (typed, out)


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (["session", "move", "pickup", "2.000"], "amount.ambiguous"),
        (["session", "move", "pickup", "100 MAD"], "amount.other_currency"),
        (["session", "move", "topup", "12,345"], "amount.ambiguous_decimals"),
        (["session", "close", "--count", "2000x5", "--card-total", "1.500"], "amount.ambiguous"),
        (
            ["session", "close", "--count", "2000x5", "--card-total", "50 €"],
            "amount.other_currency",
        ),
    ],
)
def test_till_amounts_go_through_the_same_parser(
    store: Store,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    env: None,
    argv: list[str],
    error: str,
) -> None:
    before = snapshot(store)
    extra = ["--approver", "karim", "--reason", "coffre"] if argv[1] == "move" else []
    code, out = run(capsys, db_path, *argv, "--user", "amina", *extra, "--json")
    assert (code, out["error"]) == (1, error), out
    assert snapshot(store) == before


def test_a_large_credit_needs_the_explicit_flag(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str], env: None
) -> None:
    settings(store, allow_credit="1")
    account = owing(store, 10_000)  # owes 100,00
    before = written(store)
    code, out = run(capsys, db_path, "pay", account, "950000", "--user", "amina", "--json")
    assert code == 1 and out["error"] == "payment.credit_unconfirmed"
    assert out["params"] == {"credit": "949900.00", "amount": "950000.00", "threshold": "10000.00"}
    assert "--allow-large-credit" in out["message"]
    assert written(store) == before
    code, out = run(
        capsys,
        db_path,
        "pay",
        account,
        "950000",
        "--allow-large-credit",
        "--user",
        "amina",
        "--json",
    )
    assert code == 0 and out["credit"] == "949900.00"


def test_a_credit_under_the_threshold_needs_no_flag_and_the_threshold_is_a_setting(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str], env: None
) -> None:
    settings(store, allow_credit="1")
    account = owing(store, 10_000)
    code, out = run(capsys, db_path, "pay", account, "150", "--user", "amina", "--json")
    assert code == 0 and out["credit"] == "50.00"
    settings(store, credit_confirm_minor="0")  # every credit must be confirmed
    code, out = run(capsys, db_path, "pay", account, "0,01", "--user", "amina", "--json")
    assert code == 1 and out["error"] == "payment.credit_unconfirmed"
    settings(store, credit_confirm_minor="beaucoup")
    code, out = run(capsys, db_path, "pay", account, "1", "--user", "amina", "--json")
    assert code == 1 and out["error"] == "setting.invalid"


# --- part 6: plans within policy -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("terms", "error", "params"),
    [
        (
            ["--installment", "0,50"],
            "plan.installment_over_ceiling",
            {"installment": "0.50", "count": "61594", "maximum": "36", "minimum": "856.00"},
        ),
        (
            ["--installment", "0,01"],
            "plan.installment_over_ceiling",
            {"installment": "0.01", "count": "3079700", "maximum": "36", "minimum": "856.00"},
        ),
        (["--months", "37"], "plan.count_over_ceiling", {"count": "37", "maximum": "36"}),
        (["--months", "100000"], "plan.count_over_ceiling", {"count": "100000", "maximum": "36"}),
    ],
)
def test_terms_past_the_ceiling_are_refused_even_with_a_managers_approval(
    store: Store,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    env: None,
    terms: list[str],
    error: str,
    params: dict[str, str],
) -> None:
    account = debtor(store)
    before = written(store)
    code, out = run(capsys, db_path, "plan", "propose", account, "--down", "0", *terms, "--json")
    assert (code, out["error"], out["params"]) == (1, error, params)
    assert "even with a manager's approval" in out["message"]
    code, out = run(
        capsys,
        db_path,
        "plan",
        "create",
        account,
        "--down",
        "0",
        *terms,
        "--user",
        "amina",
        "--approver",
        "karim",
        "--reason",
        "accord",
        "--json",
    )
    assert (code, out["error"]) == (1, error)
    assert written(store) == before


def test_the_ceiling_itself_is_approvable_and_the_rounding_rule_is_stated(
    store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], env: None
) -> None:
    account = debtor(store)
    code, out = run(
        capsys, db_path, "plan", "propose", account, "--down", "3079,70", "--months", "36", "--json"
    )
    assert code == 0 and [v["rule"] for v in out["violations"]] == ["plan.too_many_installments"]
    assert (out["max_installments"], out["ceiling_installments"]) == (12, 36)
    assert out["rounding"]["rule"] == "plan.rounding.count"
    assert out["rounding"]["params"] == {
        "financed": "27717.30",
        "count": "36",
        "regular": "769.00",
        "last": "802.30",
        "unit": "1.00",
    }
    assert out["rounding"]["message"] == (
        "27717.30 is split into 36 installments of 769.00, rounded down to a multiple of 1.00; "
        "the last one, 802.30, takes the remainder."
    )
    code, out = run(
        capsys,
        db_path,
        "plan",
        "propose",
        account,
        "--down",
        "3079,70",
        "--installment",
        "5.000,00",
        "--json",
    )
    assert out["rounding"]["message"] == (
        "27717.30 is paid in installments of 5000.00 as agreed; the last one, 2717.30, is what "
        "remains."
    )
    code = main(
        ["--db", str(db_path), "plan", "propose", account, "--down", "3079,70", "--months", "6"]
    )
    assert "Rounding: 27717.30 is split into 6 installments of 4619.00" in capsys.readouterr().out

    pdf = tmp_path / "agreement.pdf"
    code, out = run(
        capsys,
        db_path,
        "plan",
        "create",
        account,
        "--down",
        "3079,70",
        "--months",
        "6",
        "--user",
        "amina",
        "--agreement",
        str(pdf),
        "--lang",
        "fr",
        "--json",
    )
    assert code == 0, out
    with pdfplumber.open(pdf) as doc:
        text = " ".join((p.extract_text() or "") for p in doc.pages).replace("\u202f", " ")
    text = " ".join(text.replace("\xa0", " ").split())
    assert "Arrondi" in text
    assert "4 619,00 DA par échéance ; la dernière (4 622,30 DA) prend le reste" in text


def test_a_ceiling_below_the_maximum_or_above_ten_years_is_a_policy_error(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    account = debtor(store)
    for policy in (
        {"residential_individual": {"ceiling_installments": 6}},
        {"residential_individual": {"ceiling_installments": 121}},
    ):
        settings(store, plan_policy=json.dumps(policy))
        code, out = run(
            capsys,
            db_path,
            "plan",
            "propose",
            account,
            "--down",
            "3079,70",
            "--months",
            "6",
            "--json",
        )
        assert (code, out["error"]) == (1, "plan.policy_invalid")
        assert "ceiling_installments" in out["message"]
