"""Pull: apply central changes (accounts, meters, bills, online payments) to the local store.

Why a transaction-id cursor and not a timestamp: a central transaction that started early
and commits late writes rows "in the past"; a timestamp cursor would already have moved
beyond them and skip them forever. Central rows carry the id of the transaction that wrote
them (xid8); each page comes with the xmin of its snapshot (every transaction still running
then has an id >= xmin). The next round starts from that xmin, so a late commit is picked up.
Rows seen twice are applied twice, harmlessly: everything is an upsert by business key
(account_no, meter_no, bill_no, payment uuid).

Open amounts: central's ``open_minor`` already counts every payment central knows (other
terminals, online CIB/Edahabia payments). Local payments not yet acknowledged by central are
subtracted again, so a pull never "reopens" a bill this counter has just been paid for.
The cursor is written in the same local transaction as the rows of its page.

Payments central has refused (quarantined: a cloned terminal, a conflict) keep counting as
unacknowledged while their sync problem is open: the cash was taken and the receipt printed
here, so the bill stays settled at this counter until a manager resolves it (``retry``: the
item is pending again; ``handled``: the manager refunded or had it entered centrally, and
central's figure is right from then on). Every row is checked first (``pull_checks``); a bad
one is set aside as a sync problem (``set_aside``) and the rest of the page applies.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import Session

from desktop.domain.allocation import AllocationLine
from desktop.money import Money
from desktop.services.plan_ledger import record_installment_fills
from desktop.store.db import Store
from desktop.store.models import (
    Account,
    Allocation,
    Bill,
    OutboxItem,
    Payment,
    ServicePoint,
    Setting,
    SyncCursor,
    SyncQuarantine,
)
from desktop.store.search import index_accounts
from desktop.sync.pull_checks import KEYS
from desktop.sync.set_aside import SetAside

STREAM = "central"
SYNC_USER = "sync"
"""Who the journal names for what sync records by itself (online payments filling a plan)."""
PAGE_SIZE = 2000
Progress = Callable[[int, str], None]


class PullSource(Protocol):
    """What pull needs from the central side (``CentralClient``)."""

    def pull(self, since: str, after: dict[str, Any] | None, limit: int) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class PullResult:
    """Counts of one pull. Fields: accounts, service_points, bills, online_payments (rows
    applied), deferred (rows whose parent is not here yet: they come again next round),
    pages, since (the cursor after the pull), set_aside (rows that failed their checks, now
    sync problems)."""

    accounts: int = 0
    service_points: int = 0
    bills: int = 0
    online_payments: int = 0
    deferred: int = 0
    pages: int = 0
    since: str = "0"
    set_aside: int = 0

    @property
    def total(self) -> int:
        return self.accounts + self.service_points + self.bills + self.online_payments


def load_cursor(session: Session) -> SyncCursor:
    cursor = session.get(SyncCursor, STREAM)
    if cursor is None:
        cursor = SyncCursor(
            stream=STREAM,
            since="0",
            after=None,
            next_since=None,
            updated_at=dt.datetime(1970, 1, 1),
        )
    return cursor


def pull_changes(
    store: Store,
    central: PullSource,
    *,
    page_size: int = PAGE_SIZE,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> PullResult:
    """Apply every central change visible now; each page commits with its cursor."""
    counts: dict[str, int] = defaultdict(int)
    pages = 0
    since = "0"
    while True:
        with store.read() as s:
            c = load_cursor(s)
            since, after, next_since = c.since, c.after, c.next_since
        page = central.pull(since, after, page_size)
        changes: list[dict[str, Any]] = page["changes"]
        moment = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
        with store.unit_of_work() as uow:
            applied = apply_changes(uow.session, changes, now=moment)
            round_since = _min_xid(next_since, page["xmin"])
            cursor = load_cursor(uow.session)
            if page["full"] and changes:
                last = changes[-1]
                cursor.after = {"rank": last["rank"], "xid": last["xid"], "key": last["key"]}
                cursor.next_since = round_since
            else:
                cursor.since, cursor.after, cursor.next_since = round_since, None, None
            cursor.updated_at = moment
            uow.session.merge(cursor)
            uow.commit()
            since = cursor.since
        pages += 1
        for key, n in applied.items():
            counts[key] += n
        if progress:
            progress(sum(counts.values()), "changes")
        if not (page["full"] and changes):
            break
    return PullResult(
        counts["account"],
        counts["service_point"],
        counts["bill"],
        counts["online_payment"],
        counts["deferred"],
        pages,
        since,
        counts["set_aside"],
    )


def _min_xid(a: str | None, b: str) -> str:
    return b if a is None else str(min(int(a), int(b)))


def apply_changes(
    session: Session,
    changes: Iterable[Any],
    *,
    source: str = "pull",
    now: dt.datetime | None = None,
) -> dict[str, int]:
    """Upsert one page of changes (ordered accounts, meters, bills, payments)."""
    by_kind: dict[str, list[Any]] = defaultdict(list)
    odd: list[Any] = []
    for change in changes:
        kind = change.get("kind") if isinstance(change, dict) else None
        if kind in KEYS:
            by_kind[kind].append(change.get("data"))
        else:
            odd.append(change)
    return apply_rows(
        session,
        by_kind["account"],
        by_kind["service_point"],
        by_kind["bill"],
        by_kind["online_payment"],
        source=source,
        now=now,
        odd=odd,
    )


def apply_rows(
    session: Session,
    accounts: list[Any],
    service_points: list[Any],
    bills: list[Any],
    online_payments: list[Any] | None = None,
    *,
    source: str = "pull",
    now: dt.datetime | None = None,
    odd: list[Any] | None = None,
) -> dict[str, int]:
    """Check and upsert central rows (shaped as central's tables) in parent-first order;
    shared by the incremental pull, the initial load and the remote look-up, so open amounts
    follow one rule (central's, minus what this desktop's payments and corrections central
    has not taken still owe it) and every row passes the same checks.

    A row that fails its checks is set aside as a sync problem and the others apply; so is
    a child whose parent is set aside and not here. ``source`` (``pull``, ``snapshot``,
    ``lookup``) is kept with the problem. ``odd``: changes of no known kind (set aside).
    Returns counts by kind, ``deferred`` and ``set_aside``.
    """
    moment = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    aside = SetAside(session, source, moment, terminal_currency(session))
    for change in odd or ():
        kind = change.get("kind") if isinstance(change, dict) else None
        label = kind if isinstance(kind, str) and kind.isidentifier() else "unknown"
        aside.put(label[:27], change, "bad_row", "a change of no known kind")
    bill_delta, credit_delta = pending_effects(session)

    good = aside.check("account", accounts)
    n_accounts = _accounts(session, good, credit_delta)
    aside.applied("account", [r["account_no"] for r in good])

    good = aside.check("service_point", aside.waiting("service_point", service_points))
    later = _service_points(session, good)
    aside.applied("service_point", _keys(good, later, "meter_no"))
    deferred = aside.orphans("service_point", later)
    n_points = len(good) - len(later)

    good = aside.check("bill", aside.waiting("bill", bills))
    later = _bills(session, good, bill_delta)
    aside.applied("bill", _keys(good, later, "bill_no"))
    deferred += aside.orphans("bill", later)
    n_bills = len(good) - len(later)

    good = aside.check("online_payment", aside.waiting("online_payment", online_payments or []))
    later = _online_payments(session, good)
    aside.applied("online_payment", _keys(good, later, "uuid"))
    deferred += aside.orphans("online_payment", later)
    return {
        "account": n_accounts,
        "service_point": n_points,
        "bill": n_bills,
        "online_payment": len(good) - len(later),
        "deferred": deferred,
        "set_aside": aside.count,
    }


def _keys(rows: list[dict[str, Any]], later: list[dict[str, Any]], key: str) -> list[str]:
    waiting = {id(r) for r in later}
    return [r[key] for r in rows if id(r) not in waiting]


def terminal_currency(session: Session) -> str | None:
    """The currency this terminal works in (its settings), None before it is configured."""
    value = session.scalar(select(Setting.value).where(Setting.key == "currency"))
    return value.strip() or None if value else None


def unreconciled_money_items(session: Session) -> list[Any]:
    """Payment and correction outbox items central has not taken: pending, or refused and
    their sync problem still open. Rows (id, entity, entity_uuid, op, payload).

    Why a refused one still counts: the customer paid and holds a receipt. Until a manager
    resolves the problem, the counter's view (bill settled) is the one to keep; central's
    open amount would ask for the same money twice. Once resolved as handled, the manager
    has refunded the customer or had the payment entered centrally another way: central's
    figure is right again. A retry makes the item pending, so it counts as such.
    """
    columns = (
        OutboxItem.id,
        OutboxItem.entity,
        OutboxItem.entity_uuid,
        OutboxItem.op,
        OutboxItem.payload,
    )
    kinds = ("payment", "payment_correction")
    pending = session.execute(
        select(*columns).where(OutboxItem.sent_at.is_(None), OutboxItem.entity.in_(kinds))
    ).all()
    held = session.execute(
        select(*columns)
        .join(SyncQuarantine, SyncQuarantine.outbox_uuid == OutboxItem.uuid)
        .where(
            SyncQuarantine.resolved_at.is_(None),
            OutboxItem.sent_at.is_not(None),
            OutboxItem.entity.in_(kinds),
        )
    ).all()
    return sorted([*pending, *held], key=lambda r: r.id)


def pending_effects(session: Session) -> tuple[dict[str, int], dict[str, int]]:
    """What local payments and corrections central has not taken yet (pending, or refused
    with their sync problem open: ``unreconciled_money_items``) do to bills and credit.

    Returns (bill_no -> amount still to subtract from central's open amount,
    account_no -> credit still to add to central's credit). A pending correction counts
    through its reversing payment (negative allocations and credit): the bill it reopened
    locally is still settled centrally until central has applied the correction.
    """
    bill: dict[str, int] = defaultdict(int)
    credit: dict[str, int] = defaultdict(int)
    sign: dict[str, int] = defaultdict(int)
    for r in unreconciled_money_items(session):
        if r.entity == "payment":
            sign[r.entity_uuid] += {"create": 1, "void": -1}.get(r.op, 0)
        elif r.op == "create" and isinstance(r.payload, dict) and r.payload.get("payment_uuid"):
            sign[str(r.payload["payment_uuid"])] += 1  # the reversal's amounts are negative
    signed = {u: s for u, s in sign.items() if s}
    if not signed:
        return bill, credit
    for payment_uuid, bill_no, amount in session.execute(
        select(Allocation.payment_uuid, Bill.bill_no, Allocation.amount_minor)
        .join(Bill, Bill.id == Allocation.bill_id)
        .where(Allocation.payment_uuid.in_(signed))
    ):
        bill[bill_no] += signed[payment_uuid] * amount
    for payment_uuid, account_no, amount in session.execute(
        select(Payment.uuid, Account.account_no, Payment.credit_minor)
        .join(Account, Account.id == Payment.account_id)
        .where(Payment.uuid.in_(signed), Payment.credit_minor != 0)
    ):
        credit[account_no] += signed[payment_uuid] * amount
    return bill, credit


def _ids(session: Session, column: Any, key: Any, values: Iterable[str]) -> dict[str, int]:
    """{business key: local id} for ``values``. On SQLite, one statement whatever the count:
    the keys travel as one JSON parameter (``json_each``), so a page of thousands of rows costs
    one indexed look-up pass instead of a compiled IN list per 500 keys."""
    wanted = sorted(set(values))
    if not wanted:
        return {}
    if session.get_bind().dialect.name == "sqlite":
        sql = text(
            f"SELECT {key.name}, {column.name} FROM {key.table.name} "
            f"WHERE {key.name} IN (SELECT value FROM json_each(:keys))"
        )
        return {k: i for k, i in session.execute(sql, {"keys": json.dumps(wanted)})}
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update({k: i for k, i in session.execute(select(key, column).where(key.in_(chunk)))})
    return found


def _insert(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """Core executemany on the table: new rows of a page in one call, without the ORM's
    per-row bookkeeping (these rows are not loaded as objects afterwards)."""
    session.execute(insert(model.__table__), rows)


_ACCOUNT_FIELDS = ("category", "name_ar", "name_latin", "address", "city", "district", "status")


def _accounts(session: Session, rows: list[dict[str, Any]], credit_delta: dict[str, int]) -> int:
    if not rows:
        return 0
    known = _ids(session, Account.id, Account.account_no, (r["account_no"] for r in rows))
    values = [
        {
            "account_no": r["account_no"],
            **{f: r.get(f) or "" for f in _ACCOUNT_FIELDS},
            "phone1": r.get("phone1"),
            "phone2": r.get("phone2"),
            "email": r.get("email"),
            "currency": r["currency"].strip(),
            "credit_minor": int(r["credit_minor"]) + credit_delta.get(r["account_no"], 0),
        }
        for r in rows
    ]
    new = [v for v in values if v["account_no"] not in known]
    old = [{"id": known[v["account_no"]], **v} for v in values if v["account_no"] in known]
    if new:
        _insert(session, Account, new)
    if old:
        session.execute(update(Account), old)
    ids = _ids(session, Account.id, Account.account_no, (v["account_no"] for v in values))
    index_accounts(
        session.connection(),
        [
            (
                ids[v["account_no"]],
                v["name_ar"],
                v["name_latin"],
                v["address"],
                v["city"],
                v["district"],
            )
            for v in values
        ],
    )
    return len(values)


def _service_points(session: Session, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Upsert the meters whose account is here; returns the others (not applied)."""
    if not rows:
        return []
    accounts = _ids(session, Account.id, Account.account_no, (r["account_no"] for r in rows))
    known = _ids(session, ServicePoint.id, ServicePoint.meter_no, (r["meter_no"] for r in rows))
    ready = [r for r in rows if r["account_no"] in accounts]
    values = [
        {
            "meter_no": r["meter_no"],
            "account_id": accounts[r["account_no"]],
            "service": r["service"],
            "tariff_code": r["tariff_code"],
            "billing_period": r["billing_period"],
        }
        for r in ready
    ]
    new = [v for v in values if v["meter_no"] not in known]
    old = [{"id": known[v["meter_no"]], **v} for v in values if v["meter_no"] in known]
    if new:
        _insert(session, ServicePoint, new)
    if old:
        session.execute(update(ServicePoint), old)
    return [r for r in rows if r["account_no"] not in accounts]


def _bills(
    session: Session, rows: list[dict[str, Any]], bill_delta: dict[str, int]
) -> list[dict[str, Any]]:
    """Upsert the bills whose account and meter are here; returns the others."""
    if not rows:
        return []
    accounts = _ids(session, Account.id, Account.account_no, (r["account_no"] for r in rows))
    points = _ids(session, ServicePoint.id, ServicePoint.meter_no, (r["meter_no"] for r in rows))
    known = _ids(session, Bill.id, Bill.bill_no, (r["bill_no"] for r in rows))
    ready = [r for r in rows if r["account_no"] in accounts and r["meter_no"] in points]
    day = dt.date.fromisoformat
    values = [
        {
            "bill_no": r["bill_no"],
            "account_id": accounts[r["account_no"]],
            "service_point_id": points[r["meter_no"]],
            "period_start": day(r["period_start"]),
            "period_end": day(r["period_end"]),
            "issue_date": day(r["issue_date"]),
            "due_date": day(r["due_date"]),
            "consumption": int(r["consumption"]),
            "estimated": bool(r["estimated"]),
            "currency": r["currency"].strip(),
            "amount_minor": int(r["amount_minor"]),
            "open_minor": max(0, int(r["open_minor"]) - bill_delta.get(r["bill_no"], 0)),
        }
        for r in ready
    ]
    new = [v for v in values if v["bill_no"] not in known]
    old = [{"id": known[v["bill_no"]], **v} for v in values if v["bill_no"] in known]
    if new:
        _insert(session, Bill, new)
    if old:
        session.execute(update(Bill), old)
    return [r for r in rows if not (r["account_no"] in accounts and r["meter_no"] in points)]


def _online_payments(session: Session, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Record online payments for the account history; open amounts come with their bills.

    A new online payment that lands on the bills of the account's active installment plan
    fills its installments exactly as a counter payment does (``record_installment_fills``:
    same order, same journal and outbox rows), once: only when it is first recorded here. A
    later void needs nothing more: installments count valid payments only. Returns the rows
    whose account is not here (not applied).
    """
    applied = 0
    later: list[dict[str, Any]] = []
    for r in rows:
        existing = session.get(Payment, r["uuid"])
        if existing is not None:
            if r["status"] == "void" and existing.status == "valid":
                existing.status = "void"
            applied += 1
            continue
        account = session.scalars(
            select(Account).where(Account.account_no == r["account_no"])
        ).first()
        if account is None:
            later.append(r)
            continue
        created_at = _utc(r["created_at"])
        currency = r["currency"].strip()
        session.add(
            Payment(
                uuid=r["uuid"],
                account_id=account.id,
                created_at=created_at,
                channel="online",
                tender="card",
                currency=currency,
                amount_minor=int(r["amount_minor"]),
                credit_minor=int(r["credit_minor"]),
                tendered_minor=None,
                change_minor=0,
                card_scheme=r.get("card_scheme"),
                card_last4=None,
                auth_code=None,
                terminal_ref=(r.get("external_ref") or None),
                user_id=None,
                agency=r["agency_code"],
                terminal=r["terminal"][:16],
                status=r["status"],
                session_uuid=None,
            )
        )
        session.flush()
        bills = _ids(session, Bill.id, Bill.bill_no, (a["bill_no"] for a in r["allocations"]))
        lines: list[AllocationLine] = []
        for a in r["allocations"]:
            if a["bill_no"] in bills and int(a["amount_minor"]) > 0:
                session.add(
                    Allocation(
                        uuid=a["uuid"],
                        payment_uuid=r["uuid"],
                        bill_id=bills[a["bill_no"]],
                        amount_minor=int(a["amount_minor"]),
                    )
                )
                lines.append(
                    AllocationLine(
                        bills[a["bill_no"]], a["bill_no"], Money(int(a["amount_minor"]), currency)
                    )
                )
        if lines and r["status"] == "valid":
            session.flush()
            record_installment_fills(
                session,
                account,
                r["uuid"],
                lines,
                username=SYNC_USER,
                agency=r["agency_code"],
                created_at=created_at,
            )
        applied += 1
    if applied:
        session.flush()
    return later


def _utc(value: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment
