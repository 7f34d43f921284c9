"""Central-side data for demos and tests: billing imported from a local store, online payments.

Why: the real billing system and the card-payment gateway (CIB / Edahabia, as in the
Sonelgaz story) feed the central database; they are not part of Guichet. These helpers play
their part, as the administrator, so that sync can be shown and tested end to end.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
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
            pay = OnlinePayment(
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                bill_no,
                account_no,
                agency_code,
                open_minor,
                rng.choice(("CIB", "EDAHABIA")),
            )
            conn.execute(
                text(
                    "INSERT INTO guichet.payments (uuid, agency_code, channel, terminal, "
                    "account_no, tender, currency, amount_minor, card_scheme, external_ref, "
                    "created_at) VALUES (:u, :a, 'online', 'WEB', :acc, 'card', :cur, :amt, "
                    ":scheme, :ref, now())"
                ),
                {
                    "u": pay.uuid,
                    "a": agency_code,
                    "acc": account_no,
                    "cur": currency,
                    "amt": open_minor,
                    "scheme": pay.scheme,
                    "ref": f"WEB-{pay.uuid[:8].upper()}",
                },
            )
            conn.execute(
                text(
                    "INSERT INTO guichet.allocations (uuid, payment_uuid, agency_code, bill_no, "
                    "amount_minor, applied_minor) VALUES (:u, :p, :a, :b, :m, :m)"
                ),
                {
                    "u": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "p": pay.uuid,
                    "a": agency_code,
                    "b": bill_no,
                    "m": open_minor,
                },
            )
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
            {
                "account_no": a.account_no,
                "agency_code": agency,
                "category": a.category,
                "name_ar": a.name_ar,
                "name_latin": a.name_latin,
                "address": a.address,
                "city": a.city,
                "district": a.district,
                "phone1": a.phone1,
                "phone2": a.phone2,
                "email": a.email,
                "status": a.status,
                "currency": a.currency,
                "credit_minor": a.credit_minor - credit_delta.get(a.account_no, 0),
            }
            for a in s.scalars(select(Account))
        ]
        points = [
            {
                "meter_no": p.meter_no,
                "account_no": no,
                "agency_code": agency,
                "service": p.service,
                "tariff_code": p.tariff_code,
                "billing_period": p.billing_period,
            }
            for p, no in s.execute(select(ServicePoint, Account.account_no).join(Account))
        ]
        bills = [
            {
                "bill_no": b.bill_no,
                "account_no": no,
                "meter_no": meter,
                "agency_code": agency,
                "period_start": b.period_start,
                "period_end": b.period_end,
                "issue_date": b.issue_date,
                "due_date": b.due_date,
                "consumption": b.consumption,
                "estimated": b.estimated,
                "currency": b.currency,
                "amount_minor": b.amount_minor,
                "open_minor": b.open_minor + bill_delta.get(b.bill_no, 0),
            }
            for b, no, meter in s.execute(
                select(Bill, Account.account_no, ServicePoint.meter_no)
                .join(Account, Account.id == Bill.account_id)
                .join(ServicePoint, ServicePoint.id == Bill.service_point_id)
            )
        ]
    with engine.begin() as conn:
        for table, rows, key in (
            ("accounts", accounts, "account_no"),
            ("service_points", points, "meter_no"),
            ("bills", bills, "bill_no"),
        ):
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


@dataclass(frozen=True, slots=True)
class RegionSummary:
    """What ``simulate_region`` wrote. Fields: agency, accounts, service_points, bills,
    open_bills, first_account, last_account (account numbers of the range)."""

    agency: str
    accounts: int
    service_points: int
    bills: int
    open_bills: int
    first_account: str
    last_account: str


_FIRST_LATIN = (
    "Mohamed",
    "Ahmed",
    "Fatima",
    "Khadija",
    "Yacine",
    "Amina",
    "Karim",
    "Nadia",
    "Sofiane",
    "Meriem",
    "Rachid",
    "Samira",
    "Omar",
    "Leila",
    "Bilal",
    "Houda",
    "Mourad",
    "Salima",
    "Hamza",
    "Nassima",
)
_FIRST_AR = (
    "محمد",
    "أحمد",
    "فاطمة",
    "خديجة",
    "ياسين",
    "أمينة",
    "كريم",
    "نادية",
    "سفيان",
    "مريم",
    "رشيد",
    "سميرة",
    "عمر",
    "ليلى",
    "بلال",
    "هدى",
    "مراد",
    "سليمة",
    "حمزة",
    "نسيمة",
)
_LAST_LATIN = (
    "Benali",
    "Bouzid",
    "Haddad",
    "Saidi",
    "Mansouri",
    "Khelifi",
    "Boudiaf",
    "Cherif",
    "Ziani",
    "Belkacem",
    "Hamidi",
    "Larbi",
    "Meziane",
    "Rahmani",
    "Toumi",
    "Yahiaoui",
    "Brahimi",
    "Guerfi",
    "Amrani",
    "Slimani",
)
_LAST_AR = (
    "بن علي",
    "بوزيد",
    "حداد",
    "سعيدي",
    "منصوري",
    "خليفي",
    "بوضياف",
    "شريف",
    "زياني",
    "بلقاسم",
    "حميدي",
    "العربي",
    "مزيان",
    "رحماني",
    "تومي",
    "يحياوي",
    "براهيمي",
    "قرفي",
    "عمراني",
    "سليماني",
)
_CITIES = ("Guelma", "Annaba", "Souk Ahras", "Constantine", "Skikda", "Tebessa", "Mila", "Setif")


def _sql_array(values: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


_REGION_SQL = f"""
WITH n AS (SELECT i, :agency || lpad(i::text, 8, '0') AS acc
             FROM generate_series(CAST(:lo AS bigint), CAST(:hi AS bigint)) AS i),
