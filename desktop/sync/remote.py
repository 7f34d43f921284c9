"""Remote look-up: find an account of another agency while online, and import it here.

Why import rather than show: once the account and its open bills are in the local store
(marked with their ``home_agency``), the ordinary counter path takes the payment: same
checks, receipt series, cash session, Z report and outbox. Central applies the pushed
payment to the other agency's bill because this agency looked that account up (revision
c0003_remote_lookup); that agency then pulls the reduced bill.

Why only exact identifiers: other agencies' customers must not be browsable. A name or a
partial number is refused here with a clear message, and central refuses it again (and logs
every attempt, who and when).

Freshness: this agency's pull never brings another agency's rows, so the imported open
amounts are those of the look-up (``looked_up_at``); looking the account up again refreshes
them, minus this terminal's payments that central has not acknowledged yet (as pull does).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.engine import make_url

from desktop.credentials import terminal_central_url
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.store import journal
from desktop.store.db import Store
from desktop.store.models import Account, Allocation, Bill, OutboxItem, Setting
from desktop.sync.pull import apply_changes, unreconciled_money_items
from desktop.text import ascii_digits, normalize_identifier

CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 10_000
FETCH_ATTEMPTS = 3
"""A look-up is asked for by a clerk with a customer waiting: fail fast when the WAN is down."""

_TYPED_IDENTIFIER = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ./-]*")
_IDENTIFIER = re.compile(r"[A-Z0-9]{4,32}")


class LookupSource(Protocol):
    """What the look-up needs from the central side (``CentralClient``)."""

    def lookup(self, query: str, clerk: str = "") -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class RemoteAccount:
    """An account found by a remote look-up and imported into the local store.

    Fields: account_no, name_ar, name_latin, address, city; home_agency (its agency's code),
    home_agency_name; other_agency (False when it is in fact this agency's account);
    matched_by ('account', 'bill' or 'meter'); matched (the identifier, e.g. the bill to
    preselect); open_bills (how many); due (their open total, after this terminal's
    unacknowledged payments); looked_up_at (UTC).
    """

    account_no: str
    name_ar: str
    name_latin: str
    address: str
    city: str
    home_agency: str
    home_agency_name: str
    other_agency: bool
    matched_by: str
    matched: str
    open_bills: int
    due: Money
    looked_up_at: dt.datetime


def remote_identifier(query: str) -> str:
    """The identifier to look up, or ``remote.not_identifier`` for a name or a fragment.

    Separators a clerk may type (spaces, '-', '.', '/') are dropped, like the local search
    does; letters are allowed (bill and meter numbers have them) but a digit is required, so
    that a name is never sent to another agency's data.
    """
    typed = ascii_digits(query.strip())
    ident = normalize_identifier(typed)
    if (
        not _TYPED_IDENTIFIER.fullmatch(typed)
        or not _IDENTIFIER.fullmatch(ident)
        or not any(c.isdigit() for c in ident)
    ):
        raise DomainError("remote.not_identifier", query=query.strip()[:40])
    return ident


def lookup_account(
    store: Store,
    central: LookupSource,
    query: str,
    *,
    clerk: str = "",
    now: dt.datetime | None = None,
) -> RemoteAccount:
    """Look ``query`` up centrally and import the account with its open bills.

    Raises DomainError: ``remote.not_identifier`` (nothing sent), ``remote.offline``,
    ``remote.not_found``, ``remote.too_many``, ``sync.wrong_agency``, ``sync.not_agency``,
    ``remote.bad_data`` (central's rows for it failed their checks: set aside as a sync
    problem, nothing imported).
    """
    ident = remote_identifier(query)
    for attempt in range(FETCH_ATTEMPTS):
        with store.read() as s:
            pending_before = _pending_outbox(s)
        try:
            answer = central.lookup(ident, clerk)
        except DomainError as exc:
            if exc.code == "sync.offline":
                raise DomainError("remote.offline", problem=exc.params.get("problem", "")) from exc
            raise
        status = answer.get("status")
        if status == "not_found":
            raise DomainError("remote.not_found", query=ident)
        if status == "too_many":
            raise DomainError("remote.too_many")
        if status != "found":
            raise DomainError("remote.not_identifier", query=ident)
        moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)
        try:
            return _import(
                store,
                answer,
                ident,
                moment,
                clerk,
                pending_before,
                last_try=attempt == FETCH_ATTEMPTS - 1,
            )
        except _Stale:
            continue  # central acknowledged something meanwhile: its answer may predate it
    raise AssertionError("unreachable: the last attempt imports whatever it got")


class _Stale(Exception):
    """The background sync acknowledged an outbox item between the central answer and the
    import: a payment no longer counted as pending would make central's older open amount
    look right. The answer is fetched again."""


def _pending_outbox(session: Any) -> frozenset[int]:
    return frozenset(session.scalars(select(OutboxItem.id).where(OutboxItem.sent_at.is_(None))))


def _pending_payment_bills(session: Any, account_id: int) -> set[int]:
    """Bills of the account touched by a payment, void or correction central has not taken
    (pending, or refused with its sync problem open): their local open amount is newer than
    central's, keep it."""
    uuids: set[str] = set()
    for r in unreconciled_money_items(session):
        uuids.add(
            r.entity_uuid if r.entity == "payment" else str((r.payload or {}).get("payment_uuid"))
        )
    if not uuids:
        return set()
    return set(
        session.scalars(
            select(Allocation.bill_id)
            .join(Bill, Bill.id == Allocation.bill_id)
            .where(Bill.account_id == account_id, Allocation.payment_uuid.in_(uuids))
        )
    )


def _import(
    store: Store,
    answer: dict[str, Any],
    ident: str,
    moment: dt.datetime,
    clerk: str,
    pending_before: frozenset[int] = frozenset(),
    *,
    last_try: bool = True,
) -> RemoteAccount:
    account = answer.get("account")
    if not isinstance(account, dict) or not isinstance(account.get("account_no"), str):
        raise DomainError("remote.bad_data", query=ident)
    owner = answer.get("owner") or {"code": account.get("agency_code"), "name": ""}
    account_no = account["account_no"]
    points, bills = answer.get("service_points") or [], answer.get("bills") or []
    central_open = {b.get("bill_no") for b in bills if isinstance(b, dict)}
    with store.unit_of_work() as uow:
        s = uow.session
        local_agency = s.scalar(select(Setting.value).where(Setting.key == "agency_code"))
        if local_agency is not None and local_agency != answer["agency"]:
            raise DomainError("sync.wrong_agency", local=local_agency, remote=answer["agency"])
        if not last_try and not pending_before <= _pending_outbox(s):
            raise _Stale
        other = owner["code"] != answer["agency"]
        changes = [
            {"kind": "account", "data": account},
            *({"kind": "service_point", "data": p} for p in points),
            *({"kind": "bill", "data": b} for b in bills),
        ]
        applied = apply_changes(s, changes, source="lookup", now=moment)
        account_id = s.scalar(select(Account.id).where(Account.account_no == account_no))
        if applied["account"] != 1 or account_id is None:
            # Central's answer failed its checks: the problem stays for the manager, nothing
            # of this account is imported (its bills would be in an unknown currency...).
            uow.commit()
            raise DomainError("remote.bad_data", query=ident)
        s.execute(
            update(Account)
            .where(Account.id == account_id)
            .values(home_agency=owner["code"] if other else None, looked_up_at=moment)
        )
        # Bills open here but no longer open centrally were paid elsewhere meanwhile, unless
        # this counter has news central has not received yet (a correction reopening it).
        keep = _pending_payment_bills(s, account_id)
        s.execute(
            update(Bill)
            .where(Bill.account_id == account_id, Bill.open_minor > 0)
            .where(Bill.bill_no.not_in(central_open) if central_open else Bill.id.is_not(None))
            .where(Bill.id.not_in(keep) if keep else Bill.id.is_not(None))
            .values(open_minor=0)
        )
        open_rows = s.scalars(
            select(Bill.open_minor).where(Bill.account_id == account_id, Bill.open_minor > 0)
        ).all()
        journal.append(
            s,
            "remote_lookup",
            {
                "query": ident,
                "account_no": account_no,
                "home_agency": owner["code"],
                "matched_by": answer["matched_by"],
                "open_bills": len(open_rows),
            },
            username=clerk or None,
            now=moment,
        )
        uow.commit()
    return RemoteAccount(
        account_no=account_no,
        name_ar=account.get("name_ar") or "",
        name_latin=account.get("name_latin") or "",
        address=account.get("address") or "",
        city=account.get("city") or "",
        home_agency=owner["code"],
        home_agency_name=owner.get("name") or "",
        other_agency=other,
        matched_by=answer["matched_by"],
        matched=ident,
        open_bills=len(open_rows),
        due=Money(sum(open_rows), account["currency"].strip()),
        looked_up_at=moment,
    )


def central_url(store: Store) -> str:
    """The central address of this terminal's settings, with the agency password from its
    credentials file ('' when none is configured)."""
    return terminal_central_url(store)


def lookup_from_settings(store: Store, query: str, *, clerk: str = "") -> RemoteAccount:
    """The window's look-up: central address from the settings, a short connect timeout,
    one connection for this look-up only (the background sync keeps its own)."""
    from desktop.sync.client import CentralClient

    ident = remote_identifier(query)  # refused before any network traffic
    url = central_url(store)
    if not url:
        raise DomainError("remote.not_configured")
    client = CentralClient.connect(with_connect_timeout(url))
    try:
        return lookup_account(store, client, ident, clerk=clerk)
    finally:
        client.dispose()


def with_connect_timeout(url: str, seconds: int = CONNECT_TIMEOUT_S) -> str:
    """``url`` with libpq's ``connect_timeout`` and a server-side ``statement_timeout``
    (unless it sets them already): the look-up runs on the window's database worker, so a
    WAN that connects but then hangs must not hold the counter for long either."""
    parsed = make_url(url)
    extra: dict[str, str] = {}
    if "connect_timeout" not in parsed.query:
        extra["connect_timeout"] = str(seconds)
    if "options" not in parsed.query:
        extra["options"] = f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"
    if not extra:
        return url
    return parsed.update_query_dict(extra).render_as_string(hide_password=False)
