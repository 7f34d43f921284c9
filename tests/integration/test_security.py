"""Security properties checked on the real store: permissions in the use cases themselves,
passwords hashed with memory-hard Argon2id and never written or logged in clear, the
central credentials file private to its owner, LIKE patterns taken literally.

Why at the use-case level: the window hides buttons a clerk may not use, but the CLI, a
script or a future API call the use cases directly; the refusal must be there.
"""

from __future__ import annotations

import ast
import datetime as dt
import logging
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher, Type, extract_parameters
from sqlalchemy import func, select

from desktop.config import load_terminal_settings
from desktop.credentials import (
    central_url_with_password,
    credentials_path,
    read_credentials,
    write_credentials,
)
from desktop.domain.cash import CashCount
from desktop.domain.errors import DomainError
from desktop.domain.plans import PlanTerms
from desktop.money import Money
from desktop.services import auth
from desktop.services.auth import (
    AuthenticatedUser,
    add_user,
    authenticate,
    change_password,
    create_user,
    list_users,
    reset_user,
)
from desktop.services.corrections import correct_payment
from desktop.services.dashboard import get_dashboard
from desktop.services.day_close import close_day
from desktop.services.payments import PaymentRequest, take_payment
from desktop.services.plans import cancel_plan, create_plan
from desktop.services.terminal_setup import load_settings_form, save_settings
from desktop.services.tills import close_absent_till, close_till, record_movement
from desktop.services.voids import void_payment
from desktop.store.db import Store
from desktop.store.models import JournalEntry, Setting, User
from desktop.sync.quarantine import list_quarantine, resolve_quarantine
from desktop.use_cases import dashboard as dashboard_case
from desktop.use_cases import days as days_case
from desktop.use_cases import plans as plans_case
from desktop.use_cases import settings as settings_case
from desktop.use_cases import sync as sync_case
from desktop.use_cases import tills as tills_case
from desktop.use_cases import users as users_case
from desktop.use_cases import voids as voids_case
from tests.factories import BillSpec, make_account, snapshot, user_named
from tests.fuzz.conftest import table_rows

ROOT = Path(__file__).resolve().parents[2]

# --------------------------------------------------------------------------- permissions


@pytest.fixture
def shop(store: Store) -> dict[str, object]:
    """amina's till open (store fixture), a second clerk, an account with an overdue and a
    not-yet-due bill, and one payment of amina's."""
    with store.unit_of_work() as uow:
        add_user(uow, "yasmine", "Yasmine-2026", "clerk", "Yasmine Touati")
        uow.commit()
    today = dt.date.today()
    acc = make_account(
        store,
        bills=[
            BillSpec(today - dt.timedelta(days=90), 900_000),
            BillSpec(today + dt.timedelta(days=20), 400_000),
        ],
    )
    amina = user_named(store, "amina")
    with store.unit_of_work() as uow:
        paid = take_payment(uow, PaymentRequest(acc.account_no, Money(10_000, "DZD")), amina)
    return {
        "account": acc,
        "receipt": paid.receipt_no,
        "clerk": amina,
        "clerk2": user_named(store, "yasmine"),
    }


Case = Callable[[Store, AuthenticatedUser, AuthenticatedUser, dict], object]


def _uow(fn: Callable) -> Case:
    def run(
        store: Store, clerk: AuthenticatedUser, clerk2: AuthenticatedUser, shop: dict
    ) -> object:
        with store.unit_of_work() as uow:
            return fn(uow, clerk, clerk2, shop)

    return run


def _read(fn: Callable) -> Case:
    def run(
        store: Store, clerk: AuthenticatedUser, clerk2: AuthenticatedUser, shop: dict
    ) -> object:
        with store.read() as s:
            return fn(s, clerk, clerk2, shop)

    return run


def _settings_form(s: object, clerk: AuthenticatedUser, store: Store | None = None) -> object:
    from desktop.services.terminal_setup import SettingsForm

    if store is not None:
        t = settings_case.terminal_settings(store, clerk)
    else:
        t = load_terminal_settings(s)  # type: ignore[arg-type]
    return SettingsForm(
        t.company_name, "9999", t.agency_name, t.terminal_code, t.currency, "fr", max_payment="1000"
    )


