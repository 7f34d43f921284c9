"""One agency desktop of the sync load test: takes its payments offline, then pushes them
when every other agency is ready too.

Why a separate program: the load test needs real concurrency between separate processes
(each with its own interpreter, SQLite store and PostgreSQL session), not threads sharing
one interpreter and its locks; and fork is unsafe with open SQLite connections, so each
agency is started fresh with ``python -m tests.stress.sync_load_child``.

Arguments: ``DB AGENCY COUNT SEED BARRIER [LOSE_FIRST_ACK]``; the agency's central URL comes
in ``$GUICHET_CENTRAL_URL`` (it carries the password, so it stays out of ``ps``).

1. The store (a copy of a template with users and settings) becomes agency AGENCY's
   terminal: settings saved, amina's till opened, the agency's region pulled from central.
2. COUNT payments are taken through the real use case (``take_payment``), each in its own
   local transaction with its outbox row, as at the counter while the WAN is down.
3. ``READY <json>`` is printed; the process waits until the file BARRIER exists, so all
   agencies push at the same moment.
4. The outbox is drained with ``push_outbox`` in batches. With LOSE_FIRST_ACK=1 the first
   batch is sent once without its local acknowledgement (the connection dropped after
   central committed), so the drain sends it again and must get duplicates.
   ``sync.busy`` (deadlock / serialization failure) and ``sync.offline`` are retried and
   reported; the test fails on any busy.
5. ``DONE <json>`` with the counts, errors and timings; exit 0.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import sys
import time
from pathlib import Path

from sqlalchemy import select

from desktop.bootstrap import open_store
from desktop.config import save_terminal_settings
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.payments import PaymentRequest, take_payment
from desktop.store.db import Store
from desktop.store.models import Account
from desktop.sync.client import CentralClient
from desktop.sync.pull import pull_changes
from desktop.sync.push import PushResult, pending_batch, push_outbox
from tests.factories import SETTINGS, open_till, user_named

BATCH = 40  # 5 round trips per agency: the pushes of 50 agencies interleave centrally
BARRIER_TIMEOUT = 300.0
MAX_RETRIES = 30


def _say(tag: str, data: dict[str, object]) -> None:
    sys.stdout.write(f"{tag} {json.dumps(data)}\n")
    sys.stdout.flush()


def prepare(store: Store, agency: str, client: CentralClient) -> None:
    """Make the copied template this agency's terminal, with its region loaded."""
    settings = dataclasses.replace(SETTINGS, agency_code=agency, agency_name=f"Agency {agency}")
    with store.unit_of_work() as uow:
        save_terminal_settings(uow.session, settings)
        uow.commit()
    open_till(store, "amina")
    pull_changes(store, client)


def take_payments(store: Store, count: int, seed: int) -> float:
    """``count`` payments over the region's accounts; returns the seconds taken."""
    rng = random.Random(seed)
    clerk = user_named(store, "amina")
    with store.read() as s:
        accounts = list(s.scalars(select(Account.account_no).order_by(Account.id)))
    if not accounts:
        raise SystemExit("the region pulled from central has no accounts")
    t0 = time.perf_counter()
    for i in range(count):
        card = rng.random() < 0.3
        request = PaymentRequest(
            account_no=accounts[i % len(accounts)],
            amount=Money(
                rng.randint(1, 5_000) * 100 + (rng.randint(1, 99) if card else 0), SETTINGS.currency
            ),
            tender="card" if card else "cash",
            card_scheme="CIB" if card else None,
            card_last4=f"{rng.randint(0, 9999):04d}" if card else None,
            auth_code=f"A{rng.randint(10000, 99999)}" if card else None,
        )
        with store.unit_of_work() as uow:
            take_payment(uow, request, clerk)
    return time.perf_counter() - t0


def wait_for(barrier: Path) -> None:
    deadline = time.monotonic() + BARRIER_TIMEOUT
    while not barrier.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"barrier {barrier} never appeared")
        time.sleep(0.005)


def push_all(store: Store, client: CentralClient, lose_first_ack: bool) -> dict[str, object]:
    """Drain the outbox; transient central errors are retried and counted."""
    errors: list[str] = []
    total = PushResult()
    lost: list[str] = []
    for _ in range(MAX_RETRIES):
        try:
            if lose_first_ack and not lost:  # central commits; the answer never arrives
                lost = [r["status"] for r in client.push(pending_batch(store, BATCH))]
            total = total + push_outbox(store, client, batch_size=BATCH)
            break
        except DomainError as exc:
            if exc.code not in ("sync.busy", "sync.offline"):
                raise
            errors.append(f"{exc.code}: {exc.params.get('problem', '')}")
            time.sleep(0.2)
    return {
        "pushed": total.pushed,
        "duplicates": total.duplicates,
        "rejected": total.rejected,
        "flagged": total.flagged,
        "batches": total.batches,
        "lost_ack_inserted": lost.count("inserted"),
        "lost_ack": len(lost),
        "errors": errors,
    }


def main(argv: list[str]) -> int:
    db, agency, count, seed, barrier = argv[0], argv[1], int(argv[2]), int(argv[3]), argv[4]
    lose_first_ack = len(argv) > 5 and argv[5] == "1"
    client = CentralClient.connect(os.environ["GUICHET_CENTRAL_URL"])
    store = open_store(db)
    try:
        prepare(store, agency, client)
        seconds = take_payments(store, count, seed)
        client.engine.dispose()  # no idle connection held while waiting at the barrier
        _say("READY", {"agency": agency, "payments": count, "pay_seconds": round(seconds, 2)})
        wait_for(Path(barrier))
        t0 = time.time()
        result = push_all(store, client, lose_first_ack)
        _say("DONE", {"agency": agency, **result, "push_start": t0, "push_end": time.time()})
    finally:
        store.dispose()
        client.dispose()
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    # Everything is committed, disposed and flushed by now. Skipping the interpreter's
    # teardown (~0.7 CPU-s of module clean-up per process) keeps 50 children finishing at
    # once from queueing for the shared cores for tens of seconds.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
