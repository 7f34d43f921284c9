"""The use-case layer (desktop/use_cases) on a real store: each use case chooses its own
transaction, checks the permission and journals a refusal itself (a refused read too, and
never at the cost of the refusal); printing and the Z reprint are journaled with their user.

Why at this level: the window and the command line only pass the store and the user; what
is promised here is what every caller gets without doing anything.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.bootstrap import init_database
from desktop.config import TerminalSettings
from desktop.devices.settings import PrinterSettings
from desktop.domain.cash import CashCount
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.day_close import ZReport
from desktop.services.payments import PaymentRequest
from desktop.store import journal
from desktop.store.db import Store
from desktop.store.models import JournalEntry
from desktop.use_cases import (
    accounts,
    base,
    dashboard,
    days,
    payments,
    printing,
    settings,
    tills,
    users,
)
from reports.receipt_print import receipt_bytes
from tests.factories import BillSpec, make_account, prepare_store, snapshot, user_named

PRINTER = PrinterSettings(width=384)


class Transactions:
    """Counts the read sessions and units of work the store hands out."""

    def __init__(self, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reads = self.writes = 0
        read, write = store.read, store.unit_of_work

        def counted_read() -> AbstractContextManager[Any]:
            self.reads += 1
            return read()

        def counted_write() -> Any:
            self.writes += 1
            return write()

        monkeypatch.setattr(store, "read", counted_read)
        monkeypatch.setattr(store, "unit_of_work", counted_write)

    @property
    def seen(self) -> tuple[int, int]:
        return self.reads, self.writes


@pytest.fixture
def tx(store: Store, monkeypatch: pytest.MonkeyPatch) -> Transactions:
    return Transactions(store, monkeypatch)


def journal_since(store: Store, seq: int) -> list[tuple[str, str | None]]:
    with store.read() as s:
        rows = s.execute(
            select(JournalEntry.kind, JournalEntry.username)
            .where(JournalEntry.seq > seq)
            .order_by(JournalEntry.seq)
        ).all()
    return [(kind, username) for kind, username in rows]


def last_seq(store: Store) -> int:
    with store.read() as s:
        return s.scalar(select(JournalEntry.seq).order_by(JournalEntry.seq.desc()).limit(1)) or 0


@pytest.fixture
def receipt_no(store: Store) -> str:
    account = make_account(store, bills=[BillSpec(dt.date(2025, 1, 20), 50_000)])
    paid = payments.take_payment(
        store,
        user_named(store, "amina"),
        PaymentRequest(account.account_no, Money(50_000, "DZD"), tendered=Money(60_000, "DZD")),
    )
    return paid.receipt_no


# --------------------------------------------------------------------------- transactions


READS: dict[str, tuple[str, Callable[[Store, Any], object]]] = {
    "the dashboard": ("karim", lambda st, u: dashboard.show_dashboard(st, u)),
    "the settings form": ("admin", lambda st, u: settings.load_settings_form(st, u)),
    "the users' list": ("admin", lambda st, u: users.list_users(st, u)),
    "a search": ("amina", lambda st, u: accounts.search_accounts(st, u, "ben")),
}


@pytest.mark.parametrize("name", sorted(READS))
def test_a_use_case_that_only_reads_opens_one_read_and_no_write(
    store: Store, tx: Transactions, name: str
) -> None:
    who, call = READS[name]
    user = user_named(store, who)
    tx.reads = tx.writes = 0  # user_named read the user
    call(store, user)
    assert tx.seen == (1, 0)


@pytest.mark.parametrize("name", ["the settings form", "the users' list", "the dashboard"])
def test_a_read_use_case_goes_on_while_another_terminal_holds_the_write_lock(
    store: Store, name: str
) -> None:
    """The settings and users dialogs used to open write transactions just to read: with
    the write lock held elsewhere they waited the busy timeout and failed."""
    who, call = READS[name]
    user = user_named(store, who)
    other = sqlite3.connect(store.engine.url.database, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        started = dt.datetime.now()
        call(store, user)
        assert (dt.datetime.now() - started).total_seconds() < 2
    finally:
        other.rollback()
        other.close()


def test_a_payment_is_one_write_transaction(store: Store, tx: Transactions) -> None:
    account = make_account(store, bills=[BillSpec(dt.date(2025, 1, 20), 50_000)])
    amina = user_named(store, "amina")
    tx.reads = tx.writes = 0
    payments.take_payment(store, amina, PaymentRequest(account.account_no, Money(10_000, "DZD")))
    assert tx.seen == (0, 1)


def test_a_read_refused_before_it_starts_costs_one_short_write_for_the_journal(
    store: Store, tx: Transactions
) -> None:
    amina = user_named(store, "amina")
    tx.reads = tx.writes = 0
    with pytest.raises(DomainError, match="may not"):
        dashboard.show_dashboard(store, amina)
    assert tx.seen == (0, 1)


# --------------------------------------------------------------------------- refusals


def test_a_refused_read_is_journaled_with_the_user_and_the_action(store: Store) -> None:
    amina, seq = user_named(store, "amina"), last_seq(store)
    before = snapshot(store)
    with pytest.raises(DomainError) as refused:
        settings.load_settings_form(store, amina)
    assert refused.value.code == "auth.forbidden"
    assert journal_since(store, seq) == [("permission.refused", "amina")]
    with store.read() as s:
        record = s.scalar(select(JournalEntry.record).order_by(JournalEntry.seq.desc()))
    assert '"action":"manage settings"' in record and '"role":"clerk"' in record
    after = snapshot(store)
    after.pop("journal"), before.pop("journal")
    assert after == before


def test_a_refused_write_is_journaled_once_the_refused_work_is_rolled_back(
    store: Store,
) -> None:
    amina, seq = user_named(store, "amina"), last_seq(store)
    with pytest.raises(DomainError, match="may not"):
        users.create_user(store, amina, "eve", "Strong-Pass-9", "admin", "Eve")
    assert journal_since(store, seq) == [("permission.refused", "amina")]
    with pytest.raises(DomainError):
        users.log_in(store, "eve", "Strong-Pass-9")  # never created


def test_an_approver_refused_inside_the_service_is_journaled_too(
    store: Store, receipt_no: str
) -> None:
    """The clerk may void; the 'approver' is another clerk: the service refuses, the
    use-case helper journals it after the rollback, naming the approver."""
    from desktop.use_cases.voids import void_payment

    amina, seq = user_named(store, "amina"), last_seq(store)
    with store.unit_of_work() as uow:
        from desktop.services.auth import add_user

        add_user(uow, "yasmine", "Yasmine-2026", "clerk", "Yasmine Touati")
        uow.commit()
    seq = last_seq(store)
    with pytest.raises(DomainError, match="may not approve"):
        void_payment(store, amina, user_named(store, "yasmine"), receipt_no, "wrong_amount")
    assert journal_since(store, seq) == [("permission.refused", "yasmine")]


def test_the_refusal_still_reaches_the_caller_when_the_journal_cannot_be_written(
    store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: object, **kwargs: object) -> str:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(journal, "append", broken)
    with pytest.raises(DomainError) as refused:
        dashboard.show_dashboard(store, user_named(store, "amina"))
    assert refused.value.code == "auth.forbidden"
    assert "could not be journaled" in caplog.text


def test_the_unit_of_work_no_longer_journals_on_its_own(store: Store) -> None:
    """Only the use cases journal refusals: a service called inside a bare unit of work
    (tests, migrations of data) leaves the journal alone."""
    from desktop.services.auth import require

    seq = last_seq(store)
    with pytest.raises(DomainError), store.unit_of_work():
        require(user_named(store, "amina"), "approve")
    assert journal_since(store, seq) == []


def test_a_refusal_for_another_reason_is_not_a_permission_event(store: Store) -> None:
    seq = last_seq(store)
    with pytest.raises(DomainError) as refused:
        accounts.get_account(store, user_named(store, "amina"), "999999999")
    assert refused.value.code == "account.not_found"
    assert journal_since(store, seq) == []


def test_a_use_case_that_needs_a_role_refuses_a_missing_user(store: Store) -> None:
    with pytest.raises(DomainError) as refused, base.reading(store, None, permission="approve"):
        pass
    assert refused.value.code == "input.invalid"


# --------------------------------------------------------------------------- printing


def test_a_print_and_a_reprint_are_journaled_with_who_asked(
    store: Store, receipt_no: str, tmp_path: Path
) -> None:
    seq = last_seq(store)
    target = (tmp_path / "printer.bin").as_uri()
    first = printing.print_receipt(
        store,
        user_named(store, "amina"),
        receipt_no,
        receipt_bytes,
        printer_uri=target,
        settings=PRINTER,
    )
    again = printing.reprint_receipt(
        store,
        user_named(store, "karim"),
        receipt_no,
        receipt_bytes,
        printer_uri=target,
        settings=PRINTER,
    )
    assert first.printed and again.printed
    assert (first.job.kind, again.job.kind) == ("receipt", "reprint")
    assert journal_since(store, seq) == [("receipt.print", "amina"), ("receipt.reprint", "karim")]


def test_a_receipt_that_cannot_be_drawn_is_neither_counted_nor_journaled(
    store: Store, receipt_no: str
) -> None:
    def broken(data: object, settings: PrinterSettings) -> bytes:
        raise RuntimeError("no font")

    before = snapshot(store)
    with pytest.raises(RuntimeError):
        printing.queue_receipt(
            store, user_named(store, "amina"), receipt_no, broken, printer_uri="file:///dev/null"
        )
    assert snapshot(store) == before


# --------------------------------------------------------------------------- Z report


@pytest.fixture
def closed_day(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Store, ZReport]]:
    """amina's till opened with 10,000 DA in 2000-DA notes and closed even, then the day."""
    store = prepare_store(init_database(tmp_path / "day.db"))
    amina = user_named(store, "amina")
    counted = CashCount.of("DZD", {200_000: 5})
    closed = tills.close_till(store, amina, counted, Money(0, "DZD"))
    assert closed.result is not None, closed.refusal
    report = days.close_day(store, user_named(store, "karim"))
    yield store, report
    store.dispose()


def test_a_z_reprint_is_journaled_with_who_asked_once_the_document_exists(
    closed_day: tuple[Store, ZReport],
) -> None:
    store, closed = closed_day
    seq = last_seq(store)
    made: list[tuple[int, str]] = []

    def produce(report: ZReport, terminal: TerminalSettings) -> str:
        made.append((report.z_number, terminal.agency_code))
        return "z.pdf"

    report, written = days.reprint_z_report(
        store, user_named(store, "amina"), closed.day, produce, lang="ar"
    )
    assert written == "z.pdf" and report.z_number == closed.z_number
    assert made == [(closed.z_number, closed.agency)]
    assert journal_since(store, seq) == [("day.z_reprint", "amina")]


def test_a_z_reprint_that_failed_is_not_journaled(closed_day: tuple[Store, ZReport]) -> None:
    store, closed = closed_day
    seq = last_seq(store)

    def produce(report: ZReport, terminal: TerminalSettings) -> str:
        raise OSError("disk full")

    with pytest.raises(OSError):
        days.reprint_z_report(store, None, closed.day, produce, lang="fr")
    assert journal_since(store, seq) == []


def test_a_z_reprint_of_a_day_never_closed_says_so(closed_day: tuple[Store, ZReport]) -> None:
    store, closed = closed_day
    with pytest.raises(DomainError) as refused:
        days.reprint_z_report(
            store, None, closed.day + dt.timedelta(days=1), lambda r, t: None, lang="fr"
        )
    assert refused.value.code == "day.unknown"
