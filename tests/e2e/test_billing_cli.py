"""`guichet tariff|billing|reading|contact` end to end: JSON out, refusals as JSON errors."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from cli.main import main
from desktop.store.db import Store
from desktop.store.models import Bill, MeterReading, ServicePoint
from tests.factories import PASSWORD, BillSpec, make_account

LYDEC = "lydec-2017-residential-electricity"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object]:
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


@pytest.fixture
def db(store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GUICHET_PASSWORD", PASSWORD)
    return db_path


def meter_read_a_month_ago(store: Store) -> tuple[str, str]:
    # One actual bill of 400 kWh over 91 days, ending before the last reading: ~132 a month.
    due = date.today() - timedelta(days=10)
    created = make_account(
        store,
        currency="MAD",
        phone1="0661234567",
        bills=[BillSpec(due=due, amount_minor=50000, open_minor=0)],
    )
    meter = created.meter_nos[0]
    with store.unit_of_work() as uow:
        s = uow.session
        s.execute(
            update(ServicePoint)
            .where(ServicePoint.meter_no == meter)
            .values(tariff_code=LYDEC, billing_period="monthly")
        )
        point_id = s.scalars(select(ServicePoint.id).where(ServicePoint.meter_no == meter)).one()
        s.add(
            MeterReading(
                uuid="prev",
                service_point_id=point_id,
                index_value=1000,
                kind="actual",
                reading_date=date.today() - timedelta(days=30),
            )
        )
        uow.commit()
    return created.account_no, meter


def test_tariff_list_and_quote_give_decimal_strings(capsys: pytest.CaptureFixture[str]) -> None:
    code, listed = run(capsys, "tariff", "list", "--json")
    assert code == 0
    assert {t["code"] for t in listed} >= {LYDEC, "sonelgaz-2016-residential-electricity"}  # type: ignore[union-attr]
    code, q = run(
        capsys, "tariff", "quote", "sonelgaz-2016-residential-electricity", "400", "--json"
    )
    assert code == 0
    tiers = [
        (ln["quantity"], ln["unit_price"], ln["amount"])
        for ln in q["lines"]  # type: ignore[index]
        if ln["kind"] == "tier"
    ]
    assert tiers == [(125, "1.779", "222.38"), (125, "4.179", "522.38"), (150, "4.812", "721.80")]
    assert q["energy_total"] == "1466.56"  # type: ignore[index]
    assert set(q) >= {"lines", "energy_total", "fees_total", "tax_total", "total"}  # type: ignore[arg-type]


def test_an_unknown_tariff_is_a_json_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, error = run(capsys, "tariff", "quote", "edf-bleu", "100", "--json")
    assert (code, error["error"]) == (1, "tariff.unknown")  # type: ignore[index]


def test_simulate_regularization_gives_the_worked_example(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, data = run(
        capsys,
        "billing",
        "simulate-regularization",
        "--tariff",
        LYDEC,
        "--start",
        "2020-03-01",
        "--end",
        "2020-05-31",
        "--actual",
        "400",
        "--estimated",
        "150,150,150",
        "--json",
    )
    assert code == 0
    assert [(m["month"], m["kwh"], m["amount"]) for m in data["months"]] == [  # type: ignore[index]
        ("2020-03", 135, "120.73"),
        ("2020-04", 130, "115.62"),
        ("2020-05", 135, "120.73"),
    ]
    assert (data["actual_total"], data["estimated_total"], data["adjustment"]) == (  # type: ignore[index]
        "357.08",
        "450.00",
        "-92.92",
    )
    assert data["as_one_period"] == "526.28"  # type: ignore[index]


def test_reading_add_refuses_an_unusual_consumption_until_confirmed(
    capsys: pytest.CaptureFixture[str], db: Path, store: Store
) -> None:
    account_no, meter = meter_read_a_month_ago(store)
    today = date.today().isoformat()
    add = ("--db", str(db), "reading", "add", meter, "1600", "--date", today, "--user", "amina")
    code, error = run(capsys, *add, "--json")
    assert (code, error["error"]) == (1, "reading.unusual")  # type: ignore[index]
    assert error["params"]["consumption"] == "600"  # type: ignore[index]
    code, listed = run(capsys, "--db", str(db), "reading", "unusual", "--json")
    assert (code, listed) == (0, [])
    code, ok = run(capsys, *add, "--confirm-unusual", "--json")
    assert code == 0 and ok["unusual"] and ok["consumption"] == 600  # type: ignore[index]
    code, listed = run(capsys, "--db", str(db), "reading", "unusual", "--json")
    assert [(c["account_no"], c["consumption"]) for c in listed] == [(account_no, 600)]  # type: ignore[union-attr]
    code, notes = run(capsys, "--db", str(db), "contact", "notifications", "--json")
    assert [n["kind"] for n in notes] == ["unusual_consumption"]  # type: ignore[union-attr]


def test_an_index_below_the_previous_one_is_refused_with_a_json_error(
    capsys: pytest.CaptureFixture[str], db: Path, store: Store
) -> None:
    _, meter = meter_read_a_month_ago(store)
    code, error = run(
        capsys,
        "--db",
        str(db),
        "reading",
        "add",
        meter,
        "900",
        "--date",
        date.today().isoformat(),
        "--user",
        "amina",
        "--json",
    )
    assert (code, error["error"]) == (1, "reading.index_below_previous")  # type: ignore[index]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM meter_readings").fetchone()[0] == 1


def test_contact_set_then_show(capsys: pytest.CaptureFixture[str], db: Path, store: Store) -> None:
    account_no, _ = meter_read_a_month_ago(store)
    code, view = run(
        capsys,
        "--db",
        str(db),
        "contact",
        "set",
        account_no,
        "--mobile",
        "+212 7 12 34 56 78",
        "--email",
        "client@example.ma",
        "--channel",
        "email",
        "--ebill",
        "yes",
        "--user",
        "amina",
        "--json",
    )
    assert code == 0
    assert (view["mobile"], view["channel"], view["ebill"]) == ("0712345678", "email", True)  # type: ignore[index]
    code, shown = run(capsys, "--db", str(db), "contact", "show", account_no, "--json")
    assert shown["email"] == "client@example.ma"  # type: ignore[index]
    with sqlite3.connect(db) as conn:
        outbox = conn.execute("SELECT count(*) FROM outbox WHERE entity='account_contact'")
        assert outbox.fetchone()[0] == 1
    code, error = run(
        capsys,
        "--db",
        str(db),
        "contact",
        "set",
        account_no,
        "--mobile",
        "0512",
        "--user",
        "amina",
        "--json",
    )
    assert (code, error["error"]) == (1, "contact.mobile_invalid")  # type: ignore[index]


def test_decimal_commas_in_estimates_are_separated_by_semicolons(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, data = run(
        capsys,
        "billing",
        "simulate-regularisation",
        "--tariff",
        LYDEC,
        "--start",
        "2020-03-01",
        "--end",
        "2020-05-31",
        "--actual",
        "400",
        "--estimated",
        "136,06;136,06;136,06",
        "--json",
    )
    assert (code, data["adjustment"], data["direction"]) == (0, "-51.10", "credit")  # type: ignore[index]


def test_a_lockdown_reading_regularises_and_the_bill_explains_it(
    capsys: pytest.CaptureFixture[str], db: Path, store: Store
) -> None:
    account_no, meter = meter_read_a_month_ago(store)
    start = date.today() - timedelta(days=29)
    with store.unit_of_work() as uow:
        s = uow.session
        point = s.scalars(select(ServicePoint).where(ServicePoint.meter_no == meter)).one()
        s.add(
            Bill(
                bill_no="EST1",
                account_id=point.account_id,
                service_point_id=point.id,
                period_start=start,
                period_end=date.today(),
                issue_date=date.today(),
                due_date=date.today(),
                consumption=150,
                estimated=True,
                currency="MAD",
                amount_minor=16194,
                open_minor=16194,
            )
        )
        uow.commit()
    code, estimate = run(
        capsys,
        "--db",
        str(db),
        "billing",
        "estimate",
        meter,
        "--start",
        start.isoformat(),
        "--end",
        date.today().isoformat(),
        "--json",
    )
    assert code == 0 and estimate["estimated"] is True  # type: ignore[index]
    assert estimate["method"] == "recent_average"  # type: ignore[index]  # one bill, 4 months ago
    code, ok = run(
        capsys,
        "--db",
        str(db),
        "reading",
        "add",
        meter,
        "1120",
        "--date",
        date.today().isoformat(),
        "--user",
        "amina",
        "--kind",
        "actual",
        "--json",
    )
    assert code == 0
    # 120 kWh = 84.96 + 20.44 = 105.40 against 150 kWh estimated = 136.06: a credit of 30.66.
    assert (ok["adjustment"], ok["regularisation_id"] is not None) == ("-30.66", True)  # type: ignore[index]
    code, explained = run(capsys, "--db", str(db), "billing", "explain", "EST1", "--json")
    assert code == 0 and explained["estimated"]  # type: ignore[index]
    [reg] = explained["regularisations"]  # type: ignore[index]
    assert (reg["months"][0]["kwh"], reg["months"][0]["amount"], reg["adjustment"]) == (
        120,
        "105.40",
        "-30.66",
    )
    code, listed = run(capsys, "--db", str(db), "billing", "regularisations", account_no, "--json")
    assert [r["status"] for r in listed] == ["credited"]  # type: ignore[union-attr]