acc AS (
    INSERT INTO guichet.accounts (account_no, agency_code, category, name_ar, name_latin,
                                  address, city, district, phone1, currency)
    SELECT acc, :agency,
           CASE WHEN i % 20 = 0 THEN 'business' ELSE 'residential_individual' END,
           ({_sql_array(_FIRST_AR)})[1 + i % 20] || ' ' || ({_sql_array(_LAST_AR)})[1 + (i / 20) % 20],
           ({_sql_array(_FIRST_LATIN)})[1 + i % 20] || ' ' || ({_sql_array(_LAST_LATIN)})[1 + (i / 20) % 20],
           (1 + i % 150)::text || ' rue ' || (1 + (i / 7) % 90)::text,
           ({_sql_array(_CITIES)})[1 + (i / 400) % 8],
           'Cite ' || (1 + (i / 50) % 40)::text,
           '0' || (550000000 + i % 449999999)::text,
           :currency
      FROM n
    ON CONFLICT (account_no) DO NOTHING
    RETURNING 1
),
sp AS (
    INSERT INTO guichet.service_points (meter_no, account_no, agency_code, service,
                                        tariff_code, billing_period)
    SELECT 'M' || acc, acc, :agency, 'electricity', 'sonelgaz-2016-residential-electricity',
           'quarterly'
      FROM n
    ON CONFLICT (meter_no) DO NOTHING
    RETURNING 1
),
bl AS (
    INSERT INTO guichet.bills (bill_no, account_no, meter_no, agency_code, period_start,
                               period_end, issue_date, due_date, consumption, currency,
                               amount_minor, open_minor)
    SELECT 'B' || acc || lpad(k::text, 2, '0'), acc, 'M' || acc, :agency,
           DATE '2024-01-01' + (k - 1) * 91, DATE '2024-01-01' + k * 91 - 1,
           DATE '2024-01-01' + k * 91 + 10, DATE '2024-01-01' + k * 91 + 40,
           200 + (i * 7 + k * 13) % 600, :currency,
           100000 + ((i * 7919 + k * 104729) % 900000),
           CASE WHEN (k = :per AND i % 10 < :open_last) OR (k = :per - 1 AND i % 10 < :open_prev)
                THEN 100000 + ((i * 7919 + k * 104729) % 900000) ELSE 0 END
      FROM n CROSS JOIN generate_series(1, :per) AS k
    ON CONFLICT (bill_no) DO NOTHING
    RETURNING (open_minor > 0)::int AS open
)
SELECT (SELECT count(*) FROM acc), (SELECT count(*) FROM sp), (SELECT count(*) FROM bl),
       (SELECT coalesce(sum(open), 0) FROM bl)
