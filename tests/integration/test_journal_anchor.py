"""The journal anchored outside the file, on a real PostgreSQL, as the agency login.

Every push carries the terminal's journal head; central keeps them append-only. What the
file alone cannot show (a cut tail, a synced payment removed and the rest renumbered, an
amount rewritten and the whole chain recomputed) is found by comparing the chain with the
heads central acknowledged, and ``guichet central audit`` sees the forked or regressed
heads the terminal sends afterwards, and receipts that never arrived (issue 13).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, ProgrammingError

from cli.main import main
from desktop.audit import AuditReport, audit
from desktop.bootstrap import init_database, open_store
from desktop.domain.errors import DomainError
from desktop.store import journal
from desktop.sync.admin import upgrade_central
from desktop.sync.central_audit import audit_central
from desktop.sync.client import CentralClient, JournalHead
from desktop.sync.push import pending_batch, push_outbox, send_head_if_moved
from desktop.sync.simulate import import_billing
from tests.factories import prepare_store
from tests.integration import tamper
from tests.integration.journal_world import World, two_days
from tests.integration.sync_world import Central, central_for, central_head

pytestmark = pytest.mark.postgres


@pytest.fixture
def central(pg_url: str) -> Iterator[Central]:
    with central_for(pg_url) as c:
        yield c


@pytest.fixture
def synced(tmp_path: Path, central: Central) -> tuple[Path, World, CentralClient]:
    """A terminal of agency 2401 with its two days, all pushed (heads included)."""
    path = tmp_path / "terminal.db"
    store = prepare_store(init_database(path), till_for=None)
    client = central.client("2401")
    try:
        world = two_days(store)
        import_billing(central.admin, store, "2401")  # central knows the account (c0009)
        result = push_outbox(store, client)
        assert result.rejected == 0 and result.pushed > 0
    finally:
        store.dispose()
    return path, world, client


def local_head(path: Path) -> tuple[int, str]:
    store = open_store(path)
    try:
        with store.read() as s:
            v = journal.verify(s)
            return v.entries, v.last_hash
    finally:
        store.dispose()


def audited(path: Path, client: CentralClient | None) -> AuditReport:
    store = open_store(path)
    try:
        with store.read() as s:
            heads = client.heads("T01") if client else None
            return audit(s, heads=heads, terminal="T01")
    finally:
        store.dispose()


def lines(report: AuditReport, check: str | None = None) -> list[str]:
    return [f.line() for f in report.findings if check is None or f.check == check]


def test_every_push_leaves_the_terminals_head_at_central(
    synced: tuple[Path, World, CentralClient], central: Central
) -> None:
    path, _world, client = synced
    seq, digest = local_head(path)
    heads = client.heads("T01")
    assert heads[-1][:3] == (seq, digest, "ok")
    rows = central.rows("SELECT agency_code, terminal, login FROM guichet.journal_heads")
    assert {(r["agency_code"], r["terminal"]) for r in rows} == {("2401", "T01")}
    assert all(r["login"] == central.logins["2401"].role for r in rows)
    # nothing moved: no second head; the same head again is a duplicate, not a new row
    store = open_store(path)
    try:
        assert send_head_if_moved(store, client) is None
    finally:
        store.dispose()
    again = client.push_head(JournalHead("T01", seq, digest))
    assert again["status"] == "duplicate"
    assert len(client.heads("T01")) == len(heads)
    report = audited(path, client)
    assert report.ok, lines(report)
    assert report.central is not None and report.central.acknowledged_seq == seq


def test_the_head_goes_in_the_same_central_transaction_as_the_batch(
    tmp_path: Path, central: Central
) -> None:
    """A batch central refuses whole (rolled back) leaves no head either, and the other way."""
    store = prepare_store(init_database(tmp_path / "t.db"), till_for=None)
    client = central.client("2401")
    try:
        two_days(store)
        items = pending_batch(store)
        with pytest.raises(DomainError):  # a bad head aborts the whole call
            client.push_with_head(items, JournalHead("T01", 3, "not a hash"))
        assert central.scalar("SELECT count(*) FROM guichet.payments") == 0
        assert central.scalar("SELECT count(*) FROM guichet.journal_heads") == 0
    finally:
        store.dispose()


def test_a_recomputed_chain_passes_alone_and_is_caught_with_central(
    synced: tuple[Path, World, CentralClient], central: Central
) -> None:
    path, world, client = synced
    receipt = world.tuesday_receipts[2]

    def smaller(record: dict) -> dict:
        if record["kind"] == "payment" and record["data"]["receipt_no"] == receipt:
            record["data"]["amount"] = "10.00"
            record["data"]["allocations"][0]["amount"] = "10.00"
        return record

    with tamper.open_file(path) as conn:
        saved = tamper.drop_triggers(conn)
        (uuid,) = conn.execute(
            "SELECT payment_uuid FROM receipts WHERE receipt_no = ?", (receipt,)
        ).fetchone()
        (seq,) = conn.execute(
            "SELECT seq FROM journal WHERE entity_uuid = ? AND kind = 'payment'", (uuid,)
        ).fetchone()
        conn.execute("UPDATE payments SET amount_minor = 1000 WHERE uuid = ?", (uuid,))
        conn.execute("UPDATE allocations SET amount_minor = 1000 WHERE payment_uuid = ?", (uuid,))
        tamper.rechain(conn, smaller)
        tamper.restore_triggers(conn, saved)
        conn.execute("COMMIT")
    assert audited(path, None).ok  # the file alone tells a consistent story
    report = audited(path, client)
    top = client.heads("T01")[-1][0]
    assert seq <= top
    found = lines(report, "central")
    assert found and all("the entry differs from what central acknowledged" in f for f in found)
    assert found[-1].startswith(f"journal seq {top}: ")

    # The terminal keeps syncing: its next head forks from what central had; head office sees it.
    store = open_store(path)
    try:
        answer = send_head_if_moved(store, client)
    finally:
        store.dispose()
    assert answer is not None and answer["status"] == "forked"
    seen = audit_central(central.admin, "2401")
    assert not seen.ok
    assert [f["where"] for f in seen.findings] == [f"journal seq {top}"]
    assert "is forked" in seen.findings[0]["problem"]


def test_a_cut_tail_is_caught_with_central_and_regresses_at_central(
    synced: tuple[Path, World, CentralClient], central: Central
) -> None:
    path, world, client = synced
    with tamper.open_file(path) as conn:
        saved = tamper.drop_triggers(conn)
        for receipt in world.tuesday_receipts[1:]:
            uuid = tamper.remove_payment(conn, receipt)
            conn.execute("DELETE FROM journal WHERE entity_uuid = ?", (uuid,))
        conn.execute("UPDATE receipt_series SET last_seq = last_seq - 2")
        tamper.restore_triggers(conn, saved)
        conn.execute("COMMIT")
    assert audited(path, None).ok
    report = audited(path, client)
    last = local_head(path)[0]
    top = client.heads("T01")[-1][0]
    assert lines(report, "central")[-1] == (
        f"journal seq {top}: central acknowledged entry {top} "
        f"({client.heads('T01')[-1][3]}) but the journal here ends at {last}: its tail was cut"
    )
    store = open_store(path)
    try:
        answer = send_head_if_moved(store, client)
    finally:
        store.dispose()
    assert answer is not None and answer["status"] in ("forked", "regressed")
    assert not audit_central(central.admin, "2401").ok


def test_a_synced_payment_removed_and_everything_renumbered_is_caught_with_central(
    synced: tuple[Path, World, CentralClient],
) -> None:
    path, world, client = synced
    gone = world.tuesday_receipts[0]
    with tamper.open_file(path) as conn:
        saved = tamper.drop_triggers(conn)
        uuid = tamper.remove_payment(conn, gone)
        moved = tamper.renumber_receipts(conn, int(gone[-6:]))

        def renumbered(record: dict) -> dict | None:
            if record["entity"] == uuid:
                return None
            number = record["data"].get("receipt_no")
            if number in moved:
                record["data"]["receipt_no"] = moved[number]
            return record

        tamper.rechain(conn, renumbered)
        tamper.restore_triggers(conn, saved)
        conn.execute("COMMIT")
    assert audited(path, None).ok
    assert lines(audited(path, client), "central")


def test_central_audit_reports_receipts_that_never_arrived(
    tmp_path: Path, central: Central, capsys: pytest.CaptureFixture[str]
) -> None:
    store = prepare_store(init_database(tmp_path / "t.db"), till_for=None)
    client = central.client("2401")
    try:
        world = two_days(store)
        import_billing(central.admin, store, "2401")  # central knows the account (c0009)
        items = pending_batch(store)
    finally:
        store.dispose()
    skipped = world.tuesday_receipts[0]  # "deleted before its sync": never pushed
    refused = world.tuesday_receipts[1]  # refused by central: in the quarantine
    sent = []
    for item in items:
        number = item["payload"].get("receipt_no")
        if item["op"] == "create" and number == skipped:
            continue
        if item["op"] == "create" and number == refused:
            item = {**item, "payload": {**item["payload"], "amount": None}}
        sent.append(item)
    answers = client.push(sent)
    assert [a["reason"] for a in answers if a["status"] == "rejected"] == ["bad_amount"]
    report = audit_central(central.admin)
    assert [(f["agency"], f["terminal"], f["where"]) for f in report.findings] == [
        ("2401", "T01", "series 2401-T01-2026")
    ]
    assert report.findings[0]["problem"] == (
        f"1 receipt(s) never received below the last one {world.tuesday_receipts[2]}: {skipped}"
    )
    assert [n["where"] for n in report.notes] == [f"receipt {refused}"]
    admin_url = central.admin.url.render_as_string(hide_password=False)
    assert main(["central", "audit", "--url", admin_url, "--agency", "2401", "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["error"] == "journal.audit_failed" and out["terminals"][0]["receipts"] == 5
    assert main(["central", "audit", "--url", admin_url, "--agency", "2402"]) == 0
    assert "no problem found" in capsys.readouterr().out


def test_heads_are_append_only_even_for_a_superuser_and_private_to_their_agency(
    synced: tuple[Path, World, CentralClient], central: Central
) -> None:
    _path, _world, client = synced
    for sql in (
        "UPDATE guichet.journal_heads SET seq = 0",
        "DELETE FROM guichet.journal_heads",
        "TRUNCATE guichet.journal_heads",
    ):
        with central.admin.connect() as conn, pytest.raises(DBAPIError) as err:
            conn.execute(text(sql))
        assert "append-only" in str(err.value)
    engine = central.engine_as("2401")
    with engine.connect() as conn, pytest.raises(ProgrammingError) as denied:
        conn.execute(text("SELECT * FROM guichet.journal_heads"))
    assert "permission denied" in str(denied.value)
    assert client.heads("T01")
    assert central.client("2402").heads("T01") == []  # 2401's terminal is not 2402's


def test_audit_verify_asks_central_from_the_command_line(
    synced: tuple[Path, World, CentralClient],
    central: Central,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, _world, _client = synced
    url = central.logins["2401"].url
    assert main(["--db", str(path), "audit", "verify", "--url", url, "--json"]) == 0
    ok = json.loads(capsys.readouterr().out)
    assert ok["ok"] and ok["central"]["heads"] >= 1 and ok["central"]["terminal"] == "T01"
    assert main(["--db", str(path), "check", "--url", url, "--json"]) == 0
    assert (
        json.loads(capsys.readouterr().out)["audit"]["central"]["acknowledged_seq"]
        == ok["last_seq"]
    )
    with tamper.open_file(path) as conn:
        saved = tamper.drop_triggers(conn)
        conn.execute("DELETE FROM journal WHERE seq = (SELECT max(seq) FROM journal)")
        tamper.restore_triggers(conn, saved)
        conn.execute("COMMIT")
    assert main(["--db", str(path), "audit", "verify", "--url", url, "--json"]) == 1
    cut = json.loads(capsys.readouterr().out)
    assert cut["error"] == "journal.audit_failed"
    assert {f["check"] for f in cut["findings"]} >= {"central"}
    assert main(["--db", str(path), "audit", "verify", "--url", url, "--local", "--json"]) == 1
    local = json.loads(capsys.readouterr().out)
    assert local["central"] is None and "central" not in {f["check"] for f in local["findings"]}
    offline = "postgresql://nobody@127.0.0.1:1/none"
    assert main(["--db", str(path), "audit", "verify", "--url", offline, "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["error"] == "journal.central_unreachable"


def test_c0008_goes_down_only_while_no_head_is_recorded(
    synced: tuple[Path, World, CentralClient], central: Central
) -> None:
    from alembic import command

    from desktop.sync.admin import _alembic_config, central_revision

    cfg = _alembic_config(central.admin)
    with central.admin.begin() as conn, pytest.raises(RuntimeError, match="cannot be undone"):
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "c0007_lookup_limit_lock")
    assert central_revision(central.admin) == "c0008_journal_heads"


def test_c0008_goes_down_and_up_on_a_central_without_heads(central: Central) -> None:
    from alembic import command

    from desktop.sync.admin import _alembic_config

    cfg = _alembic_config(central.admin)
    with central.admin.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "c0007_lookup_limit_lock")
    assert central.scalar("SELECT to_regclass('guichet.journal_heads')") is None
    assert central.scalar("SELECT count(*) FROM pg_proc WHERE proname = 'push_head'") == 0
    assert upgrade_central(central.admin) == central_head(central.admin)
    assert central.client("2401").heads("T01") == []