# Each use case that requires a role a clerk lacks, called with clerks in every privileged seat.
FORBIDDEN_TO_CLERKS: dict[str, Case] = {
    "auth.list_users": _uow(lambda u, c, c2, x: list_users(u, c)),
    "auth.create_user": _uow(
        lambda u, c, c2, x: create_user(u, c, "eve", "Strong-Pass-9", "admin", "Eve")
    ),
    "auth.reset_user": _uow(lambda u, c, c2, x: reset_user(u, c, "karim", password="Takeover-99")),
    "terminal_setup.load_settings_form": _read(lambda s, c, c2, x: load_settings_form(s, c)),
    "terminal_setup.save_settings": _uow(
        lambda u, c, c2, x: save_settings(u, c, _settings_form(u.session, c))
    ),
    "tills.record_movement": _uow(
        lambda u, c, c2, x: record_movement(
            u, c, c2, "pickup", Money(100_000, "DZD"), "to the safe"
        )
    ),
    "tills.close_till": _uow(
        lambda u, c, c2, x: close_till(
            u, c, CashCount.of("DZD", {}), Money(0, "DZD"), validator=c2, justification="short"
        )
    ),
    "tills.close_absent_till": _uow(
        lambda u, c, c2, x: close_absent_till(
            u, c, c2.username, CashCount.of("DZD", {}), Money(0, "DZD"), justification="gone"
        )
    ),
    "day_close.close_day": _uow(lambda u, c, c2, x: close_day(u, c)),
    "dashboard.get_dashboard": _read(lambda s, c, c2, x: get_dashboard(s, c)),
    "voids.check_undo_request": _uow(
        lambda u, c, c2, x: void_payment(u, c, c2, x["receipt"], "wrong_amount")
    ),
    "corrections.correct_payment": _uow(
        lambda u, c, c2, x: correct_payment(u, c, c2, x["receipt"], "wrong_amount")
    ),
    "plans._check_approval": _uow(
        lambda u, c, c2, x: create_plan(
            u,
            c,
            x["account"].account_no,
            PlanTerms(down=Money(0, "DZD"), count=3, bill_nos=(x["account"].bill_nos[1],)),
            approver=c2,
            reason="customer in hospital",
        )
    ),
    "plans.cancel_plan": _uow(lambda u, c, c2, x: cancel_plan(u, c, x["account"].account_no, "x")),
    "quarantine.list_quarantine": lambda st, c, c2, x: list_quarantine(st, c),
    "quarantine.resolve_quarantine": lambda st, c, c2, x: resolve_quarantine(
        st, c, "00000000-0000-0000-0000-000000000000", "retry"
    ),
}