"""


def simulate_region(
    engine: Engine,
    agency: str,
    accounts: int,
    *,
    bills_per_account: int = 4,
    currency: str = "DZD",
    start: int = 1,
    chunk: int = 100_000,
    progress: Callable[[int, int], None] | None = None,
) -> RegionSummary:
    """Fill central with a region of ``accounts`` accounts of ``agency`` (benchmarks, demos).

    Signature: ``simulate_region(engine, agency, accounts, *, bills_per_account=4,
    currency="DZD", start=1, chunk=100_000, progress=None) -> RegionSummary``.

    ``engine`` is an administrator engine on an initialised central database (``guichet
    central init``) where ``agency`` exists (``add_agency``). Account numbers are the agency
    code followed by the 8-digit index ``start .. start + accounts - 1`` (``240100000001``),
    each with one electricity meter ``M<account_no>`` and ``bills_per_account`` quarterly
    bills ``B<account_no><kk>`` of which about 70 % of accounts have the last one open and
    20 % the one before too (the paid ones are history a first load must NOT bring).
    Set-based (``generate_series``), one transaction per ``chunk`` accounts (progress is
    called with (accounts written, accounts) after each), so 1,000,000 accounts take
    minutes, not hours. Rows that already exist are kept as they are (ON CONFLICT DO
    NOTHING), so a run cut short can simply be run again.
    """
    if accounts < 1 or not 1 <= bills_per_account <= 99 or start < 1 or start + accounts > 10**8:
        raise ValueError(
            "accounts and start must be >= 1, bills_per_account 1..99, the range < 10^8"
        )
    totals = [0, 0, 0, 0]
    sql = text(_REGION_SQL)
    done = 0
    for lo in range(start, start + accounts, chunk):
        hi = min(lo + chunk, start + accounts) - 1
        with engine.begin() as conn:
            if (
                conn.execute(
                    text("SELECT 1 FROM guichet.agencies WHERE code = :a"), {"a": agency}
                ).first()
                is None
            ):
                raise ValueError(f"agency {agency} is not registered in this central database")
            if conn.execute(
                text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            ).scalar():
                # Generated rows are consistent by construction: skip the per-row triggers
                # (xid stamping: the column default gives the same id on insert; foreign-key
                # checks). Superuser only, and for this transaction only.
                conn.execute(text("SET LOCAL session_replication_role = replica"))
            row = conn.execute(
                sql,
                {
                    "agency": agency,
                    "lo": lo,
                    "hi": hi,
                    "per": bills_per_account,
                    "currency": currency,
                    "open_last": 7,
                    "open_prev": 2,
                },
            ).one()
        totals = [t + int(v) for t, v in zip(totals, row, strict=True)]
        done += hi - lo + 1
        if progress:
            progress(done, accounts)
    with engine.connect() as conn:  # fresh statistics, or the first pages are planned blind
        conn.execute(text("ANALYZE guichet.accounts, guichet.service_points, guichet.bills"))
        conn.commit()
    return RegionSummary(
        agency, *totals, f"{agency}{start:08d}", f"{agency}{start + accounts - 1:08d}"
    )
