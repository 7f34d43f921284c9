"""Remote look-up and payments for another agency's account, against a real PostgreSQL.

What must hold: agency 2401 finds agency 2402's account only by an exact number, every
look-up is logged centrally; the account is imported here, marked with its agency, and paid
through the ordinary counter path; central applies the payment to 2402's bill (2402 pulls it
reduced) while the payment stays 2401's; nothing of this lets an agency read or write
another agency's rows directly, and a payment for a bill nobody looked up stays flagged.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import ProgrammingError

from desktop.bootstrap import init_database
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.accounts import get_account_view
from desktop.store.db import Store
from desktop.store.models import Account, Bill, JournalEntry, Setting
from desktop.store.search import search_accounts
from desktop.sync.admin import _alembic_config, agency_policy, upgrade_central
from desktop.sync.central_migrations.versions import c0003_remote_lookup as c0003
from desktop.sync.client import CentralClient
from desktop.sync.pull import pull_changes
from desktop.sync.push import pending_batch, push_outbox
from desktop.sync.remote import lookup_account, remote_identifier, with_connect_timeout
from desktop.sync.roles import roles_for
from desktop.sync.simulate import simulate_online_payments
from tests.integration.sync_world import (
    Central,
    central_for,
    central_head,
    pay,
    seed_account,
)

pytestmark = pytest.mark.postgres

MINE, THEIRS = "240100000001", "240200000001"
METER = f"M{THEIRS}"
B1, B2 = "F240200000101", "F240200000102"


@pytest.fixture
def central(pg_url: str) -> Iterator[Central]:
    with central_for(pg_url, ("2401", "2402", "2403")) as c:
        seed_account(c, "2401", MINE, {"F1": 10_000})
        seed_account(
            c,
            "2402",
            THEIRS,
            {B1: 50_000, B2: 60_000},
            name_latin="Karima Voisin",
            name_ar="كريمة جار",
        )
        yield c


@pytest.fixture
def desk(store: Store, central: Central) -> Store:
    """A desktop of agency 2401 that has pulled its own region."""
    pull_changes(store, central.client("2401"))
    return store


@pytest.fixture
def other_desk(tmp_path: Path, store_template: Path, central: Central) -> Iterator[Store]:
    """A desktop of agency 2402 (its own store), after its first pull."""
    path = tmp_path / "agency-2402.db"
    shutil.copyfile(store_template, path)
    s = init_database(path)
    pull_changes(s, central.client("2402"))
    yield s
    s.dispose()


def lookups(central: Central) -> list[dict]:
    return [dict(r) for r in central.rows("SELECT * FROM guichet.lookups ORDER BY id")]


def open_minor(central: Central, bill_no: str) -> int:
    return int(central.scalar("SELECT open_minor FROM guichet.bills WHERE bill_no = :b", b=bill_no))


def local_open(store: Store, bill_no: str) -> int:
    with store.read() as s:
        return int(s.scalar(select(Bill.open_minor).where(Bill.bill_no == bill_no)))


# --- the look-up itself -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "matched_by"), [(THEIRS, "account"), (B2.lower(), "bill"), (METER, "meter")]
)
def test_an_exact_account_bill_or_meter_number_finds_another_agencys_account(
    central: Central, query: str, matched_by: str
) -> None:
    found = central.client("2401").lookup(query.upper(), "amina")
    assert found["status"] == "found" and found["matched_by"] == matched_by
    assert found["agency"] == "2401"
    assert found["owner"] == {"code": "2402", "name": "Agency 2402", "region": ""}
    assert found["account"]["account_no"] == THEIRS
    assert found["account"]["name_latin"] == "Karima Voisin"
    assert not {"phone1", "phone2", "email", "xid"} & set(found["account"])
    assert [b["bill_no"] for b in found["bills"]] == [B1, B2]
    assert [p["meter_no"] for p in found["service_points"]] == [METER]


def test_every_look_up_is_recorded_with_who_what_and_when(central: Central) -> None:
    client = central.client("2401")
    client.lookup(THEIRS, "amina")
    client.lookup("240299999999", "amina")
    (found, missing) = lookups(central)
    assert (found["agency_code"], found["clerk"], found["query"], found["status"]) == (
        "2401",
        "amina",
        THEIRS,
        "found",
    )
    assert (found["account_no"], found["owner_agency"]) == (THEIRS, "2402")
    assert found["login"] == central.logins["2401"].role
    assert found["looked_up_at"] <= dt.datetime.now(dt.UTC)
    assert (missing["status"], missing["account_no"]) == ("not_found", None)


@pytest.mark.parametrize("query", ["Voisin", "KARIMA VOISIN", "2402%", "240200", "X"])
def test_names_and_partial_numbers_find_nothing_in_other_agencies(
    central: Central, query: str
) -> None:
    answer = central.client("2401").lookup(query)
    assert answer["status"] in {"refused", "not_found"}
    assert "account" not in answer and THEIRS not in str(answer)
    assert lookups(central)[-1]["query"] == query.upper()  # the attempt is on record too


def test_only_open_bills_come_with_the_account(central: Central) -> None:
    simulate_online_payments(central.admin, 1, bill_nos=[B1])
    found = central.client("2401").lookup(THEIRS)
    assert [b["bill_no"] for b in found["bills"]] == [B2]


def test_look_ups_are_limited_per_agency_and_minute(central: Central) -> None:
    client = central.client("2401")
    for _ in range(c0003.LOOKUPS_PER_MINUTE):
        assert client.lookup(THEIRS)["status"] == "found"
    assert client.lookup(THEIRS)["status"] == "too_many"
    assert central.client("2402").lookup(MINE)["status"] == "found"  # other agencies unaffected


# --- security -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM guichet.lookups",
        "INSERT INTO guichet.lookups (agency_code, login, query, status, account_no) "
        "VALUES ('2401', 'x', 'x', 'found', '240200000001')",
        "SELECT guichet.remote_apply('2401', 'F240200000101', 100)",
        "SELECT guichet.remote_reopen('2401', 'F240200000101', 100)",
        "SELECT guichet.remote_credit('2401', '240200000001', 100)",
    ],
)
def test_an_agency_can_neither_touch_the_log_nor_call_the_apply_functions(
    central: Central, sql: str
) -> None:
    central.client("2401").lookup(THEIRS)
    with central.engine_as("2401").connect() as conn, pytest.raises(ProgrammingError) as err:
        conn.execute(text(sql))
    assert "permission denied" in str(err.value)
    assert open_minor(central, B1) == 50_000


def test_an_agency_cannot_become_the_remote_role(central: Central) -> None:
    with central.admin.connect() as conn:
        remote = roles_for(conn).remote
    with central.engine_as("2401").connect() as conn, pytest.raises(ProgrammingError) as err:
        conn.execute(text(f'SET ROLE "{remote}"'))
    assert "permission denied" in str(err.value)


def test_after_a_look_up_pull_still_returns_only_the_agencys_own_rows(central: Central) -> None:
    client = central.client("2401")
    client.lookup(THEIRS)
    keys = {c["key"] for c in client.pull("0", None, 1000)["changes"]}
    assert MINE in keys and not keys & {THEIRS, B1, B2, METER}


def test_the_look_up_functions_are_security_definer_with_a_pinned_search_path(
    central: Central,
) -> None:
    rows = central.rows(
        "SELECT p.proname, p.prosecdef, p.proconfig, pg_get_userbyid(p.proowner) AS owner "
        "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'guichet' AND p.proname IN "
        "('lookup', 'remote_apply', 'remote_reopen', 'remote_credit')"
    )
    assert len(rows) == 4
    with central.admin.connect() as conn:
        remote = roles_for(conn).remote
    for r in rows:
        assert r["prosecdef"] and r["owner"] == remote, r["proname"]
        assert r["proconfig"] == ["search_path=pg_catalog, guichet, pg_temp"], r["proname"]


def test_a_look_up_by_another_agency_lets_no_one_else_pay_the_bill(
    desk: Store, central: Central
) -> None:
    central.client("2403").lookup(THEIRS)  # 2403 looked it up, 2401 did not
    pay(desk, MINE, 10_000)
    item = pending_batch(desk)[0]
    sneaky = {
        **item,
        "payload": {
            **item["payload"],
            "account_no": THEIRS,
            "allocations": [{"uuid": str(uuid.uuid4()), "bill_no": B1, "amount": "100.00"}],
        },
    }
    (answer,) = central.client("2401").push([sneaky])
    assert (answer["status"], answer["reason"]) == ("rejected", "unknown_account")
    assert open_minor(central, B1) == 50_000


# --- the desktop use case -----------------------------------------------------------------


def test_the_found_account_is_imported_marked_and_searchable(desk: Store, central: Central) -> None:
    found = lookup_account(desk, central.client("2401"), B1.lower(), clerk="amina")
    assert (found.account_no, found.home_agency, found.other_agency) == (THEIRS, "2402", True)
    assert (found.matched_by, found.matched, found.open_bills) == ("bill", B1, 2)
    assert found.due == Money(110_000, "DZD")
    with desk.read() as s:
        account = s.scalars(select(Account).where(Account.account_no == THEIRS)).one()
        assert account.home_agency == "2402" and account.looked_up_at == found.looked_up_at
        assert [h.account_no for h in search_accounts(s, THEIRS)] == [THEIRS]
        assert THEIRS in [h.account_no for h in search_accounts(s, "Voisin")]
        assert [h.account_no for h in search_accounts(s, B2)] == [THEIRS]
        view = get_account_view(s, THEIRS)
        assert view.home_agency == "2402"
        assert [b.bill_no for b in view.open_bills] == [B1, B2]
        mine = s.scalars(select(Account).where(Account.account_no == MINE)).one()
        assert mine.home_agency is None
        entry = s.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc())).first()
        assert entry is not None and entry.kind == "remote_lookup"


def test_a_payment_for_the_looked_up_account_reduces_the_other_agencys_bill_centrally(
    desk: Store, other_desk: Store, central: Central
) -> None:
    client = central.client("2401")
    lookup_account(desk, client, THEIRS, clerk="amina")
    paid = pay(desk, THEIRS, 70_000)  # B1 in full, 200.00 of B2
    assert [(a.bill_no, a.amount.minor) for a in paid.allocations] == [(B1, 50_000), (B2, 20_000)]
    result = push_outbox(desk, client)
    assert (result.pushed, result.rejected, result.flagged) == (1, 0, 0)

    row = central.rows(
        "SELECT agency_code, account_no, flags, credit_due_minor, receipt_no FROM guichet.payments"
    )
    assert row == [
        {
            "agency_code": "2401",
            "account_no": THEIRS,
            "flags": [],
            "credit_due_minor": 0,
            "receipt_no": paid.receipt_no,
        }
    ]
    assert central.rows(
        "SELECT agency_code, bill_no, applied_minor FROM guichet.allocations ORDER BY bill_no"
    ) == [
        {"agency_code": "2401", "bill_no": B1, "applied_minor": 50_000},
        {"agency_code": "2401", "bill_no": B2, "applied_minor": 20_000},
    ]
    assert (open_minor(central, B1), open_minor(central, B2)) == (0, 40_000)

    # Agency 2402 pulls its bills reduced; the payment itself stays 2401's.
    pulled = pull_changes(other_desk, central.client("2402"))
    assert pulled.bills >= 2 and pulled.online_payments == 0
    assert (local_open(other_desk, B1), local_open(other_desk, B2)) == (0, 40_000)
    # ...and 2401's own pull brings nothing of 2402 (rows of its own may come again when
    # another transaction of the cluster held the xmin low: harmless, nothing changes).
    before = _accounts_and_bills(desk)
    pull_changes(desk, client)
    assert _accounts_and_bills(desk) == before


def _accounts_and_bills(store: Store) -> tuple[list, list]:
    with store.read() as s:
        accounts = s.execute(
            text("SELECT account_no, home_agency, credit_minor FROM accounts ORDER BY account_no")
        ).all()
        bills = s.execute(text("SELECT bill_no, open_minor FROM bills ORDER BY bill_no")).all()
    return [tuple(r) for r in accounts], [tuple(r) for r in bills]


def test_a_void_of_such_a_payment_gives_the_other_agencys_bill_back(
    desk: Store, central: Central
) -> None:
    from desktop.services.voids import void_payment
    from tests.factories import user_named

    client = central.client("2401")
    lookup_account(desk, client, THEIRS)
    paid = pay(desk, THEIRS, 50_000)
    push_outbox(desk, client)
    assert open_minor(central, B1) == 0
    with desk.unit_of_work() as uow:
        void_payment(
            uow,
            user_named(desk, "amina"),
            user_named(desk, "karim"),
            paid.receipt_no,
            "wrong_amount",
        )
    assert push_outbox(desk, client).pushed == 1
    assert open_minor(central, B1) == 50_000


def test_a_correction_of_such_a_payment_gives_the_other_agencys_bill_back(
    desk: Store, central: Central
) -> None:
    client = central.client("2401")
    lookup_account(desk, client, THEIRS)
    paid = pay(desk, THEIRS, 50_000)
    push_outbox(desk, client)
    payload = {
        "correction_uuid": str(uuid.uuid4()),
        "original_payment_uuid": paid.payment_uuid,
        "payment_uuid": str(uuid.uuid4()),
        "receipt_no": "2401-T1-2099-000001",
        "amount": "-500.00",
        "account_no": THEIRS,
        "terminal": "T1",
        "created_at": dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(),
        "reason": "wrong_account",
    }
    item = {
        "uuid": str(uuid.uuid4()),
        "entity": "payment_correction",
        "op": "create",
        "entity_uuid": payload["correction_uuid"],
        "payload": payload,
    }
    (answer,) = client.push([item])
    assert answer["status"] == "inserted", answer
    assert open_minor(central, B1) == 50_000


def test_an_overpayment_becomes_credit_on_the_other_agencys_account(
    desk: Store, central: Central
) -> None:
    with desk.unit_of_work() as uow:
        uow.session.merge(Setting(key="allow_credit", value="1"))
        uow.commit()
    agency_policy(central.admin, "2401", allow_credit=True)  # central's rule, not the desktop's
    client = central.client("2401")
    lookup_account(desk, client, THEIRS)
    pay(desk, THEIRS, 120_000)  # 100.00 more than due: credit
    (flags,) = [r.get("flags") for r in client.push(pending_batch(desk))]
    assert flags == []
    credit = central.scalar(
        "SELECT credit_minor FROM guichet.accounts WHERE account_no = :a", a=THEIRS
    )
    assert credit == 10_000


def test_looking_up_again_refreshes_without_undoing_unsent_payments(
    desk: Store, central: Central
) -> None:
    client = central.client("2401")
    lookup_account(desk, client, THEIRS)
    pay(desk, THEIRS, 50_000)  # B1, not sent yet
    simulate_online_payments(central.admin, 1, bill_nos=[B2])  # paid online meanwhile
    found = lookup_account(desk, client, THEIRS)
    assert found.open_bills == 0 and found.due == Money(0, "DZD")
    assert (local_open(desk, B1), local_open(desk, B2)) == (0, 0)


def test_the_agencys_own_account_is_imported_unmarked(desk: Store, central: Central) -> None:
    found = lookup_account(desk, central.client("2401"), MINE)
    assert not found.other_agency
    with desk.read() as s:
        assert s.scalar(select(Account.home_agency).where(Account.account_no == MINE)) is None


def test_a_name_is_refused_before_anything_is_sent(desk: Store, central: Central) -> None:
    for typed in ("Karima Voisin", "كريمة", "24%", "X1*", "", "AB"):
        with pytest.raises(DomainError) as err:
            lookup_account(desk, central.client("2401"), typed)
        assert err.value.code == "remote.not_identifier", typed
    assert lookups(central) == []
    assert remote_identifier(" 2402-0000-0001 ") == "240200000001"
    assert remote_identifier("٢٤٠٢٠٠٠٠٠٠٠١") == "240200000001"


def test_unknown_numbers_say_so(desk: Store, central: Central) -> None:
    with pytest.raises(DomainError) as err:
        lookup_account(desk, central.client("2401"), "240299999999")
    assert err.value.code == "remote.not_found"
    assert "240299999999" in err.value.message()


def test_the_look_up_connection_is_bounded_in_time(central: Central) -> None:
    url = with_connect_timeout(central.logins["2401"].url)
    assert "connect_timeout=5" in url
    client = CentralClient.connect(url)
    try:
        with client.engine.connect() as conn:
            assert conn.execute(text("SHOW statement_timeout")).scalar_one() == "10s"
    finally:
        client.dispose()


def test_offline_the_look_up_says_it_needs_the_network_and_writes_nothing(desk: Store) -> None:
    client = CentralClient.connect(
        with_connect_timeout("postgresql+psycopg://nobody@127.0.0.1:1/guichet", 2)
    )
    try:
        with pytest.raises(DomainError) as err:
            lookup_account(desk, client, THEIRS)
    finally:
        client.dispose()
    assert err.value.code == "remote.offline"
    assert "needs the network" in err.value.message()
    with desk.read() as s:
        assert s.scalar(select(Account.id).where(Account.account_no == THEIRS)) is None


def test_another_agencys_login_imports_nothing(desk: Store, central: Central) -> None:
    with pytest.raises(DomainError) as err:
        lookup_account(desk, central.client("2402"), THEIRS)
    assert err.value.code == "sync.wrong_agency"
    with desk.read() as s:
        assert s.scalar(select(Account.id).where(Account.account_no == THEIRS)) is None


# --- the central revision -----------------------------------------------------------------


def test_the_revision_goes_down_to_c0002_and_up_again(central: Central) -> None:
    def source(name: str) -> str:
        return str(
            central.scalar(
                "SELECT prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = 'guichet' AND p.proname = :n",
                n=name,
            )
        )

    assert "remote_apply" in source("push_payment")
    cfg = _alembic_config(central.admin)
    with central.admin.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "c0002_initial_load")
    assert central.scalar("SELECT to_regclass('guichet.lookups')") is None
    assert central.scalar("SELECT count(*) FROM pg_proc WHERE proname = 'lookup'") == 0
    assert central.scalar("SELECT count(*) FROM pg_policy WHERE polname LIKE 'remote%'") == 0
    for name in ("push_payment", "push_void", "push_correction"):
        assert "remote_" not in source(name), name
    assert upgrade_central(central.admin) == central_head(central.admin)
    assert central.client("2401").lookup(THEIRS)["status"] == "found"


# --- the command line ---------------------------------------------------------------------


def test_guichet_lookup_imports_the_account_and_guichet_pay_then_sync_settle_it(
    desk: Store,
    db_path: Path,
    central: Central,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cli.main import main
    from tests.factories import PASSWORD

    url = central.logins["2401"].url
    db = ["--db", str(db_path)]
    assert main([*db, "lookup", B1.lower(), "--url", url, "--user", "amina", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert (found["account_no"], found["agency"], found["matched_by"]) == (THEIRS, "2402", "bill")
    assert (found["open_bills"], found["due"], found["other_agency"]) == (2, "1100.00", True)
    assert lookups(central)[-1]["clerk"] == "amina"

    assert main([*db, "lookup", THEIRS, "--url", url]) == 0
    text_out = capsys.readouterr().out
    assert "account 240200000001 of agency 2402 (Agency 2402)" in text_out
    assert "2 open bill(s), 1100.00 DZD due." in text_out

    monkeypatch.setenv("GUICHET_PASSWORD", PASSWORD)
    assert main([*db, "pay", THEIRS, "500", "--user", "amina", "--json"]) == 0
    capsys.readouterr()
    assert main([*db, "sync", "--once", "--url", url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["flagged"] == 0
    assert open_minor(central, B1) == 0

    assert main([*db, "lookup", "Karima Voisin", "--url", url]) == 1
    assert "exact number only" in capsys.readouterr().err


# --- freshness of what a look-up imports --------------------------------------------------


class SyncDuringLookUp:
    """Central whose first answer arrives just before the background sync acknowledges this
    counter's pending payment: the answer predates the payment centrally."""

    def __init__(self, client: CentralClient, desk: Store) -> None:
        self.client, self.desk, self.calls = client, desk, 0

    def lookup(self, query: str, clerk: str = "") -> dict:
        self.calls += 1
        answer = self.client.lookup(query, clerk)
        if self.calls == 1:
            push_outbox(self.desk, self.client)
        return answer