# The same through the use cases (desktop/use_cases), which callers are meant to use: they
# take the store and check, and journal, the refusal themselves.
FORBIDDEN_USE_CASES: dict[str, Case] = {
    "use_cases.users.list_users": lambda st, c, c2, x: users_case.list_users(st, c),
    "use_cases.users.create_user": lambda st, c, c2, x: users_case.create_user(
        st, c, "eve", "Strong-Pass-9", "admin", "Eve"
    ),
    "use_cases.users.reset_user": lambda st, c, c2, x: users_case.reset_user(
        st, c, "karim", password="Takeover-99"
    ),
    "use_cases.settings.load_settings_form": lambda st, c, c2, x: settings_case.load_settings_form(
        st, c
    ),
    "use_cases.settings.save_settings": lambda st, c, c2, x: settings_case.save_settings(
        st, c, _settings_form(None, c, st)
    ),
    "use_cases.tills.record_movement": lambda st, c, c2, x: tills_case.record_movement(
        st, c, c2, "pickup", Money(100_000, "DZD"), "to the safe"
    ),
    "use_cases.tills.close_till": lambda st, c, c2, x: tills_case.close_till(
        st, c, CashCount.of("DZD", {}), Money(0, "DZD"), validator=c2, justification="short"
    ),
    "use_cases.tills.close_absent_till": lambda st, c, c2, x: tills_case.close_absent_till(
        st, c, c2.username, CashCount.of("DZD", {}), Money(0, "DZD"), justification="gone"
    ),
    "use_cases.days.close_day": lambda st, c, c2, x: days_case.close_day(st, c),
    "use_cases.dashboard.show_dashboard": lambda st, c, c2, x: dashboard_case.show_dashboard(st, c),
    "use_cases.voids.void_payment": lambda st, c, c2, x: voids_case.void_payment(
        st, c, c2, x["receipt"], "wrong_amount"
    ),
    "use_cases.voids.correct_payment": lambda st, c, c2, x: voids_case.correct_payment(
        st, c, c2, x["receipt"], "wrong_amount"
    ),
    "use_cases.plans.create_plan": lambda st, c, c2, x: plans_case.create_plan(
        st,
        c,
        x["account"].account_no,
        PlanTerms(down=Money(0, "DZD"), count=3, bill_nos=(x["account"].bill_nos[1],)),
        approver=c2,
        reason="customer in hospital",
    ),
    "use_cases.plans.cancel_plan": lambda st, c, c2, x: plans_case.cancel_plan(
        st, c, x["account"].account_no, "x"
    ),
    "use_cases.sync.list_quarantine": lambda st, c, c2, x: sync_case.list_quarantine(st, c),
    "use_cases.sync.resolve_quarantine": lambda st, c, c2, x: sync_case.resolve_quarantine(
        st, c, "00000000-0000-0000-0000-000000000000", "retry"
    ),
}
FORBIDDEN_TO_CLERKS |= FORBIDDEN_USE_CASES

# Use cases whose required role every user has (a clerk's own work), with why.
OPEN_TO_CLERKS = {
    "tills.open_till": "a clerk opens their own till",
    "payments.record_payment": "taking payments is the clerk's job",
    "plans._create": "a clerk negotiates a plan; approval is checked in _check_approval",
    "certificates.issue_payment_certificate": "a clerk hands the customer the certificate",
    "certificates.issue_no_debt_certificate": "a clerk hands the customer the certificate",
    "use_cases.payments.preview_payment": "a clerk previews the payment being taken",
    "use_cases.payments.take_payment": "taking payments is the clerk's job",
    "use_cases.tills.open_till": "a clerk opens their own till",
    "use_cases.plans.negotiation_context": "a clerk negotiates a plan",
    "use_cases.plans.propose_plan": "a clerk negotiates a plan",
    "use_cases.plans.renegotiate_plan": (
        "a clerk renegotiates; the approver seat is plans._check_approval, tried through "
        "use_cases.plans.create_plan"
    ),
    "use_cases.readings.record_reading": "a clerk types the reading the customer brings",
    "use_cases.accounts.set_contacts": "a clerk records the customer's contact wishes",
    "use_cases.certificates.issue_payment_certificate": "a clerk hands over the certificate",
    "use_cases.certificates.issue_no_debt_certificate": "a clerk hands over the certificate",
}


# Use cases tried above that check roles through a helper (the helper is the scanned name).
THROUGH_A_HELPER = {"corrections.correct_payment": "voids.check_undo_request"}


# The use cases' helper that performs the check for them: its callers are listed instead.
USE_CASE_HELPER = ROOT / "desktop" / "use_cases" / "base.py"


def _checks_a_role(call: ast.Call) -> bool:
    """``require(...)``, or a use-case helper told to check a ``permission=``."""
    if isinstance(call.func, ast.Name) and call.func.id == "require":
        return True
    return any(
        k.arg == "permission" and not (isinstance(k.value, ast.Constant) and k.value.value is None)
        for k in call.keywords
    )


