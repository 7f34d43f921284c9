"""Deterministic demo data: accounts, meters, readings, bills from the real tariffs, payments.

Why it is built this way: the demo must look like an agency's data (names in both scripts,
real places, national phone formats, two years of bills computed by the tariff engine, some
customers in arrears, some estimated bills, some credit) and must build 1,000,000 accounts in
minutes (see docs/benchmarks.md). So:

- rows are plain tuples written with ``executemany``, one transaction per chunk, with a big
  page cache and no fsync (a crashed demo build is simply rebuilt);
- everything that repeats is computed once: the billing periods and their date strings per
  billing period, the bill lines per (tariff, consumption), the payment date and time strings;
- random draws use ``rng.random()`` directly (``randint``/``choice`` cost ~5x more for the
  same uniform distribution), and UUIDs are formatted from 128 random bits;
- on big builds the rows are generated in a second process while this one writes. There is
  still exactly one generator and one RNG stream, run sequentially, so the same seed and
  ``today`` always give the same database, whatever the chunk size or process layout.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import pickle
import random
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

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
from desktop.domain.errors import DomainError, Problem
from desktop.domain.tariffs import get_tariff, quote
from desktop.services.auth import add_user
from desktop.store.db import Store
from desktop.store.models import Account
from desktop.store.search import index_accounts

Progress = Callable[[int, int, str], None]
Batch = dict[str, list[tuple]]
T = TypeVar("T")
CHUNK = 5000
# Below this many accounts a second process costs more (start-up ~0.5 s) than it saves.
PARALLEL_MIN = 4 * CHUNK
# Page cache for the build only, reset after: the random UUID keys of payments, allocations
# and readings touch index pages all over, ~3 KiB of them per account.
CACHE_KIB_PER_ACCOUNT, CACHE_KIB_MAX = 3, 3 * 1024 * 1024
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
SERVICE_CODE = {"electricity": "1", "gas": "2", "water": "3"}
CATEGORY_FACTOR = {
    "residential_individual": 1.0,
    "residential_collective": 0.8,
    "professional": 2.5,
    "administration": 4.0,
}
CHANNELS = (("counter", 0.6), ("online", 0.25), ("post", 0.15))
# Payment day: due date minus -20..14 days; time of day 08:00..15:59.
PAY_OFFSETS = range(-20, 15)
PAY_TIMES = tuple(f" {h:02d}:{m:02d}:00" for h in range(8, 16) for m in range(60))
TABLES = (
    "accounts",
    "service_points",
    "meter_readings",
    "bills",
    "bill_lines",
    "payments",
    "allocations",
)
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
_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID_SET = (4 << 76) | (0x8000 << 48)  # version 4, RFC 4122 variant


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What was built. Fields: accounts, service_points, bills, payments."""

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
        raise DomainError(
            "input.invalid", field="--accounts/--months", problem=Problem("one_or_more")
        )
    with store.read() as session:
        existing = session.scalar(select(func.count()).select_from(Account)) or 0
    if existing:
        raise DomainError("demo.not_empty", path=str(store.engine.url.database), count=existing)
    today = today or dt.date.today()
    _write_settings_and_users(store, prof)
    totals = [0, 0, 0, 0]
    sql = {
        t: f"INSERT INTO {t} ({cols}) VALUES ({', '.join('?' * (cols.count(',') + 1))})"
        for t, cols in COLUMNS.items()
    }
    with store.engine.connect() as conn:
        driver = conn.connection.driver_connection
        # Demo build only: a crash means rebuild, so no fsync and a big page cache (the
        # random UUID keys of payments, allocations and readings touch pages all over).
        driver.execute("PRAGMA synchronous=OFF")
        driver.execute(
            f"PRAGMA cache_size=-{min(CACHE_KIB_MAX, 65536 + CACHE_KIB_PER_ACCOUNT * accounts)}"
        )
        driver.execute("PRAGMA temp_store=MEMORY")
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            for last, batch in _batches(prof.code, seed, today, months, accounts):
                driver.execute("BEGIN IMMEDIATE")
                try:
                    for table in TABLES:
                        if batch[table]:
                            driver.executemany(sql[table], batch[table])
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
                    progress(last, accounts, "accounts")
            driver.execute("PRAGMA optimize")
        finally:
            driver.execute("PRAGMA cache_size=-2000")
            driver.execute("PRAGMA temp_store=DEFAULT")
            driver.execute("PRAGMA synchronous=FULL")
            driver.execute("PRAGMA foreign_keys=ON")
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