def test_a_payment_acknowledged_during_a_look_up_never_reopens_its_bill(
    desk: Store, central: Central
) -> None:
    client = central.client("2401")
    lookup_account(desk, client, THEIRS, clerk="amina")
    pay(desk, THEIRS, 50_000)  # B1 in full, not sent yet
    assert local_open(desk, B1) == 0
    racing = SyncDuringLookUp(client, desk)
    lookup_account(desk, racing, THEIRS, clerk="amina")
    assert racing.calls == 2  # the first answer was older than the acknowledgement
    assert (local_open(desk, B1), open_minor(central, B1)) == (0, 0)


def test_a_correction_not_yet_sent_keeps_its_bill_reopened_after_a_look_up(
    desk: Store, central: Central
) -> None:
    from desktop.domain.cash import CashCount
    from desktop.money import Money
    from desktop.services.corrections import correct_payment
    from desktop.services.tills import close_till
    from tests.factories import open_till, user_named

    client = central.client("2401")
    lookup_account(desk, client, THEIRS, clerk="amina")
    paid = pay(desk, THEIRS, 50_000)
    push_outbox(desk, client)  # central: B1 paid
    amina, karim = user_named(desk, "amina"), user_named(desk, "karim")
    with desk.unit_of_work() as uow:
        close_till(
            uow,
            amina,
            CashCount.of("DZD", {200_000: 5}),
            Money(0, "DZD"),
            validator=karim,
            justification="end of shift",
        )
    open_till(desk)
    with desk.unit_of_work() as uow:
        correct_payment(uow, amina, karim, paid.receipt_no, "wrong_account")
    assert local_open(desk, B1) == 50_000  # reopened here, central does not know yet
    lookup_account(desk, client, THEIRS, clerk="amina")
    assert local_open(desk, B1) == 50_000


def test_look_ups_of_one_agency_take_turns_so_the_limit_holds(central: Central) -> None:
    """c0007: the count and the insert of one agency's look-ups run under its advisory lock;
    another agency never waits for it."""
    import threading

    first = central.engine_as("2401").connect()
    done: list[str] = []
    racer = threading.Thread(
        target=lambda: done.append(central.client("2401").lookup(THEIRS, "karim")["status"])
    )
    try:
        holding = first.begin()
        first.execute(text("SELECT guichet.lookup(:q, 'amina')"), {"q": THEIRS})  # lock held
        racer.start()
        racer.join(1.0)
        waited = racer.is_alive()
        other = central.client("2403").lookup(THEIRS, "other")["status"]  # never blocked
        holding.commit()
    finally:
        first.close()  # releases the lock even when an assertion below fails
        if racer.ident is not None:
            racer.join(30)
    assert waited, "a second look-up of the same agency should wait its turn"
    assert other == "found"
    assert done == ["found"]
    assert central.scalar("SELECT count(*) FROM guichet.lookups WHERE agency_code = '2401'") == 2