def _functions_calling_require() -> set[str]:
    """``module.function`` of every function under desktop/ that checks a role: calls
    ``require(...)`` or the use-case helper with a permission (``use_cases.module.function``
    for the use cases, whose module names repeat the services')."""
    found = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        if path == USE_CASE_HELPER:
            continue
        module = f"use_cases.{path.stem}" if "use_cases" in path.parts else path.stem
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name != "require":
                calls = [n for n in ast.walk(node) if isinstance(n, ast.Call) and _checks_a_role(n)]
                if calls:
                    found.add(f"{module}.{node.name}")
    return found


def test_every_use_case_that_checks_a_role_is_tried_as_a_clerk() -> None:
    found = _functions_calling_require()
    listed = (set(FORBIDDEN_TO_CLERKS) | set(OPEN_TO_CLERKS)) - set(THROUGH_A_HELPER)
    assert found - listed == set(), f"new role checks to test as a clerk: {found - listed}"
    assert listed - found == set(), f"listed but no longer checking a role: {listed - found}"


@pytest.mark.slow  # every manager use case, one store each
@pytest.mark.parametrize("name", sorted(FORBIDDEN_TO_CLERKS))
def test_a_clerk_calling_a_manager_use_case_directly_is_refused_and_nothing_is_written(
    store: Store, shop: dict, name: str
) -> None:
    before = table_rows(Path(store.engine.url.database))
    with pytest.raises(DomainError) as refused:
        FORBIDDEN_TO_CLERKS[name](store, shop["clerk"], shop["clerk2"], shop)
    assert refused.value.code == "auth.forbidden", refused.value.message()
    assert table_rows(Path(store.engine.url.database)) == before


@pytest.mark.parametrize("name", sorted(FORBIDDEN_USE_CASES))
def test_a_use_case_refused_to_a_clerk_is_journaled_with_the_clerk(
    store: Store, shop: dict, name: str
) -> None:
    """Reads included (the dashboard, the users' list, the settings form, the quarantine):
    the refusal is journaled in a transaction of its own, whatever the use case's was."""
    with store.read() as s:
        before = s.scalar(select(func.count()).select_from(JournalEntry))
    with pytest.raises(DomainError):
        FORBIDDEN_USE_CASES[name](store, shop["clerk"], shop["clerk2"], shop)
    with store.read() as s:
        added = s.execute(
            select(JournalEntry.kind, JournalEntry.username)
            .order_by(JournalEntry.seq)
            .offset(before)
        ).all()
    assert [kind for kind, _ in added] == ["permission.refused"]
    assert added[0].username in {shop["clerk"].username, shop["clerk2"].username}


def test_managers_and_admins_may_list_users_clerks_may_not(store: Store) -> None:
    for name in ("karim", "admin"):
        with store.unit_of_work() as uow:
            names = [u["username"] for u in list_users(uow, user_named(store, name))]
        assert names == ["admin", "amina", "karim"]
    with store.unit_of_work() as uow, pytest.raises(DomainError, match="may not view users"):
        list_users(uow, user_named(store, "amina"))


# --------------------------------------------------------------------------- passwords


def test_password_hashing_is_argon2id_with_memory_hard_parameters(store: Store) -> None:
    hasher: PasswordHasher = auth._hasher
    assert hasher.type is Type.ID
    # RFC 9106 second recommended option: 64 MiB, 3 passes, 4 lanes (OWASP's floor is 19 MiB).
    assert hasher.memory_cost >= 64 * 1024 and hasher.time_cost >= 3 and hasher.parallelism >= 1
    with store.unit_of_work() as uow:  # hashed now, by the running code
        add_user(uow, "hashed", "Fresh-Hash-2026", "clerk", "Hash Check")
        uow.commit()
    with store.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "hashed"))
    params = extract_parameters(stored)
    assert stored.startswith("$argon2id$")
    assert params.memory_cost >= 64 * 1024 and params.time_cost >= 3 and params.salt_len >= 16


@pytest.fixture
def everything_logged(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every logger at DEBUG, SQLAlchemy's statement and parameter logging included."""
    caplog.set_level(logging.DEBUG)
    for name in ("sqlalchemy.engine", "sqlalchemy.pool", "alembic", "desktop", "ui"):
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog


def _database_bytes(store: Store) -> bytes:
    path = Path(store.engine.url.database)
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def test_passwords_are_never_logged_journaled_or_stored_in_clear(
    store: Store, everything_logged: pytest.LogCaptureFixture
) -> None:
    secrets = {
        "wrong": "Wr0ng-Guess-71x",
        "first": "Fresh-Start-42q",
        "changed": "Changed-Pw-93k",
        "reset": "Reset-By-Admin-58z",
    }
    admin = user_named(store, "admin")
    with store.unit_of_work() as uow:
        create_user(uow, admin, "nadia", secrets["first"], "clerk", "Nadia Ait")
    with store.unit_of_work() as uow, pytest.raises(DomainError):
        authenticate(uow, "nadia", secrets["wrong"])
    with store.unit_of_work() as uow, pytest.raises(DomainError):
        authenticate(uow, secrets["wrong"], secrets["wrong"])  # a password typed as the user name
    with store.unit_of_work() as uow:
        nadia = authenticate(uow, "nadia", secrets["first"])
    with store.unit_of_work() as uow:
        change_password(uow, nadia, secrets["first"], secrets["changed"])
    with store.unit_of_work() as uow:
        reset_user(uow, admin, "nadia", password=secrets["reset"])
    with store.unit_of_work() as uow:
        authenticate(uow, "nadia", secrets["reset"])
    store.dispose()  # flush everything to the files
    logged = everything_logged.text
    assert "INSERT INTO journal" in logged  # the SQL and its parameters were really captured
    raw = _database_bytes(store)
    for what, secret in secrets.items():
        if what != "wrong":
            assert secret not in logged, f"the {what} password appears in the logs"
            assert secret.encode() not in raw, f"the {what} password is in the database file"
    # A password typed into the user-name box is kept as a user name only in the journal of
    # refused log-ins (as every unknown name is): that is the one place the text may appear.
    rows = table_rows(Path(store.engine.url.database))
    for table, values in rows.items():
        hits = [r for r in values if secrets["wrong"] in repr(r)]
        if table == "journal":
            assert all("login.refused" in repr(r) for r in hits)
        else:
            assert not hits, table


def _admin_form(store: Store, **changes: str):
    from desktop.services.terminal_setup import SettingsForm

    with store.read() as s:
        t = load_terminal_settings(s)
    return SettingsForm(
        t.company_name,
        t.agency_code,
        t.agency_name,
        t.terminal_code,
        t.currency,
        "fr",
        max_payment="1000000",
        **changes,
    )


def test_the_settings_refuse_a_central_password_typed_in_the_address(store: Store) -> None:
    """Settings travel in every backup and their changes are journaled: the password belongs
    in the 0600 credentials file, so an address carrying one is refused, nothing written."""
    form = _admin_form(store, central_url="postgresql://agency_2401:S3cret-Agency@central:5432/g")
    before = snapshot(store)
    with store.unit_of_work() as uow:
        (error,) = save_settings(uow, user_named(store, "admin"), form)
    assert (error.field, error.code) == ("central_url", "field.url_password")
    assert snapshot(store) == before


def test_the_settings_name_a_private_credentials_file_and_the_journal_keeps_no_password(
    store: Store, tmp_path: Path
) -> None:
    path = write_credentials(tmp_path / "agency.cred", "agency_2401", "S3cret-Agency")
    os.chmod(path, 0o644)
    form = _admin_form(
        store, central_url="postgresql://agency_2401@central:5432/g", central_credentials=str(path)
    )
    with store.unit_of_work() as uow:
        (error,) = save_settings(uow, user_named(store, "admin"), form)
    assert (error.field, error.code) == ("central_credentials", "credentials.too_open")
    os.chmod(path, 0o600)
    with store.unit_of_work() as uow:
        assert save_settings(uow, user_named(store, "admin"), form) == ()
    with store.read() as s:
        record = s.scalar(select(JournalEntry.record).where(JournalEntry.kind == "settings.change"))
        assert s.get(Setting, "central_credentials").value == str(path)
    assert "S3cret-Agency" not in record and str(path) in record


# --------------------------------------------------------------------------- credentials file


def test_the_credentials_file_is_created_0600_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)  # the most permissive umask: the file must still be private
    try:
        path = write_credentials(tmp_path / "central.cred", "agency_2401", "p@ss:w/ord é")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_credentials(path) == ("agency_2401", "p@ss:w/ord é")


