"""Sync in the window: the indicator, "Sync now" and the manager's "Sync problems" list,
against a fake central (always) and the real PostgreSQL central (marked postgres)."""

from __future__ import annotations

import re
import threading
from typing import Any

import pytest
from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.store.models import OutboxItem, Setting, SyncQuarantine
from tests.ui.helpers import pay_cash

URL = "postgresql://agency_2401@central.example.dz/guichet"


class FakeCentral:
    """Answers like central: payments inserted, except receipt numbers listed in ``refuse``."""

    def __init__(self, refuse: tuple[str, ...] = (), offline: bool = False) -> None:
        self.refuse, self.offline = refuse, offline
        self.pushed: list[dict[str, Any]] = []
        self.calls = threading.Event()

    def whoami(self) -> dict[str, Any]:
        self.calls.set()
        if self.offline:
            raise DomainError("sync.offline", problem="connection refused")
        return {"agency": "2401", "name": "Agency 2401", "region": ""}

    def push(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        self.pushed += items
        return [
            {
                "uuid": i["uuid"],
                "status": "rejected",
                "reason": "receipt_reused",
                "detail": "receipt already used by another payment",
            }
            if (i["payload"] or {}).get("receipt_no") in self.refuse
            else {"uuid": i["uuid"], "status": "inserted"}
            for i in items
        ]

    def pull(self, since: str, after: Any, limit: int) -> dict[str, Any]:
        return {"agency": "2401", "xmin": "100", "full": False, "changes": []}

    def dispose(self) -> None:
        pass


def _configure(store, url: str = URL) -> None:
    with store.unit_of_work() as uow:
        uow.session.merge(Setting(key="central_url", value=url))
        uow.commit()


def _start(qtbot, window, fake) -> None:
    window.tools.sync.client_factory = lambda url: fake
    window.tools.sync.interval = 3600  # only the first run and "Sync now" in a test
    with qtbot.waitSignal(
        window.tools.sync.changed, timeout=10000, check_params_cb=lambda s: s.online is not None
    ):
        window.start_sync()


def test_without_a_central_the_indicator_says_so_and_sync_now_explains(qtbot, counter) -> None:
    window = counter.window(qtbot, "fr")
    with qtbot.waitSignal(window.tools.sync.changed, timeout=5000):
        window.start_sync()
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    assert window.tools.sync.background is None
    assert window.sync_label.text() == "Synchro : hors ligne — aucun serveur central configuré"
    window.tools.act_sync_now.trigger()
    assert "serveur central" in window.message.text()


def test_payments_are_pushed_in_the_background_and_the_indicator_counts_them(
    qtbot, counter, accounts
) -> None:
    pay_cash(counter.store, accounts.kacimi.account_no, 100_00)
    _configure(counter.store)
    fake = FakeCentral()
    window = counter.window(qtbot, "fr")
    _start(qtbot, window, fake)
    qtbot.waitUntil(
        lambda: window.tools.sync.state.pending == 0 and window.tools.sync.state.online,
        timeout=10000,
    )
    assert any(i["entity"] == "payment" for i in fake.pushed)
    assert window.sync_label.text().startswith("Synchro : en ligne · 0 en attente · dernière")
    with counter.store.read() as s:
        assert s.scalar(select(OutboxItem).where(OutboxItem.sent_at.is_(None))) is None

    paid = pay_cash(counter.store, accounts.fatima.account_no, 50_00)
    before = len(fake.pushed)
    window.tools.act_sync_now.trigger()
    qtbot.waitUntil(
        lambda: len(fake.pushed) > before and window.tools.sync.state.pending == 0, timeout=10000
    )
    assert paid.receipt_no in {(i["payload"] or {}).get("receipt_no") for i in fake.pushed[before:]}
    window.close()
    assert window.tools.sync.background is None  # stopped at close


def test_an_unreachable_central_shows_offline_with_the_reason(qtbot, counter) -> None:
    _configure(counter.store)
    window = counter.window(qtbot, "ar")
    _start(qtbot, window, FakeCentral(offline=True))
    state = window.tools.sync.state
    assert state.online is False and state.problem.code == "sync.offline"
    assert "connection refused" in window.sync_label.toolTip()


def test_the_manager_sees_rejected_items_with_their_reason(qtbot, counter, accounts) -> None:
    paid = pay_cash(counter.store, accounts.kacimi.account_no, 100_00)
    _configure(counter.store)
    window = counter.window(qtbot, "fr", username="karim")
    _start(qtbot, window, FakeCentral(refuse=(paid.receipt_no,)))
    qtbot.waitUntil(lambda: window.tools.sync.state.quarantined == 1, timeout=10000)
    assert "1 problème(s)" in window.sync_label.text()
    dialog = window.tools.sync_problems()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    row = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert paid.receipt_no in row[2] and "100,00" in row[3]
    assert "numéro de reçu déjà utilisé" in row[4]
    with counter.store.read() as s:
        assert s.scalar(select(SyncQuarantine.reason)) == "receipt_reused"


def test_the_manager_sends_an_item_again_or_closes_it_with_a_note(qtbot, counter, accounts) -> None:
    first = pay_cash(counter.store, accounts.kacimi.account_no, 100_00)
    second = pay_cash(counter.store, accounts.kacimi.account_no, 50_00)
    _configure(counter.store)
    window = counter.window(qtbot, "fr", username="karim")
    fake = FakeCentral(refuse=(first.receipt_no, second.receipt_no))
    _start(qtbot, window, fake)
    qtbot.waitUntil(lambda: window.tools.sync.state.quarantined == 2, timeout=10000)
    dialog = window.tools.sync_problems()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    assert "100,00" in dialog.model.index(0, 3).data()

    dialog.handled.click()  # no note: refused, said in words, nothing changes
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert "note" in dialog.error.text()
    assert dialog.model.rowCount() == 2

    fake.refuse = (second.receipt_no,)  # support fixed the first one centrally
    dialog.table.selectRow(0)
    dialog.retry.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: window.tools.sync.state.quarantined == 1, timeout=10000)
    assert dialog.model.record(0)["receipt_no"] == second.receipt_no

    dialog.note.setText("Client remboursé en espèces, reçu signé.")
    dialog.handled.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10000)
    assert dialog.empty.isVisible()
    with counter.store.read() as s:
        rows = s.execute(select(SyncQuarantine.resolved_by)).scalars().all()
    assert rows == ["karim", "karim"]
    qtbot.waitUntil(lambda: any(i["entity"] == "quarantine" for i in fake.pushed), timeout=10000)


