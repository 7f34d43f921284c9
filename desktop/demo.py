"""Deterministic demo data: accounts, meters, readings, bills from the real tariffs, payments.

Why it is built this way: the demo must look like an agency's data (names in both scripts,
real places, national phone formats, two years of bills computed by the tariff engine, some
customers in arrears, some estimated bills, some credit) and must build 1,000,000 accounts in
minutes. So rows are generated as plain tuples and written with ``executemany`` in chunks of
one transaction each, quotes are cached per (tariff, consumption), and the same seed and
``today`` always give the same database.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from sqlalchemy import func, select

from desktop.config import TerminalSettings, save_terminal_settings
from desktop.demo_data import (
    ADMINISTRATIONS,
    COMPANIES,
    DEMO_PASSWORD,
    DEMO_USERS,
    FIRST_NAMES_F,
    FIRST_NAMES_M,
    PROFILES,
    Profile,
)
from desktop.domain.errors import DomainError
from desktop.domain.tariffs import Quote, get_tariff, quote
from desktop.services.auth import add_user
from desktop.store.db import Store
from desktop.store.models import Account
from desktop.store.search import index_accounts

Progress = Callable[[int, int, str], None]
CHUNK = 2000
CATEGORIES = (
    ("residential_individual", 0.70),
    ("residential_collective", 0.15),
    ("professional", 0.12),
    ("administration", 0.03),
)
PERIOD_MONTHS = {"monthly": 1, "bimonthly": 2, "quarterly": 3}
# Mean consumption per month, by service, and the seasonal factor by calendar month (1..12).
MEAN_PER_MONTH = {"electricity_dz": 130, "gas": 700, "electricity_ma": 120, "water": 14}
SEASON = {
    "electricity": (1.15, 1.1, 1.0, 0.9, 0.95, 1.15, 1.45, 1.5, 1.2, 0.9, 0.95, 1.1),
    "gas": (2.0, 1.8, 1.3, 0.8, 0.4, 0.25, 0.2, 0.2, 0.3, 0.7, 1.3, 1.9),
    "water": (0.85, 0.85, 0.9, 1.0, 1.1, 1.2, 1.3, 1.3, 1.1, 1.0, 0.9, 0.85),
}
CATEGORY_FACTOR = {
    "residential_individual": 1.0,
    "residential_collective": 0.8,
    "professional": 2.5,
    "administration": 4.0,
}
CHANNELS = (("counter", 0.6), ("online", 0.25), ("post", 0.15))
COLUMNS = {
    "accounts": "id, account_no, category, name_ar, name_latin, address, city, district, "
    "phone1, phone2, email, status, currency, credit_minor",
    "service_points": "id, account_id, service, meter_no, tariff_code, billing_period",
    "meter_readings": "id, uuid, service_point_id, reading_date, index_value, kind",
    "bills": "id, bill_no, account_id, service_point_id, period_start, period_end, issue_date, "
    "due_date, consumption, estimated, currency, amount_minor, open_minor",
    "bill_lines": "id, bill_id, position, kind, label, quantity, unit_price_e4, amount_minor",
    "payments": "uuid, account_id, created_at, channel, tender, currency, amount_minor, "
    "credit_minor, tendered_minor, change_minor, card_scheme, card_last4, auth_code, "
    "terminal_ref, user_id, agency, terminal, status",
    "allocations": "uuid, payment_uuid, bill_id, amount_minor",
}


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What was built. Fields: accounts, service_points, bills, payments, seconds."""

    accounts: int
    service_points: int
    bills: int
    payments: int