def test_an_existing_credentials_file_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "central.cred"
    path.write_text("keep me")
    with pytest.raises(DomainError) as refused:
        write_credentials(path, "agency_2401", "x")
    assert refused.value.code == "credentials.exists"
    assert path.read_text() == "keep me"


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660, 0o606, 0o666])
def test_a_credentials_file_others_may_read_is_refused_like_ssh_does(
    tmp_path: Path, mode: int
) -> None:
    path = write_credentials(tmp_path / "central.cred", "agency_2401", "secret")
    path.chmod(mode)
    with pytest.raises(DomainError) as refused:
        central_url_with_password("postgresql://agency_2401@central/g", path)
    assert refused.value.code == "credentials.too_open"
    assert f"chmod 600 {path}" in refused.value.message()
    assert "secret" not in refused.value.message()


def test_the_sync_url_gets_the_password_from_the_file_and_only_from_it(tmp_path: Path) -> None:
    path = write_credentials(tmp_path / "central.cred", "agency_2401", "s3cr@t/pw")
    url = central_url_with_password("postgresql+psycopg://central:5432/guichet", path)
    assert url == "postgresql+psycopg://agency_2401:s3cr%40t%2Fpw@central:5432/guichet"
    assert central_url_with_password("postgresql://u:p@h/d", None) == "postgresql://u:p@h/d"
    with pytest.raises(DomainError) as other:
        central_url_with_password("postgresql://agency_3101@central/g", path)
    assert other.value.code == "credentials.wrong_user"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "credentials.invalid"),
        (b"user=agency_2401\n", "credentials.invalid"),
        (b"\xff\xfe\x00binary\x00", "credentials.invalid"),
        (b"password\n", "credentials.invalid"),
        (b"x" * 10_000, "credentials.invalid"),
        (b"user=a\npassword=\n", "credentials.invalid"),
    ],
)
def test_a_damaged_credentials_file_is_refused_clearly(
    tmp_path: Path, content: bytes, code: str
) -> None:
    path = tmp_path / "central.cred"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, content)
    os.close(fd)
    with pytest.raises(DomainError) as refused:
        read_credentials(path)
    assert refused.value.code == code


def test_a_missing_credentials_file_or_a_folder_is_refused(tmp_path: Path) -> None:
    for path, code in (
        (tmp_path / "none", "credentials.not_found"),
        (tmp_path, "credentials.invalid"),
    ):
        with pytest.raises(DomainError) as refused:
            read_credentials(path)
        assert refused.value.code == code


def test_the_credentials_path_comes_from_the_environment_or_the_setting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("GUICHET_CENTRAL_CREDENTIALS", raising=False)
    assert credentials_path(None) is None and credentials_path("  ") is None
    assert credentials_path(str(tmp_path / "a")) == tmp_path / "a"
    monkeypatch.setenv("GUICHET_CENTRAL_CREDENTIALS", str(tmp_path / "b"))
    assert credentials_path(str(tmp_path / "a")) == tmp_path / "b"


@pytest.mark.parametrize("reader", ["background sync", "remote look-up"])
def test_the_window_reads_the_password_from_the_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reader: str
) -> None:
    """Both network paths of the window (found in review: the look-up, F4, used the bare
    address and failed on every terminal set up with a credentials file)."""
    from desktop.sync import remote
    from ui.sync_panel import _central_url

    monkeypatch.delenv("GUICHET_CENTRAL_CREDENTIALS", raising=False)
    address = _central_url if reader == "background sync" else remote.central_url
    path = write_credentials(tmp_path / "central.cred", "agency_2401", "from-the-file")
    with store.unit_of_work() as uow:
        uow.session.merge(Setting(key="central_url", value="postgresql://central:5432/g"))
        uow.session.merge(Setting(key="central_credentials", value=str(path)))
        uow.commit()
    assert address(store) == "postgresql://agency_2401:from-the-file@central:5432/g"
    path.chmod(0o644)
    with pytest.raises(DomainError, match="chmod 600"):
        address(store)