def test_a_clerk_has_no_sync_problems_view(qtbot, counter) -> None:
    window = counter.window(qtbot, "fr")
    assert not window.tools.act_problems.isVisible()
    assert window.tools.sync_problems() is None


@pytest.mark.postgres
def test_a_payment_reaches_the_real_central_from_the_window(
    qtbot, counter, accounts, pg_url
) -> None:
    from desktop.sync.simulate import import_billing
    from tests.integration.sync_world import central_for

    paid = pay_cash(counter.store, accounts.kacimi.account_no, 100_00)
    with central_for(pg_url, ("2401",)) as central:
        import_billing(central.admin, counter.store, "2401")  # central knows the account
        _configure(counter.store, central.logins["2401"].url)
        window = counter.window(qtbot, "fr")
        window.tools.sync.interval = 3600
        window.start_sync()
        qtbot.waitUntil(lambda: window.tools.sync.state.online is not None, timeout=30000)
        assert window.tools.sync.state.online, window.sync_label.toolTip()
        qtbot.waitUntil(lambda: window.tools.sync.state.pending == 0, timeout=10000)
        found = central.scalar(
            "SELECT count(*) FROM guichet.payments WHERE receipt_no = :r", r=paid.receipt_no
        )
        window.close()
    assert found == 1


def test_every_reason_central_can_refuse_with_has_words_for_the_manager() -> None:
    """Read from the central migrations themselves: a reason added there without words here
    would reach the manager as a bare code."""
    from pathlib import Path

    from ui.sync_views import REASONS

    versions = Path(__file__).parents[2] / "desktop" / "sync" / "central_migrations" / "versions"
    found: set[str] = set()
    for module in versions.glob("c*.py"):
        source = module.read_text(encoding="utf-8")
        found |= set(re.findall(r"reject\(\s*[a-z_]+,\s*[^,]+,\s*'([a-z_]+)'", source))
    assert {"receipt_reused", "bad_amount", "not_counter_payment", "too_deep"} <= found
    assert sorted(found - set(REASONS)) == []


