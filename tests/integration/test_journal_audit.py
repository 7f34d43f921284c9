"""The journal audit on real SQLite files: a clean terminal passes; what an insider does to
the file with sqlite3 is found, with what and where (issue 13). The attack that leaves the
file consistent on its own (a recomputed chain) is caught with central: see
test_journal_anchor.py."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from cli.main import main
from desktop.audit import AuditReport, audit
from desktop.bootstrap import init_database, open_store
from tests.factories import prepare_store
from tests.integration import tamper
from tests.integration.journal_world import World, two_days


@pytest.fixture
def terminal(tmp_path: Path) -> tuple[Path, World]:
    path = tmp_path / "terminal.db"
    store = prepare_store(init_database(path), till_for=None)
    try:
        world = two_days(store)
    finally:
        store.dispose()
    return path, world


def audited(path: Path) -> AuditReport:
    opened = open_store(path)
    try:
        with opened.read() as s:
            return audit(s)
    finally:
        opened.dispose()


def problems(report: AuditReport) -> list[tuple[str, str]]:
    return [(f.check, f.line()) for f in report.findings]


def test_a_clean_terminal_passes_every_check(terminal: tuple[Path, World]) -> None:
    path, _world = terminal
    report = audited(path)
    assert problems(report) == [] and report.ok
    assert report.checked == {
        "payments": 7,
        "voids": 1,
        "corrections": 1,
        "sessions": 2,
        "days": 2,
        "receipts": 7,
        "triggers": 14,
    }
    assert report.chain.intact and report.last_seq == report.chain.entries


def test_dropped_triggers_and_deleted_last_journal_rows_are_found(
    terminal: tuple[Path, World],
) -> None:
    path, world = terminal
    with tamper.open_file(path) as conn:
        tamper.drop_triggers(conn)
        conn.execute("DELETE FROM journal WHERE seq > (SELECT max(seq) - 2 FROM journal)")
        conn.execute("COMMIT")
    report = audited(path)
    found = problems(report)
    assert report.chain.intact  # a cut tail leaves a valid chain: the other checks see it
    assert (
        "payments",
        f"receipt {world.tuesday_receipts[1]}: no journal entry records this payment",
    ) in found
    assert (
        "payments",
        f"receipt {world.tuesday_receipts[2]}: no journal entry records this payment",
    ) in found
    missing = {line for check, line in found if check == "triggers"}
    assert (
        "trigger journal_no_delete: missing: the table it protects can be edited or emptied"
        in missing
    )
    assert len(missing) == 14


def test_a_trigger_put_back_as_a_no_op_is_found(terminal: tuple[Path, World]) -> None:
    path, _world = terminal
    with tamper.open_file(path) as conn:
        conn.execute("DROP TRIGGER payments_no_delete")
        conn.execute(
            "CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments BEGIN SELECT 1; END"
        )
        conn.execute("COMMIT")
    assert problems(audited(path)) == [
        ("triggers", "trigger payments_no_delete: its text is not the one Guichet created")
    ]


def test_a_payment_removed_whole_and_the_receipts_renumbered_is_found(
    terminal: tuple[Path, World],
) -> None:
    """The receipts, the series counter and the journal numbering are made consistent again;
    the journal's records (and their hashes) are not recomputed."""
    path, world = terminal
    with tamper.open_file(path) as conn:
        saved = tamper.drop_triggers(conn)
        removed = tamper.remove_payment(conn, world.tuesday_receipts[0])
        (seq,) = conn.execute(
            "SELECT seq FROM journal WHERE entity_uuid = ? AND kind = 'payment'", (removed,)
        ).fetchone()
        conn.execute("DELETE FROM journal WHERE seq = ?", (seq,))
        conn.execute("UPDATE journal SET seq = seq - 1 WHERE seq > ?", (seq,))
        tamper.renumber_receipts(conn, int(world.tuesday_receipts[0][-6:]))
        tamper.restore_triggers(conn, saved)
        conn.execute("COMMIT")
    report = audited(path)
    found = problems(report)
    assert not report.chain.intact and report.chain.broken_at == seq
    assert found[0] == ("chain", f"journal seq {seq}: link to the previous entry is broken")
    # the later payments' journal entries still carry their old numbers
    assert any(
        check == "payments"
        and line.startswith(f"receipt {world.tuesday_receipts[0]} ")
        and "receipt_no is" in line
        for check, line in found
    ), found


