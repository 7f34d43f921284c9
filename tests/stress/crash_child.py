"""The worker the crash harness kills: takes payments, voids them and closes tills, forever.

Why a separate program: a SIGKILL must hit a real process in the middle of real transactions
(imports, the SQLite connection, fsync), not a thread the test could politely stop. Protocol
on stdout, one flushed line each: ``READY`` once the store is open; ``BEGIN <op>`` before an
operation starts; after its commit returned, ``OK <receipt_no>`` (payment), ``VOID
<receipt_no>``, ``OPEN <session uuid>`` or ``CLOSE <session uuid>``; ``SKIP <op>`` when the
operation was refused by a rule (nothing to void, nothing due). Anything else is a bug and
goes to stderr with a non-zero exit.

Run: ``python -m tests.stress.crash_child DB SEED`` (from the project root).
"""

from __future__ import annotations

import random
import sys

from sqlalchemy import func, select

from desktop.bootstrap import open_store
from desktop.config import load_terminal_settings
from desktop.domain.cash import DEFAULT_DENOMINATIONS, CashCount
from desktop.money import Money
from desktop.services.auth import AuthenticatedUser
from desktop.services.payments import PaymentRequest, take_payment
from desktop.services.tills import close_till, open_till, open_till_for, summarize
from desktop.services.voids import void_payment
from desktop.store.db import Store
from desktop.store.models import Account, Bill, Payment, Receipt, User

FLOAT_MINOR = 1_000_000


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _user(store: Store, username: str) -> AuthenticatedUser:
    """Logged in without the (deliberately slow) password hash: the harness tests storage."""
    with store.read() as s:
        u = s.scalars(select(User).where(User.username == username)).one()
        return AuthenticatedUser(u.id, u.username, u.full_name, u.role, u.language)


def _greedy(minor: int, currency: str) -> CashCount:
    pieces: dict[int, int] = {}
    for value in DEFAULT_DENOMINATIONS[currency]:
        if minor >= value:
            pieces[value], minor = divmod(minor, value)
    assert minor == 0, "cash amounts are whole units"
    return CashCount.of(currency, pieces)


class Worker:
    """One clerk (amina) and one manager (karim) at terminal T01, driven by a seeded RNG."""

    def __init__(self, store: Store, seed: int) -> None:
        self.store = store
        self.rng = random.Random(seed)
        self.clerk = _user(store, "amina")
        self.manager = _user(store, "karim")
        with store.read() as s:
            self.settings = load_terminal_settings(s)
            self.accounts = list(s.scalars(select(Account.account_no).order_by(Account.id)))
        self.currency = self.settings.currency

    def step(self) -> None:
        with self.store.read() as s:
            till = open_till_for(s, self.settings, self.clerk.id)
            till_uuid = till.uuid if till else None
        if till_uuid is None:
            self.open()
            return
        r = self.rng.random()
        if r < 0.80:
            self.pay()
        elif r < 0.94:
            self.void(till_uuid)
        else:
            self.close()

    def open(self) -> None:
        _say("BEGIN open")
        count = _greedy(FLOAT_MINOR, self.currency)
        with self.store.unit_of_work() as uow:
            summary = open_till(uow, self.clerk, count)
        _say(f"OPEN {summary.uuid}")

    def pay(self) -> None:
        account_no = self.rng.choice(self.accounts)
        with self.store.read() as s:
            due = s.scalar(
                select(func.coalesce(func.sum(Bill.open_minor), 0))
                .join(Account, Account.id == Bill.account_id)
                .where(Account.account_no == account_no)
            )
        if not due:
            _say("SKIP pay")
            return
        due = int(due)
        card = self.rng.random() < 0.3 or due < 100  # cash: whole units, countable at close
        if card:
            minor = min(self.rng.randint(1, 500_000), due)
        else:
            minor = min(self.rng.randint(1, 5_000), due // 100) * 100
        request = PaymentRequest(
            account_no=account_no,
            amount=Money(minor, self.currency),
            tender="card" if card else "cash",
            card_scheme="CIB" if card else None,
            card_last4=f"{self.rng.randint(0, 9999):04d}" if card else None,
            auth_code=f"A{self.rng.randint(10000, 99999)}" if card else None,
        )
        _say("BEGIN pay")
        with self.store.unit_of_work() as uow:
            result = take_payment(uow, request, self.clerk)
        _say(f"OK {result.receipt_no}")

    def void(self, till_uuid: str) -> None:
        with self.store.read() as s:
            candidates = list(
                s.scalars(
                    select(Payment.uuid).where(
                        Payment.session_uuid == till_uuid, Payment.status == "valid"
                    )
                )
            )
            if not candidates:
                _say("SKIP void")
                return
            receipt_no = s.scalar(
                select(Receipt.receipt_no).where(
                    Receipt.payment_uuid == self.rng.choice(candidates)
                )
            )
        _say("BEGIN void")
        with self.store.unit_of_work() as uow:
            result = void_payment(uow, self.clerk, self.manager, str(receipt_no), "duplicate")
        _say(f"VOID {result.receipt_no}")

    def close(self) -> None:
        with self.store.read() as s:
            till = open_till_for(s, self.settings, self.clerk.id)
            assert till is not None
            before = summarize(s, till)
        _say("BEGIN close")
        counted = _greedy(before.expected_cash.minor, self.currency)
        with self.store.unit_of_work() as uow:
            result = close_till(uow, self.clerk, counted, before.expected_card)
        _say(f"CLOSE {result.session.uuid}")


def main(argv: list[str]) -> int:
    db, seed = argv[0], int(argv[1])
    limit = int(argv[2]) if len(argv) > 2 else 0  # 0: until killed
    store = open_store(db)
    worker = Worker(store, seed)
    _say("READY")
    done = 0
    while not limit or done < limit:
        worker.step()
        done += 1
    store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