def build_demo(
    store: Store,
    *,
    accounts: int,
    seed: int = 1,
    profile: str = "dz",
    months: int = 24,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an initialised, empty database with demo data, users and terminal settings."""
    prof = PROFILES.get(profile)
    if prof is None:
        raise DomainError("demo.profile_unknown", profile=profile)
    if accounts < 1 or months < 1:
        raise DomainError("input.invalid", field="--accounts/--months", problem="use 1 or more")
    with store.read() as session:
        existing = session.scalar(select(func.count()).select_from(Account)) or 0
    if existing:
        raise DomainError("demo.not_empty", path=str(store.engine.url.database), count=existing)
    today = today or dt.date.today()
    _write_settings_and_users(store, prof)
    gen = _Generator(prof, random.Random(seed), today, months)
    totals = [0, 0, 0, 0]
    with store.engine.connect() as conn:
        driver = conn.connection.driver_connection
        driver.execute("PRAGMA synchronous=NORMAL")  # demo build only; a crash means rebuild
        for start in range(0, accounts, CHUNK):
            batch = gen.chunk(start + 1, min(start + CHUNK, accounts))
            driver.execute("BEGIN IMMEDIATE")
            try:
                for table, rows in batch.items():
                    if rows:
                        marks = ", ".join("?" * len(rows[0]))
                        driver.executemany(
                            f"INSERT INTO {table} ({COLUMNS[table]}) VALUES ({marks})", rows
                        )
                index_accounts(
                    conn, [(r[0], r[3], r[4], r[5], r[6], r[7]) for r in batch["accounts"]]
                )
                driver.execute("COMMIT")
            except BaseException:
                driver.execute("ROLLBACK")
                raise
            for i, table in enumerate(("accounts", "service_points", "bills", "payments")):
                totals[i] += len(batch[table])
            if progress:
                progress(min(start + CHUNK, accounts), accounts, "accounts")
        driver.execute("PRAGMA optimize")
    return DemoSummary(*totals)


def _write_settings_and_users(store: Store, prof: Profile) -> None:
    with store.unit_of_work() as uow:
        save_terminal_settings(
            uow.session,
            TerminalSettings(
                company_name=prof.company_name,
                agency_code=prof.agency_code,
                agency_name=prof.agency_name,
                terminal_code="T01",
                currency=prof.currency,
                locale=prof.locale,
                allow_credit=prof.allow_credit,
                max_payment_minor=prof.max_payment_minor,
            ),
        )
        for username, role, full_name, lang in DEMO_USERS:
            add_user(uow, username, DEMO_PASSWORD, role, full_name, lang)
        uow.commit()


@cache
def _quote(tariff_code: str, quantity: int) -> Quote:
    return quote(get_tariff(tariff_code), quantity)


def _months_add(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    return dt.date(total // 12, total % 12 + 1, 1)


class _Generator:
    """Makes the rows of a range of accounts; all randomness comes from one seeded RNG."""

    def __init__(self, prof: Profile, rng: random.Random, today: dt.date, months: int) -> None:
        self.p = prof
        self.rng = rng
        self.today = today
        self.months = months
        self.sp_id = 0
        self.bill_id = 0
        self.line_id = 0
        self.reading_id = 0

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _pick(self, weighted: tuple[tuple[str, float], ...]) -> str:
        x = self.rng.random()
        for value, weight in weighted:
            if x < weight:
                return value
            x -= weight
        return weighted[-1][0]

    def chunk(self, first: int, last: int) -> dict[str, list[tuple]]:
        rows: dict[str, list[tuple]] = {
            t: []
            for t in ("accounts", "service_points", "meter_readings", "bills", "bill_lines",
                      "payments", "allocations")
        }  # fmt: skip
        for account_id in range(first, last + 1):
            self._account(account_id, rows)
        return rows

    def _account(self, account_id: int, rows: dict[str, list[tuple]]) -> None:
        p, rng = self.p, self.rng
        category = self._pick(CATEGORIES)
        name_ar, name_latin = self._holder(category)
        city = rng.choice(p.cities)
        address = f"{rng.randint(1, 180)} {rng.choice(p.streets)}"
        phone1 = self._phone(mobile=True) if rng.random() < 0.9 else None
        phone2 = self._phone(mobile=False) if rng.random() < 0.25 else None
        email = self._email(name_latin) if rng.random() < 0.4 else None
        behaviour = rng.random()
        status = "closed" if behaviour > 0.99 else "active"
        credit = rng.randint(10, 300) * 1000 if 0.93 < behaviour <= 0.99 else 0
        account_no = f"{p.account_prefix}{account_id:08d}"
        rows["accounts"].append(
            (account_id, account_no, category, name_ar, name_latin, address, city, p.district,
             phone1, phone2, email, status, p.currency, credit)
        )  # fmt: skip
        size = math.exp(rng.gauss(0, 0.35)) * CATEGORY_FACTOR[category]
        for service, tariff, period, prefix, share in p.services:
            if rng.random() >= share:
                continue
            self.sp_id += 1
            meter_no = f"{prefix}{(self.sp_id * 7919 + 104729) % 1_000_000_007:010d}"
            rows["service_points"].append(
                (self.sp_id, account_id, service, meter_no, tariff, period)
            )
            self._bills(account_id, service, tariff, period, size, behaviour, rows)

    def _holder(self, category: str) -> tuple[str, str]:
        rng = self.rng
        family_ar, family_latin = rng.choice(self.p.families)
        if category == "professional":
            ar, latin = rng.choice(COMPANIES)
            return f"{ar} {family_ar}", f"{latin} {family_latin}"
        if category == "administration":
            ar, latin = rng.choice(ADMINISTRATIONS)
            return ar, f"{latin} {rng.randint(1, 40)}"
        first_ar, first_latin = rng.choice(FIRST_NAMES_M if rng.random() < 0.55 else FIRST_NAMES_F)
        return f"{first_ar} {family_ar}", f"{family_latin.upper()} {first_latin}"

    def _phone(self, *, mobile: bool) -> str:
        prefix = self.rng.choice(self.p.mobile_prefixes) if mobile else self.p.landline_prefix
        return prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(10 - len(prefix)))

    def _email(self, name_latin: str) -> str:
        ascii_name = "".join(
            c for c in name_latin.lower() if c.isascii() and c.isalnum() or c == " "
        )
        parts = ascii_name.split() or ["client"]
        return f"{parts[-1]}.{parts[0]}{self.rng.randint(1, 99)}@{self.rng.choice(self.p.email_domains)}"

    def _periods(self, period: str) -> list[tuple[dt.date, dt.date]]:
        step = PERIOD_MONTHS[period]
        first_month = _months_add(self.today.replace(day=1), -self.months)
        # align to the period grid (quarters start in Jan/Apr/Jul/Oct)
        offset = (first_month.month - 1) % step
        start = _months_add(first_month, -offset)
        out = []
        while True:
            end = _months_add(start, step) - dt.timedelta(days=1)
            if end + dt.timedelta(days=10) > self.today:  # not issued yet
                break
            out.append((start, end))
            start = end + dt.timedelta(days=1)
        return out

    def _bills(
        self, account_id: int, service: str, tariff: str, period: str, size: float,
        behaviour: float, rows: dict[str, list[tuple]],
    ) -> None:  # fmt: skip
        rng, p = self.rng, self.p
        periods = self._periods(period)
        step = PERIOD_MONTHS[period]
        key = f"{service}_{p.code}" if service == "electricity" else service
        mean = MEAN_PER_MONTH[key] * size
        index = rng.randint(1000, 90000)
        n = len(periods)
        # How many of the newest bills stay unpaid, and whether the oldest of them is partly paid.
        if behaviour < 0.15 or behaviour > 0.93:
            unpaid = 0
        elif behaviour < 0.72:
            unpaid = 1
        else:
            unpaid = rng.randint(2, min(6, max(2, n)))
        partial = behaviour > 0.72 and rng.random() < 0.3
        for i, (start, end) in enumerate(periods):
            season = sum(SEASON[service][(start.month - 1 + k) % 12] for k in range(step)) / step
            consumption = max(0, round(mean * step * season * rng.uniform(0.8, 1.2)))
            estimated = rng.random() < 0.07
            index += consumption
            q = _quote(tariff, consumption)
            self.bill_id += 1
            issue = end + dt.timedelta(days=10)
            due = issue + dt.timedelta(days=15)
            code = {"electricity": "1", "gas": "2", "water": "3"}[service]
            bill_no = f"{code}{start:%y%m}{self.bill_id:09d}"
            open_minor = q.total_minor if i >= n - unpaid else 0
            if open_minor and partial and i == n - unpaid and q.total_minor > 100:
                open_minor = q.total_minor // 2
            rows["bills"].append(
                (self.bill_id, bill_no, account_id, self.sp_id, start.isoformat(),
                 end.isoformat(), issue.isoformat(), due.isoformat(),
                 consumption, estimated, p.currency, q.total_minor, open_minor)
            )  # fmt: skip
            for pos, line in enumerate(q.lines):
                self.line_id += 1
                rows["bill_lines"].append(
                    (self.line_id, self.bill_id, pos, line.kind, line.label, line.quantity,
                     line.unit_price_e4, line.amount_minor)
                )  # fmt: skip
            self.reading_id += 1
            rows["meter_readings"].append(
                (self.reading_id, self._uuid(), self.sp_id, end.isoformat(), index,
                 "estimated" if estimated else "actual")
            )  # fmt: skip
            paid = q.total_minor - open_minor
            if paid > 0:
                self._payment(account_id, self.bill_id, paid, due, rows)

    def _payment(
        self, account_id: int, bill_id: int, amount: int, due: dt.date, rows: dict[str, list[tuple]]
    ) -> None:
        rng = self.rng
        channel = self._pick(CHANNELS)
        day = due - dt.timedelta(days=rng.randint(-20, 14))
        when = dt.datetime.combine(
            min(day, self.today), dt.time(8 + rng.randint(0, 7), rng.randint(0, 59))
        )
        tender = "card" if channel == "online" else ("cash" if rng.random() < 0.8 else "card")
        scheme = None
        last4 = None
        if tender == "card":
            scheme = rng.choice(("CIB", "EDAHABIA") if self.p.code == "dz" else ("CMI",))
            last4 = f"{rng.randint(0, 9999):04d}"
        pay_uuid = self._uuid()
        rows["payments"].append(
            (pay_uuid, account_id, when.isoformat(" "), channel, tender, self.p.currency, amount, 0, None, 0,
             scheme, last4, None, None, None, "HIST", "HIST", "valid")
        )  # fmt: skip
        rows["allocations"].append((self._uuid(), pay_uuid, bill_id, amount))