def _batches(
    profile: str, seed: int, today: dt.date, months: int, accounts: int
) -> Iterator[tuple[int, Batch]]:
    """(last account id, rows) per chunk: made here, or in a second process on big builds."""
    if accounts < PARALLEL_MIN or (os.cpu_count() or 1) < 2:
        yield from _generate(profile, seed, today, months, accounts)
        return
    # A plain child interpreter fed through a pipe, not multiprocessing: "fork" is unsafe in
    # a process holding SQLite connections or GUI threads, and "spawn" re-runs the caller's
    # main module. The pipe also paces the child: it works at most one chunk ahead. (A frozen
    # build whose sys.executable is not Python should keep demos under PARALLEL_MIN.)
    root = str(Path(__file__).resolve().parents[1])
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join(filter(None, (root, os.environ.get("PYTHONPATH"))))
    )
    args = [profile, str(seed), today.isoformat(), str(months), str(accounts)]
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys, desktop.demo as d; d._child(sys.argv[1:])", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        env=env,
    )
    assert child.stdout is not None
    try:
        for _ in range(0, accounts, CHUNK):
            try:
                item = pickle.load(child.stdout)
            except EOFError:
                raise RuntimeError(
                    f"the demo generator process stopped (exit code {child.wait()})"
                ) from None
            yield item
    except BaseException:
        child.kill()
        raise
    finally:
        child.stdout.close()
        child.wait()


def _generate(
    profile: str, seed: int, today: dt.date, months: int, accounts: int
) -> Iterator[tuple[int, Batch]]:
    gen = _Generator(PROFILES[profile], random.Random(seed), today, months)
    for start in range(0, accounts, CHUNK):
        last = min(start + CHUNK, accounts)
        yield last, gen.chunk(start + 1, last)


