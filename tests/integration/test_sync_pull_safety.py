"""Issue 13, parts 2 and 4: cash taken stays taken; hostile or broken central data never stops
a desktop.

On a real central PostgreSQL, pulled as the agency login; the bad rows are written as the
administrator (superuser), the way the billing system or a hand correction would: a date
``infinity`` or in year 10000, an open amount above the bill, a EUR bill in a DZD agency, a
name of ten kilobytes. The first tests need SQLite only (the rule for refused payments).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, select, text

from cli.main import main
from desktop.bootstrap import init_database
from desktop.domain.errors import DomainError
from desktop.services.accounts import get_account_view
from desktop.services.voids import void_payment
from desktop.store import journal
from desktop.store.db import Store
from desktop.store.models import Account, Bill, JournalEntry, SyncCursor, SyncQuarantine
from desktop.sync.initial_load import initial_load
from desktop.sync.pull import pending_effects, pull_changes
from desktop.sync.push import acknowledge, pending_batch, push_outbox
from desktop.sync.quarantine import list_quarantine, resolve_quarantine
from desktop.sync.remote import lookup_account
from desktop.sync.service import sync_status
from tests.factories import BillSpec, make_account, snapshot, user_named
from tests.integration.sync_world import Central, central_for, pay, seed_account

ACCOUNT = "240100000001"
NOW = dt.datetime(2026, 11, 23, 9, 30)


def open_minor(store: Store) -> dict[str, int]:
    with store.read() as s:
        return dict(s.execute(select(Bill.bill_no, Bill.open_minor)).all())


# --- the rule, on SQLite: a refused payment holds its bill while its problem is open ----------


def _refuse(store: Store, item: dict) -> None:
    answer = {
        "uuid": item["uuid"],
        "status": "rejected",
        "reason": "receipt_reused",
        "detail": "receipt number already used",
    }
    assert acknowledge(store, [item], [answer], NOW).rejected == 1


def test_a_refused_payment_counts_until_handled_and_again_when_sent_again(store: Store) -> None:
    make_account(
        store, account_no=ACCOUNT, bills=[BillSpec(dt.date(2026, 10, 1), 10_000, bill_no="F1")]
    )
    pay(store, ACCOUNT, 4_000)
    (item,) = pending_batch(store)
    with store.read() as s:
        assert pending_effects(s)[0] == {"F1": 4_000}  # pending
    _refuse(store, item)
    with store.read() as s:
        assert pending_effects(s)[0] == {"F1": 4_000}  # refused, problem open: still counts
    karim = user_named(store, "karim")
    resolve_quarantine(store, karim, item["uuid"], "retry")
    with store.read() as s:
        assert pending_effects(s)[0] == {"F1": 4_000}  # pending again
    _refuse(store, item)
    resolve_quarantine(store, karim, item["uuid"], "handled", "Customer refunded, receipt kept.")
    with store.read() as s:
        assert pending_effects(s)[0] == {}  # the manager dealt with it: central is right


def test_a_refused_payment_and_its_refused_void_cancel_out(store: Store) -> None:
    """The void gave the cash back here: the bill is open locally and stays so."""
    make_account(
        store, account_no=ACCOUNT, bills=[BillSpec(dt.date(2026, 10, 1), 10_000, bill_no="F1")]
    )
    paid = pay(store, ACCOUNT, 4_000)
    (item,) = pending_batch(store)
    _refuse(store, item)
    with store.unit_of_work() as uow:
        void_payment(
            uow,
            user_named(store, "amina"),
            user_named(store, "karim"),
            paid.receipt_no,
            "other",
            "customer changed their mind",
        )
        uow.commit()
    (void,) = pending_batch(store)
    answer = {
        "uuid": void["uuid"],
        "status": "rejected",
        "reason": "unknown_payment",
        "detail": "no such payment",
    }
    acknowledge(store, [void], [answer], NOW)
    with store.read() as s:
        assert pending_effects(s)[0] == {}  # central has neither: its open amount is right
    assert open_minor(store) == {"F1": 10_000}


# --- against a real central ---------------------------------------------------------------

pg = pytest.mark.postgres


@pytest.fixture
def central(pg_url: str) -> Iterator[Central]:
    with central_for(pg_url) as c:
        seed_account(c, "2401", ACCOUNT, {"F1": 10_000, "F2": 20_000})
        yield c


def _cli(db: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pg
def test_a_cloned_terminal_keeps_the_bill_it_was_paid_for_until_the_manager_resolves_it(
    store: Store,
    central: Central,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = central.client("2401")
    pull_changes(store, client)
    store.dispose()
    clone_path = tmp_path / "clone.db"
    shutil.copyfile(Path(store.engine.url.database or ""), clone_path)  # restored / cloned
    clone = init_database(clone_path)
    try:
        original = pay(store, ACCOUNT, 10_000, ("F1",))
        cloned = pay(clone, ACCOUNT, 20_000, ("F2",))
        assert cloned.receipt_no == original.receipt_no  # the same series: a clone
        assert push_outbox(store, client).pushed == 1
        assert push_outbox(clone, client).rejected == 1
        assert sync_status(clone)["pending"] == 0  # left the queue...

        pull_changes(clone, client)  # ...but central's F2 (still open) must not reopen it
        assert open_minor(clone) == {"F1": 0, "F2": 0}
        assert central.scalar("SELECT open_minor FROM guichet.bills WHERE bill_no = 'F2'") == 20_000
        with central.admin.begin() as conn:  # central touches F2 again: pulled once more
            conn.execute(text("UPDATE guichet.bills SET consumption = 999 WHERE bill_no = 'F2'"))
        pull_changes(clone, client)
        assert open_minor(clone)["F2"] == 0
        initial_load(clone, client)  # even a forced full reload keeps it settled
        assert open_minor(clone)["F2"] == 0

        with clone.read() as s:
            view = get_account_view(s, ACCOUNT)
        held = [p for p in view.payments if p.held_by_central]
        assert [p.receipt_no for p in held] == [cloned.receipt_no]
        assert view.total_due.minor == 0  # never two demands for the same money
        code, out, _ = _cli(clone_path, capsys, "account", ACCOUNT, "--json")
        data = json.loads(out)
        assert code == 0 and data["held_by_central"] == [cloned.receipt_no]
        assert data["total_due"] == "0.00"
        assert [p["held_by_central"] for p in data["payments"]] == [True]
        code, out, _ = _cli(clone_path, capsys, "account", ACCOUNT)
        assert "Held by central" in out and cloned.receipt_no in out

        karim = user_named(clone, "karim")
        (problem,) = list_quarantine(clone, karim)
        assert problem.reason == "receipt_reused"
        resolve_quarantine(clone, karim, problem.outbox_uuid, "retry")  # refused again
        assert push_outbox(clone, client).rejected == 1
        pull_changes(clone, client)
        assert open_minor(clone)["F2"] == 0

        resolve_quarantine(
            clone,
            karim,
            problem.outbox_uuid,
            "handled",
            "Customer refunded 200.00 in cash; the receipt is kept.",
        )
        push_outbox(clone, client)  # the manager's note goes to central
        pull_changes(clone, client)
        with clone.unit_of_work() as uow:  # the whole region again: central is right now
            uow.session.execute(SyncCursor.__table__.delete())
            uow.commit()
        pull_changes(clone, client)
        assert open_minor(clone) == {"F1": 0, "F2": 20_000}
        with clone.read() as s:
            assert not any(p.held_by_central for p in get_account_view(s, ACCOUNT).payments)
    finally:
        clone.dispose()


# --- bad rows from central ------------------------------------------------------------------

BAD_ACCOUNT = "240100000077"


def _bill(conn: Connection, bill_no: str, account: str = ACCOUNT, **over: object) -> None:
    values: dict[str, object] = {
        "b": bill_no,
        "a": account,
        "m": f"M{account}",
        "ps": "2025-01-01",
        "pe": "2025-03-31",
        "i": "2025-04-05",
        "d": "2025-05-05",
        "cur": "DZD",
        "amt": 1_000,
        "open": 1_000,
    }
    values.update(over)
    conn.execute(
        text(
            "INSERT INTO guichet.bills (bill_no, account_no, meter_no, agency_code, period_start,"
            " period_end, issue_date, due_date, currency, amount_minor, open_minor) VALUES "
            "(:b, :a, :m, '2401', CAST(:ps AS date), CAST(:pe AS date), CAST(:i AS date), "
            "CAST(:d AS date), :cur, :amt, :open)"
        ),
        values,
    )


def _write_bad_rows(central: Central) -> None:
    """Four bad bills, one good one, and an account with a 10 kB name with its meter and bill."""
    with central.admin.begin() as conn:
        _bill(conn, "INF1", d="infinity")
        _bill(conn, "Y10K", i="10000-01-01")
        _bill(conn, "OVER1", amt=1_000, open=5_000)
        _bill(conn, "EUR1", cur="EUR")
        _bill(conn, "GOOD1", amt=7_000, open=7_000)
        conn.execute(
            text(
                "INSERT INTO guichet.accounts (account_no, agency_code, category, name_ar, "
                "name_latin, city, currency) VALUES (:a, '2401', 'residential_individual', "
                "'سمير', :name, 'Guelma', 'DZD')"
            ),
            {"a": BAD_ACCOUNT, "name": "S" * 10_000},
        )
        conn.execute(
            text(
                "INSERT INTO guichet.service_points (meter_no, account_no, agency_code, service, "
                "tariff_code, billing_period) VALUES (:m, :a, '2401', 'electricity', "
                "'sonelgaz-2016-residential-electricity', 'quarterly')"
            ),
            {"m": f"M{BAD_ACCOUNT}", "a": BAD_ACCOUNT},
        )
        _bill(conn, "KID1", BAD_ACCOUNT, amt=3_000, open=3_000)


EXPECTED = {
    ("pull/bill", "INF1"): "bad_date",
    ("pull/bill", "Y10K"): "bad_date",
    ("pull/bill", "OVER1"): "bad_amount",
    ("pull/bill", "EUR1"): "wrong_currency",
    ("pull/account", BAD_ACCOUNT): "bad_text",
    ("pull/service_point", f"M{BAD_ACCOUNT}"): "parent_set_aside",
    ("pull/bill", "KID1"): "parent_set_aside",
}


def _problems(store: Store) -> dict[tuple[str, str], str]:
    return {
        (p.entity, p.entity_uuid): p.reason
        for p in list_quarantine(store, user_named(store, "karim"))
    }


def _since(store: Store) -> int:
    with store.read() as s:
        cursor = s.get(SyncCursor, "central")
        assert cursor is not None
        return int(cursor.since)


def _round_finished(store: Store) -> bool:
    """The pull went through to the end of its round (no page position left pending). The
    ``since`` itself moves only as far as the cluster's oldest open transaction allows (a
    concurrent transaction elsewhere on the server holds it back, harmlessly)."""
    with store.read() as s:
        cursor = s.get(SyncCursor, "central")
        return cursor is not None and cursor.after is None and cursor.next_since is None


@pg
def test_bad_rows_are_set_aside_the_page_applies_and_the_cursor_moves(
    store: Store, central: Central
) -> None:
    client = central.client("2401")
    pull_changes(store, client)
    before = _since(store)
    _write_bad_rows(central)

    result = pull_changes(store, client)  # used to stop on 'infinity' with a traceback
    assert result.set_aside == len(EXPECTED)
    assert open_minor(store) == {"F1": 10_000, "F2": 20_000, "GOOD1": 7_000}
    assert _since(store) >= before and _round_finished(store)  # not stuck on the bad rows
    assert _problems(store) == EXPECTED
    with store.read() as s:
        assert s.scalar(select(Account).where(Account.account_no == BAD_ACCOUNT)) is None
        details = {q.entity_uuid: q.detail for q in s.scalars(select(SyncQuarantine))}
        assert "infinity" in details["INF1"] and "due_date" in details["INF1"]
        assert "EUR" in details["EUR1"] and "DZD" in details["EUR1"]
        assert "10000 characters" in details[BAD_ACCOUNT] and "S" * 50 not in details[BAD_ACCOUNT]
        assert {q.op for q in s.scalars(select(SyncQuarantine))} == {"pull"}
        assert journal.verify(s).intact
    assert sync_status(store)["quarantined"] == len(EXPECTED)

    again = pull_changes(store, client)  # the next pull works, and doubles nothing
    assert again.pages >= 1 and _problems(store) == EXPECTED
    with central.admin.begin() as conn:
        _bill(conn, "LATER1", amt=2_000, open=2_000)
    pull_changes(store, client)
    assert open_minor(store)["LATER1"] == 2_000


@pg
def test_a_corrected_row_applies_and_closes_its_problem_and_waiting_children(
    store: Store, central: Central
) -> None:
    client = central.client("2401")
    pull_changes(store, client)
    _write_bad_rows(central)
    pull_changes(store, client)
    with central.admin.begin() as conn:  # head office corrects two of them
        conn.execute(
            text("UPDATE guichet.bills SET due_date = '2025-06-30' WHERE bill_no = 'INF1'")
        )
        conn.execute(
            text("UPDATE guichet.accounts SET name_latin = 'Samir Bouzid' WHERE account_no = :a"),
            {"a": BAD_ACCOUNT},
        )
    pull_changes(store, client)
    assert open_minor(store)["INF1"] == 1_000
    assert open_minor(store)["KID1"] == 3_000  # its meter and bill came from their problems
    assert _problems(store) == {
        k: v for k, v in EXPECTED.items() if k[1] in ("Y10K", "OVER1", "EUR1")
    }
    karim = user_named(store, "karim")
    closed = [p for p in list_quarantine(store, karim, include_resolved=True) if p.resolved_at]
    assert {p.entity_uuid for p in closed} == {"INF1", BAD_ACCOUNT, f"M{BAD_ACCOUNT}", "KID1"}
    assert {p.resolved_by for p in closed} == {"central"}
    with store.read() as s:
        kinds = s.scalars(select(JournalEntry.kind)).all()
        assert kinds.count("sync.pull_problem_corrected") == 4
        assert journal.verify(s).intact


@pg
def test_a_bad_version_never_overwrites_the_good_row_held_here(
    store: Store, central: Central
) -> None:
    client = central.client("2401")
    pull_changes(store, client)
    with central.admin.begin() as conn:
        conn.execute(text("UPDATE guichet.bills SET open_minor = 50000 WHERE bill_no = 'F1'"))
    pull_changes(store, client)
    assert open_minor(store)["F1"] == 10_000  # the last good version stays
    assert _problems(store) == {("pull/bill", "F1"): "bad_amount"}
    with central.admin.begin() as conn:
        conn.execute(text("UPDATE guichet.bills SET open_minor = 3000 WHERE bill_no = 'F1'"))
    pull_changes(store, client)
    assert open_minor(store)["F1"] == 3_000 and _problems(store) == {}


@pg
def test_the_manager_can_only_mark_a_pulled_row_handled(
    store: Store,
    central: Central,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = central.client("2401")
    pull_changes(store, client)
    _write_bad_rows(central)
    pull_changes(store, client)
    monkeypatch.setenv("GUICHET_PASSWORD", "demo")
    db = Path(store.engine.url.database or "")
    code, out, _ = _cli(db, capsys, "quarantine", "list", "--user", "karim", "--json")
    rows = json.loads(out)
    assert code == 0
    assert {(r["entity"], r["entity_uuid"]): r["reason"] for r in rows} == EXPECTED
    eur = next(r for r in rows if r["entity_uuid"] == "EUR1")
    assert eur["from_central"] is True and eur["op"] == "pull"
    code, out, _ = _cli(db, capsys, "quarantine", "list", "--user", "karim")
    assert "pull/bill" in out and "EUR1" in out and "S" * 300 not in out

    before = {k: v for k, v in snapshot(store).items() if k != "journal"}  # login is journaled
    code, out, err = _cli(db, capsys, "quarantine", "retry", eur["outbox_uuid"], "--user", "karim")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "nothing to send again" in err
    assert {k: v for k, v in snapshot(store).items() if k != "journal"} == before

    code, out, _ = _cli(
        db,
        capsys,
        "quarantine",
        "handled",
        eur["outbox_uuid"],
        "--user",
        "karim",
        "--note",
        "Head office told: EUR bill for a DZD agency.",
    )
    assert code == 0
    assert ("pull/bill", "EUR1") not in _problems(store)
    (event,) = pending_batch(store)  # the decision goes to central like any other
    assert (event["entity"], event["op"]) == ("quarantine", "handled")
    assert push_outbox(store, client).pushed == 1
    with store.unit_of_work() as uow:  # everything is pulled again, EUR1 unchanged with it
        uow.session.execute(SyncCursor.__table__.delete())
        uow.commit()
    pull_changes(store, client)  # handled stays handled: the same bad row is not re-listed
    assert ("pull/bill", "EUR1") not in _problems(store)
    assert len(_problems(store)) == len(EXPECTED) - 1
    with central.admin.begin() as conn:  # a different bad version is listed anew
        conn.execute(text("UPDATE guichet.bills SET currency = 'USD' WHERE bill_no = 'EUR1'"))
    pull_changes(store, client)
    assert _problems(store)[("pull/bill", "EUR1")] == "wrong_currency"


@pg
def test_an_initial_load_sets_bad_rows_aside_and_finishes(store: Store, central: Central) -> None:
    seed_account(central, "2401", "240100000002", {"G1": 500})
    _write_bad_rows(central)
    client = central.client("2401")
    result = initial_load(store, client, page_size=1)  # one account per page
    assert result.pages >= 3 and result.loaded == result.total == 3
    assert result.set_aside == len(EXPECTED)
    assert open_minor(store) == {"F1": 10_000, "F2": 20_000, "GOOD1": 7_000, "G1": 500}
    assert _problems(store) == EXPECTED
    with store.read() as s:
        assert {q.op for q in s.scalars(select(SyncQuarantine))} == {"snapshot"}
        assert s.get(SyncCursor, "central") is not None
    pull_changes(store, client)  # the pull that follows brings the same rows: not doubled
    assert _problems(store) == EXPECTED
    with store.read() as s:
        assert len(s.scalars(select(SyncQuarantine)).all()) == len(EXPECTED)


@pg
def test_a_look_up_answer_in_another_currency_is_set_aside_not_imported(
    store: Store, central: Central
) -> None:
    theirs = "240200000001"
    seed_account(central, "2402", theirs, {"X1": 99_900})
    with central.admin.begin() as conn:
        conn.execute(
            text("UPDATE guichet.accounts SET currency = 'EUR' WHERE account_no = :a"),
            {"a": theirs},
        )
        conn.execute(text("UPDATE guichet.bills SET period_end = 'infinity' WHERE bill_no = 'X1'"))
    with pytest.raises(DomainError) as err:
        lookup_account(store, central.client("2401"), theirs, clerk="amina")
    assert err.value.code == "remote.bad_data" and theirs in str(err.value)
    with store.read() as s:
        assert s.scalar(select(Account).where(Account.account_no == theirs)) is None
        assert s.scalar(select(Bill).where(Bill.bill_no == "X1")) is None
    problems = _problems(store)
    assert problems[("pull/account", theirs)] == "wrong_currency"
    assert problems[("pull/bill", "X1")] == "bad_date"
    with store.read() as s:
        assert {q.op for q in s.scalars(select(SyncQuarantine))} == {"lookup"}