def test_an_amount_rewritten_in_the_payment_row_only_is_found(
    terminal: tuple[Path, World],
) -> None:
    path, world = terminal
    with tamper.open_file(path) as conn:
        saved = tamper.drop_triggers(conn)
        conn.execute(
            "UPDATE payments SET amount_minor = 1000 WHERE uuid = (SELECT payment_uuid "
            "FROM receipts WHERE receipt_no = ?)",
            (world.tuesday_receipts[2],),
        )
        tamper.restore_triggers(conn, saved)
        conn.execute("COMMIT")
    ((check, line),) = problems(audited(path))
    assert check == "payments"
    assert line.startswith(f"receipt {world.tuesday_receipts[2]} (journal seq ")
    assert line.endswith("amount is '10.00' here but '300.00' in the journal")


def test_an_amount_rewritten_and_the_chain_recomputed_passes_locally(
    terminal: tuple[Path, World],
) -> None:
    """What the file alone cannot prove: the whole story rewritten consistently. Only what
    central acknowledged can (test_journal_anchor.py)."""
    path, world = terminal
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
        conn.execute("UPDATE payments SET amount_minor = 1000 WHERE uuid = ?", (uuid,))
        conn.execute("UPDATE allocations SET amount_minor = 1000 WHERE payment_uuid = ?", (uuid,))
        tamper.rechain(conn, smaller)
        tamper.restore_triggers(conn, saved)
        conn.execute("COMMIT")
    assert problems(audited(path)) == []


def test_a_z_hash_that_is_not_in_the_chain_is_found(terminal: tuple[Path, World]) -> None:
    path, _world = terminal
    with tamper.open_file(path) as conn:
        saved = tamper.drop_triggers(conn)
        conn.execute(
            "UPDATE business_days SET journal_hash = ? WHERE status = 'closed'", ("ab" * 32,)
        )
        tamper.restore_triggers(conn, saved)
        conn.execute("COMMIT")
    found = problems(audited(path))
    assert (
        "days",
        "day 2026-03-02: its Z hash abababababababab… is not the hash of any day "
        "close in the journal",
    ) in found
    assert any("records a day close that no closed day carries" in line for _, line in found)


def test_a_receipt_gap_and_a_void_without_its_entry_are_found(
    terminal: tuple[Path, World],
) -> None:
    path, world = terminal
    with tamper.open_file(path) as conn:
        saved = tamper.drop_triggers(conn)
        tamper.remove_payment(conn, world.tuesday_receipts[0])
        conn.execute("DELETE FROM journal WHERE kind = 'payment.void'")
        tamper.rechain(
            conn,
            lambda r: (
                None
                if r["data"].get("receipt_no") == world.tuesday_receipts[0]
                and r["kind"] == "payment"
                else r
            ),
        )
        tamper.restore_triggers(conn, saved)
        conn.execute("COMMIT")
    found = problems(audited(path))
    gap = int(world.tuesday_receipts[0][-6:])
    assert (
        "receipts",
        f"series 2401-T01-2026: receipt(s) {gap:06d} missing before the last receipt {gap + 2:06d}",
    ) in found
    assert (
        "voids",
        f"receipt {world.voided}: voided, but no journal entry records the void",
    ) in found


def test_audit_verify_on_the_command_line_lists_every_finding(
    terminal: tuple[Path, World], capsys: pytest.CaptureFixture[str]
) -> None:
    path, world = terminal
    assert main(["--db", str(path), "audit", "verify", "--json"]) == 0
    clean = json.loads(capsys.readouterr().out)
    assert clean["intact"] and clean["ok"] and clean["findings"] == [] and clean["central"] is None
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER receipts_no_delete")
    assert main(["--db", str(path), "audit", "verify"]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "trigger receipts_no_delete: missing: the table it protects can be edited or emptied"
    ]
    assert err.count("\n") == 1 and err.startswith("guichet: The journal audit found 1 problem(s)")
    assert main(["--db", str(path), "check", "--json"]) == 1
    checked = json.loads(capsys.readouterr().out)
    assert checked["error"] == "journal.audit_failed" and checked["integrity"] == ["ok"]
    assert checked["audit"]["findings"][0]["where"] == "trigger receipts_no_delete"
