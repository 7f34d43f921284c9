"""Central-side data for demos and tests: billing imported from a local store, online payments.

Why: the real billing system and the card-payment gateway (CIB / Edahabia, as in the
Sonelgaz story) feed the central database; they are not part of Guichet. These helpers play
their part, as the administrator, so that sync can be shown and tested end to end.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass

from sqlalchemy import Engine, select, text

from desktop.store.db import Store
from desktop.store.models import Account, Bill, ServicePoint
from desktop.sync.pull import pending_effects

_CHUNK = 5000


@dataclass(frozen=True, slots=True)
class OnlinePayment:
    """A simulated online payment. Fields: uuid, bill_no, account_no, agency, amount_minor, scheme."""

    uuid: str
    bill_no: str
    account_no: str
    agency: str
    amount_minor: int
    scheme: str


def simulate_online_payments(
    engine: Engine,
    count: int,
    *,
    agency: str | None = None,
    bill_nos: list[str] | None = None,
    seed: int | None = None,
) -> list[OnlinePayment]:
    """Pay ``count`` open bills in full "online" (or exactly ``bill_nos``), in one transaction."""
    rng = random.Random(seed)
    made: list[OnlinePayment] = []
    with engine.begin() as conn:
        if bill_nos:
            picked = conn.execute(
                text(
                    "SELECT bill_no, account_no, agency_code, currency, open_minor "
                    "FROM guichet.bills WHERE bill_no = ANY(:b) AND open_minor > 0 "
                    "ORDER BY bill_no FOR UPDATE"
                ),
                {"b": bill_nos},
            ).all()
        else:
            picked = conn.execute(
                text(
                    "SELECT bill_no, account_no, agency_code, currency, open_minor "
                    "FROM guichet.bills WHERE open_minor > 0 "
                    "AND (CAST(:a AS text) IS NULL OR agency_code = :a) "
                    "ORDER BY md5(bill_no || :salt) LIMIT :n FOR UPDATE"
                ),
                {"a": agency, "n": max(0, count), "salt": str(rng.random())},
            ).all()
        for bill_no, account_no, agency_code, currency, open_minor in picked:
            pay = OnlinePayment(str(uuid.UUID(int=rng.getrandbits(128), version=4)), bill_no,
                                account_no, agency_code, open_minor,
                                rng.choice(("CIB", "EDAHABIA")))  # fmt: skip
            conn.execute(
                text(
                    "INSERT INTO guichet.payments (uuid, agency_code, channel, terminal, "
                    "account_no, tender, currency, amount_minor, card_scheme, external_ref, "
                    "created_at) VALUES (:u, :a, 'online', 'WEB', :acc, 'card', :cur, :amt, "
                    ":scheme, :ref, now())"
                ),
                {"u": pay.uuid, "a": agency_code, "acc": account_no, "cur": currency,
                 "amt": open_minor, "scheme": pay.scheme, "ref": f"WEB-{pay.uuid[:8].upper()}"},
            )  # fmt: skip
            conn.execute(
                text(
                    "INSERT INTO guichet.allocations (uuid, payment_uuid, agency_code, bill_no, "
                    "amount_minor, applied_minor) VALUES (:u, :p, :a, :b, :m, :m)"
                ),
                {"u": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "p": pay.uuid,
                 "a": agency_code, "b": bill_no, "m": open_minor},
            )  # fmt: skip
            conn.execute(
                text("UPDATE guichet.bills SET open_minor = 0 WHERE bill_no = :b"), {"b": bill_no}
            )
            made.append(pay)
    return made


def import_billing(engine: Engine, store: Store, agency: str) -> dict[str, int]:
    """Copy a local store's accounts, meters and bills into central as agency ``agency``'s
    region (existing rows are left as they are). Returns the counts read.

    Payments still waiting in the store's outbox are undone in the copy (their bills are
    open again centrally), so that pushing them afterwards settles each bill exactly once.
    """
    with store.read() as s:
        bill_delta, credit_delta = pending_effects(s)
        accounts = [
            {"account_no": a.account_no, "agency_code": agency, "category": a.category,
             "name_ar": a.name_ar, "name_latin": a.name_latin, "address": a.address,
             "city": a.city, "district": a.district, "phone1": a.phone1, "phone2": a.phone2,
             "email": a.email, "status": a.status, "currency": a.currency,
             "credit_minor": a.credit_minor - credit_delta.get(a.account_no, 0)}
            for a in s.scalars(select(Account))
        ]  # fmt: skip
        points = [
            {"meter_no": p.meter_no, "account_no": no, "agency_code": agency,
             "service": p.service, "tariff_code": p.tariff_code,
             "billing_period": p.billing_period}
            for p, no in s.execute(
                select(ServicePoint, Account.account_no).join(Account)
            )
        ]  # fmt: skip
        bills = [
            {"bill_no": b.bill_no, "account_no": no, "meter_no": meter, "agency_code": agency,
             "period_start": b.period_start, "period_end": b.period_end,
             "issue_date": b.issue_date, "due_date": b.due_date, "consumption": b.consumption,
             "estimated": b.estimated, "currency": b.currency, "amount_minor": b.amount_minor,
             "open_minor": b.open_minor + bill_delta.get(b.bill_no, 0)}
            for b, no, meter in s.execute(
                select(Bill, Account.account_no, ServicePoint.meter_no)
                .join(Account, Account.id == Bill.account_id)
                .join(ServicePoint, ServicePoint.id == Bill.service_point_id)
            )
        ]  # fmt: skip
    with engine.begin() as conn:
        for table, rows, key in (("accounts", accounts, "account_no"),
                                 ("service_points", points, "meter_no"),
                                 ("bills", bills, "bill_no")):  # fmt: skip
            if not rows:
                continue
            cols = list(rows[0])
            sql = text(
                f"INSERT INTO guichet.{table} ({', '.join(cols)}) "
                f"VALUES ({', '.join(':' + c for c in cols)}) ON CONFLICT ({key}) DO NOTHING"
            )
            for start in range(0, len(rows), _CHUNK):
                conn.execute(sql, rows[start : start + _CHUNK])
    return {"accounts": len(accounts), "service_points": len(points), "bills": len(bills)}