def test_a_row_set_aside_and_a_refused_push_with_the_same_code_read_differently(qapp) -> None:
    """bad_amount from central's push checks and bad_amount of a row central sent are not
    the same problem: the manager reads which way it went."""
    from ui.sync_views import PULL_REASONS, reason_text

    assert {"bad_amount", "bad_date", "wrong_currency"} <= set(PULL_REASONS)
    assert reason_text("bad_amount") != reason_text("bad_amount", from_central=True)
    assert "central" in reason_text("bad_date", from_central=True)


class BadRowCentral(FakeCentral):
    """Central sending one bill dated 'infinity' (PostgreSQL allows it) among good news."""

    def __init__(self, account_no: str) -> None:
        super().__init__()
        self.account_no = account_no

    def pull(self, since: str, after: Any, limit: int) -> dict[str, Any]:
        bill = {
            "bill_no": "EVIL1",
            "account_no": self.account_no,
            "meter_no": "M0",
            "agency_code": "2401",
            "period_start": "2026-01-01",
            "period_end": "2026-03-31",
            "issue_date": "2026-04-01",
            "due_date": "infinity",
            "consumption": 1,
            "estimated": False,
            "currency": "DZD",
            "amount_minor": 100,
            "open_minor": 100,
        }
        change = {"kind": "bill", "rank": 3, "xid": "99", "key": "EVIL1", "data": bill}
        return {"agency": "2401", "xmin": "100", "full": False, "changes": [change]}


def test_a_row_from_central_that_fails_its_checks_is_listed_and_can_only_be_handled(
    qtbot, counter, accounts
) -> None:
    _configure(counter.store)
    window = counter.window(qtbot, "fr", username="karim")
    _start(qtbot, window, BadRowCentral(accounts.kacimi.account_no))
    qtbot.waitUntil(lambda: window.tools.sync.state.quarantined == 1, timeout=10000)
    assert window.tools.sync.state.online  # the pull went on: no traceback, no offline
    dialog = window.tools.sync_problems()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    row = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert row[1] == "facture venue du central"
    assert "date impossible" in row[4] and "EVIL1" in row[5] and "due_date" in row[5]
    assert dialog.handled.isEnabled() and not dialog.retry.isEnabled()
    dialog.note.setText("Direction prévenue : facture datée « infinity ».")
    dialog.handled.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10000)
    with counter.store.read() as s:
        assert s.scalar(select(SyncQuarantine.resolved_by)) == "karim"


def test_a_payment_refused_by_central_shows_as_held_in_the_account(
    qtbot, counter, accounts
) -> None:
    from tests.ui.test_counter_flow import _open_by_enter, _search

    paid = pay_cash(counter.store, accounts.kacimi.account_no, 100_00)
    _configure(counter.store)
    window = counter.window(qtbot, "fr")
    _start(qtbot, window, FakeCentral(refuse=(paid.receipt_no,)))
    qtbot.waitUntil(lambda: window.tools.sync.state.quarantined == 1, timeout=10000)
    _search(qtbot, window, "Kacimi")
    _open_by_enter(qtbot, window)
    panel = window.account
    qtbot.waitUntil(panel.held_band.isVisible, timeout=5000)
    assert "retenus par le central : 1" in panel.held_band.text()
    assert panel.payments_model.index(0, 5).data() == "valide · retenu par le central"