# --------------------------------------------------------------------------- local files


def test_a_new_database_and_its_backup_are_private_to_their_owner(tmp_path: Path) -> None:
    from desktop.bootstrap import init_database
    from desktop.maintenance import backup_database

    old = os.umask(0o022)  # the usual umask, which leaves new files readable by all
    try:
        store = init_database(tmp_path / "new.db")
        store.dispose()
        report = backup_database(tmp_path / "new.db", tmp_path / "backup.db")
    finally:
        os.umask(old)
    for path in (tmp_path / "new.db", report.path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


# --------------------------------------------------------------------------- LIKE patterns


@pytest.mark.postgres
def test_like_wildcards_typed_in_a_name_match_themselves_on_postgresql(pg_url: str) -> None:
    """Without FTS5 (PostgreSQL) names are searched with LIKE: '_' must not match any letter."""
    from desktop.store import migrate
    from desktop.store.db import make_engine
    from desktop.store.search import search_accounts

    engine = make_engine(pg_url)
    migrate.upgrade(engine)
    store = Store(engine)
    try:
        make_account(store, name_latin="Ben_Ali Karim", name_ar="علي")
        make_account(store, name_latin="Benxali Omar", name_ar="عمر")
        with store.read() as s:
            assert [h.name_latin for h in search_accounts(s, "ben_ali")] == ["Ben_Ali Karim"]
            assert [h.name_latin for h in search_accounts(s, "_")] == ["Ben_Ali Karim"]
            assert search_accounts(s, "b_n") == []
    finally:
        store.dispose()


@pytest.mark.postgres
def test_add_agency_saves_the_login_0600_and_sync_connects_with_it(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The whole path on a real central: the password is written once, to a private file,
    never printed; the terminal connects with the address without it plus the file."""
    import json

    from cli.main import main
    from desktop.bootstrap import init_database
    from desktop.sync.admin import central_engine, drop_central
    from tests.factories import prepare_store

    cred = tmp_path / "agency-2401.cred"
    try:
        assert main(["central", "init", "--url", pg_url, "--json"]) == 0
        capsys.readouterr()
        code = main(
            ["central", "add-agency", "2401", "--url", pg_url, "--save", str(cred), "--json"]
        )
        out = capsys.readouterr().out
        assert code == 0, out
        shown = json.loads(out)
        user, password = read_credentials(cred)
        assert stat.S_IMODE(cred.stat().st_mode) == 0o600
        assert password not in out and "password" not in shown and shown["credentials"] == str(cred)
        assert user == shown["user"] and ":" not in shown["url"].split("@")[0].split("//")[1]
        # Asked again, the file is never overwritten, and central is not touched first.
        assert (
            main(
                [
                    "central",
                    "add-agency",
                    "2401",
                    "--new-password",
                    "--url",
                    pg_url,
                    "--save",
                    str(cred),
                    "--json",
                ]
            )
            == 1
        )
        assert json.loads(capsys.readouterr().out)["error"] == "credentials.exists"
        assert read_credentials(cred) == (user, password)
        db = tmp_path / "agency.db"
        prepare_store(init_database(db), till_for=None).dispose()
        sync = ["--db", str(db), "sync", "--once", "--url", shown["url"], "--json"]
        # (The test server trusts local logins, so only the file's reading is checked here.)
        assert main([*sync, "--credentials", str(cred)]) == 0, capsys.readouterr()
        capsys.readouterr()
        cred.chmod(0o640)
        assert main([*sync, "--credentials", str(cred)]) == 1
        assert json.loads(capsys.readouterr().out)["error"] == "credentials.too_open"
    finally:
        engine = central_engine(pg_url)
        drop_central(engine)
        engine.dispose()