def _child(argv: list[str]) -> None:
    """Body of the generator process: the same sequential generator, pickled to stdout."""
    profile, seed, today, months, accounts = argv
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print() must not corrupt the pickle stream
    for item in _generate(
        profile, int(seed), dt.date.fromisoformat(today), int(months), int(accounts)
    ):
        pickle.dump(item, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()


def _months_add(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    return dt.date(total // 12, total % 12 + 1, 1)


@dataclass(frozen=True, slots=True)
class _Period:
    """One billing period, with every string a bill of it needs, computed once.

    Fields: season (mean seasonal factor for the service), yymm (bill number part), start,
    end, issue, due (ISO dates), pay_days (payment date strings for each PAY_OFFSETS entry,
    never after today).
    """

    season: float
    yymm: str
    start: str
    end: str
    issue: str
    due: str
    pay_days: tuple[str, ...]


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
        self._periods: dict[tuple[str, str], tuple[_Period, ...]] = {}
        self._quotes: dict[tuple[str, int], tuple[int, tuple[tuple, ...]]] = {}
        self._emails: dict[str, tuple[str, str]] = {}
        self._schemes = ("CIB", "EDAHABIA") if prof.code == "dz" else ("CMI",)

    def _uuid(self) -> str:
        h = "%032x" % (self.rng.getrandbits(128) & _UUID_CLEAR | _UUID_SET)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def _pick(self, weighted: tuple[tuple[str, float], ...]) -> str:
        x = self.rng.random()
        for value, weight in weighted:
            if x < weight:
                return value
            x -= weight
        return weighted[-1][0]

    def _choice(self, seq: Sequence[T]) -> T:
        """A uniform pick, like ``rng.choice``."""
        return seq[int(self.rng.random() * len(seq))]

    def _int(self, lo: int, hi: int) -> int:
        """Uniform integer in [lo, hi], like ``randint``."""
        return lo + int(self.rng.random() * (hi - lo + 1))

    def chunk(self, first: int, last: int) -> Batch:
        rows: Batch = {t: [] for t in TABLES}
        for account_id in range(first, last + 1):
            self._account(account_id, rows)
        return rows

    def _account(self, account_id: int, rows: Batch) -> None:
        p, rnd = self.p, self.rng.random
        category = self._pick(CATEGORIES)
        name_ar, name_latin = self._holder(category)
        city = self._choice(p.cities)
        address = f"{self._int(1, 180)} {self._choice(p.streets)}"
        phone1 = self._phone(mobile=True) if rnd() < 0.9 else None
        phone2 = self._phone(mobile=False) if rnd() < 0.25 else None
        email = self._email(name_latin) if rnd() < 0.4 else None
        behaviour = rnd()
        status = "closed" if behaviour > 0.99 else "active"
        credit = self._int(10, 300) * 1000 if 0.93 < behaviour <= 0.99 else 0
        account_no = f"{p.account_prefix}{account_id:08d}"
        rows["accounts"].append(
            (
                account_id,
                account_no,
                category,
                name_ar,
                name_latin,
                address,
                city,
                p.district,
                phone1,
                phone2,
                email,
                status,
                p.currency,
                credit,
            )
        )
        size = math.exp(self.rng.gauss(0, 0.35)) * CATEGORY_FACTOR[category]
        for service, tariff, period, prefix, share in p.services:
            if rnd() >= share:
                continue
            self.sp_id += 1
            meter_no = f"{prefix}{(self.sp_id * 7919 + 104729) % 1_000_000_007:010d}"
            rows["service_points"].append(
                (self.sp_id, account_id, service, meter_no, tariff, period)
            )
            self._bills(account_id, service, tariff, period, size, behaviour, rows)

    def _holder(self, category: str) -> tuple[str, str]:
        family_ar, family_latin = self._choice(self.p.families)
        if category == "professional":
            ar, latin = self._choice(COMPANIES)
            return f"{ar} {family_ar}", f"{latin} {family_latin}"
        if category == "administration":
            ar, latin = self._choice(ADMINISTRATIONS)
            return ar, f"{latin} {self._int(1, 40)}"
        names = FIRST_NAMES_M if self.rng.random() < 0.55 else FIRST_NAMES_F
        first_ar, first_latin = self._choice(names)
        return f"{first_ar} {family_ar}", f"{family_latin.upper()} {first_latin}"

    def _phone(self, *, mobile: bool) -> str:
        prefix = self._choice(self.p.mobile_prefixes) if mobile else self.p.landline_prefix
        digits = 10 - len(prefix)
        return f"{prefix}{int(self.rng.random() * 10**digits):0{digits}d}"

    def _email(self, name_latin: str) -> str:
        parts = self._emails.get(name_latin)
        if parts is None:
            ascii_name = "".join(
                c for c in name_latin.lower() if c.isascii() and c.isalnum() or c == " "
            )
            words = ascii_name.split() or ["client"]
            parts = self._emails[name_latin] = (words[-1], words[0])
        n = self._int(1, 99)
        return f"{parts[0]}.{parts[1]}{n}@{self._choice(self.p.email_domains)}"

    def _service_periods(self, service: str, period: str) -> tuple[_Period, ...]:
        """The issued billing periods of the history window, computed once per service."""
        key = (service, period)
        cached = self._periods.get(key)
        if cached is not None:
            return cached
        step = PERIOD_MONTHS[period]
        first_month = _months_add(self.today.replace(day=1), -self.months)
        # align to the period grid (quarters start in Jan/Apr/Jul/Oct)
        start = _months_add(first_month, -((first_month.month - 1) % step))
        out = []
        while True:
            end = _months_add(start, step) - dt.timedelta(days=1)
            issue = end + dt.timedelta(days=10)
            if issue > self.today:  # not issued yet
                break
            due = issue + dt.timedelta(days=15)
            season = sum(SEASON[service][(start.month - 1 + k) % 12] for k in range(step)) / step
            pay_days = tuple(
                min(due - dt.timedelta(days=d), self.today).isoformat() for d in PAY_OFFSETS
            )
            out.append(
                _Period(
                    season,
                    f"{start:%y%m}",
                    start.isoformat(),
                    end.isoformat(),
                    issue.isoformat(),
                    due.isoformat(),
                    pay_days,
                )
            )
            start = end + dt.timedelta(days=1)
        self._periods[key] = result = tuple(out)
        return result

    def _quote(self, tariff: str, consumption: int) -> tuple[int, tuple[tuple, ...]]:
        """(total, bill line rows without ids) for a consumption, priced once by the tariff engine."""
        key = (tariff, consumption)
        cached = self._quotes.get(key)
        if cached is None:
            q = quote(get_tariff(tariff), consumption)
            lines = tuple(
                (pos, ln.kind, ln.label, ln.quantity, ln.unit_price_e4, ln.amount_minor)
                for pos, ln in enumerate(q.lines)
            )
            cached = self._quotes[key] = (q.total_minor, lines)
        return cached

    def _bills(
        self,
        account_id: int,
        service: str,
        tariff: str,
        period: str,
        size: float,
        behaviour: float,
        rows: Batch,
    ) -> None:
        rnd, currency = self.rng.random, self.p.currency
        periods = self._service_periods(service, period)
        step = PERIOD_MONTHS[period]
        key = f"{service}_{self.p.code}" if service == "electricity" else service
        mean_step = MEAN_PER_MONTH[key] * size * step
        index = self._int(1000, 90000)
        n = len(periods)
        # How many of the newest bills stay unpaid, and whether the oldest of them is partly paid.
        if behaviour < 0.15 or behaviour > 0.93:
            unpaid = 0
        elif behaviour < 0.72:
            unpaid = 1
        else:
            unpaid = self._int(2, min(6, max(2, n)))
        partial = behaviour > 0.72 and rnd() < 0.3
        first_unpaid = n - unpaid
        code = SERVICE_CODE[service]
        sp_id = self.sp_id
        bills, lines, readings = rows["bills"], rows["bill_lines"], rows["meter_readings"]
        for i, per in enumerate(periods):
            consumption = max(0, round(mean_step * per.season * (0.8 + 0.4 * rnd())))
            estimated = rnd() < 0.07
            index += consumption
            total, bill_lines = self._quote(tariff, consumption)
            self.bill_id = bill_id = self.bill_id + 1
            open_minor = total if i >= first_unpaid else 0
            if open_minor and partial and i == first_unpaid and total > 100:
                open_minor = total // 2
            bills.append(
                (
                    bill_id,
                    f"{code}{per.yymm}{bill_id:09d}",
                    account_id,
                    sp_id,
                    per.start,
                    per.end,
                    per.issue,
                    per.due,
                    consumption,
                    estimated,
                    currency,
                    total,
                    open_minor,
                )
            )
            line_id = self.line_id
            for line in bill_lines:
                line_id += 1
                lines.append((line_id, bill_id, *line))
            self.line_id = line_id
            self.reading_id += 1
            readings.append(
                (
                    self.reading_id,
                    self._uuid(),
                    sp_id,
                    per.end,
                    index,
                    "estimated" if estimated else "actual",
                )
            )
            paid = total - open_minor
            if paid > 0:
                self._payment(account_id, bill_id, paid, per, rows)

    def _payment(
        self, account_id: int, bill_id: int, amount: int, per: _Period, rows: Batch
    ) -> None:
        rnd = self.rng.random
        channel = self._pick(CHANNELS)
        when = per.pay_days[int(rnd() * len(PAY_OFFSETS))] + PAY_TIMES[int(rnd() * len(PAY_TIMES))]
        tender = "card" if channel == "online" else ("cash" if rnd() < 0.8 else "card")
        scheme = None
        last4 = None
        if tender == "card":
            scheme = self._choice(self._schemes)
            last4 = f"{int(rnd() * 10000):04d}"
        pay_uuid = self._uuid()
        rows["payments"].append(
            (
                pay_uuid,
                account_id,
                when,
                channel,
                tender,
                self.p.currency,
                amount,
                0,
                None,
                0,
                scheme,
                last4,
                None,
                None,
                None,
                "HIST",
                "HIST",
                "valid",
            )
        )
        rows["allocations"].append((self._uuid(), pay_uuid, bill_id, amount))
