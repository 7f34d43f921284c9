"""`guichet central ...` and `guichet sync` end to end: a demo agency against a real PostgreSQL."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli.main import main
from desktop.bootstrap import open_store
from desktop.sync.admin import central_engine, drop_central
from tests.factories import open_till

pytestmark = pytest.mark.postgres
TODAY = "2026-11-23"


@pytest.fixture
def central_url(pg_url: str) -> Iterator[str]:
    yield pg_url
    engine = central_engine(pg_url)
    drop_central(engine)
    engine.dispose()


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    path = tmp_path / "agency.db"
    assert (
        main(
            [
                "--db",
                str(path),
                "demo",
                "--accounts",
                "40",
                "--seed",
                "3",
                "--today",
                TODAY,
                "--json",
            ]
        )
        == 0
    )
    store = open_store(path)
    try:
        open_till(store, "amina")
    finally:
        store.dispose()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


def an_account_with_open_bills(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT a.account_no FROM accounts a JOIN bills b ON b.account_id = a.id "
            "WHERE b.open_minor > 0 AND a.status = 'active' ORDER BY a.account_no LIMIT 1"
        ).fetchone()[0]


def test_an_agency_is_set_up_syncs_and_sees_online_payments(
    central_url: str,
    desk: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, init = run(capsys, "central", "init", "--url", central_url, "--json")
    assert code == 0 and init["status"] == "ready"
    assert run(capsys, "central", "init", "--url", central_url, "--json")[0] == 0  # idempotent

    code, login = run(capsys, "central", "add-agency", "2401", "--url", central_url, "--json")
    assert code == 0 and login["user"].endswith("_agency_2401") and len(login["password"]) >= 24
    code, again = run(capsys, "central", "add-agency", "2401", "--url", central_url, "--json")
    assert code == 1 and again["error"] == "central.agency_exists"

    code, imported = run(
        capsys,
        "--db",
        str(desk),
        "central",
        "import-billing",
        "--agency",
        "2401",
        "--url",
        central_url,
        "--json",
    )
    assert code == 0 and imported["accounts"] == 40

    monkeypatch.setenv("GUICHET_PASSWORD", "demo")
    account = an_account_with_open_bills(desk)
    assert (
        run(capsys, "--db", str(desk), "pay", account, "100", "--user", "amina", "--json")[0] == 0
    )
    code, status = run(capsys, "--db", str(desk), "sync", "status", "--json")
    assert code == 0 and status["pending"] == 1 and status["cursor"]["last_pull"] is None

    code, first = run(capsys, "--db", str(desk), "sync", "--once", "--url", login["url"], "--json")
    assert code == 0
    assert (first["agency"], first["pushed"], first["rejected"]) == ("2401", 1, 0)
    assert first["pulled"] > 40

    code, online = run(
        capsys,
        "central",
        "simulate-online-payments",
        "--url",
        central_url,
        "--count",
        "3",
        "--agency",
        "2401",
        "--seed",
        "1",
        "--json",
    )
    assert code == 0 and online["count"] == 3
    code, second = run(capsys, "--db", str(desk), "sync", "--once", "--url", login["url"], "--json")
    assert code == 0 and second["pushed"] == 0 and second["pulled"] >= 3
    with sqlite3.connect(desk) as conn:
        for p in online["payments"]:
            assert conn.execute(
                "SELECT open_minor FROM bills WHERE bill_no = ?", (p["bill_no"],)
            ).fetchone() == (0,)
            assert conn.execute(
                "SELECT channel, amount_minor FROM payments WHERE uuid = ?", (p["uuid"],)
            ).fetchone() == ("online", p["amount_minor"])

    code, status = run(capsys, "--db", str(desk), "sync", "status", "--json")
    assert (status["pending"], status["quarantined"]) == (0, 0)
    assert status["cursor"]["last_pull"] is not None


def test_sync_without_a_reachable_central_says_so_and_keeps_the_queue(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql://nobody@127.0.0.1:1/none"
    code, error = run(capsys, "--db", str(desk), "sync", "--once", "--url", url, "--json")
    assert code == 1 and error["error"] == "sync.offline"
    code, error = run(capsys, "--db", str(desk), "sync", "--once", "--json")
    assert code == 1 and error["error"] == "central.url_missing"


def test_the_agency_policy_is_shown_and_changed_by_the_administrator(
    central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "central", "init", "--url", central_url, "--json")[0] == 0
    assert run(capsys, "central", "add-agency", "2401", "--url", central_url, "--json")[0] == 0
    code, policy = run(capsys, "central", "policy", "2401", "--url", central_url, "--json")
    assert code == 0
    assert policy == {
        "agency": "2401",
        "currency": None,
        "allow_credit": False,
        "max_payment_minor": 10_000_000_000,
    }
    code, policy = run(
        capsys,
        "central",
        "policy",
        "2401",
        "--currency",
        "DZD",
        "--allow-credit",
        "yes",
        "--max-payment",
        "5 000 000,00",
        "--url",
        central_url,
        "--json",
    )
    assert code == 0
    assert policy == {
        "agency": "2401",
        "currency": "DZD",
        "allow_credit": True,
        "max_payment_minor": 500_000_000,
    }
    code, refused = run(capsys, "central", "policy", "2499", "--url", central_url, "--json")
    assert code == 1 and refused["error"] == "central.agency_unknown"
    code, refused = run(
        capsys, "central", "policy", "2401", "--currency", "dinar", "--url", central_url, "--json"
    )
    assert code == 1 and refused["error"] == "central.currency_invalid"
