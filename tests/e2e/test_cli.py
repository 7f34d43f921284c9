"""The `guichet` command line end to end, on real demo databases."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from cli.main import main
from desktop.bootstrap import open_store
from tests.factories import open_till

TODAY = "2026-11-23"
TABLES = ("payments", "allocations", "receipts", "outbox", "receipt_series")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    assert (
        main(
            [
                "--db",
                str(path),
                "demo",
                "--accounts",
                "300",
                "--seed",
                "7",
                "--today",
                TODAY,
                "--json",
            ]
        )
        == 0
    )
    return path


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database, so payments in one test never leak into another."""
    copy = tmp_path / "demo.db"
    shutil.copy(demo_db, copy)
    with_open_till(copy)
    return copy


def with_open_till(path: Path) -> None:
    """Open amina's cash session, as she does first thing in the morning."""
    store = open_store(path)
    try:
        open_till(store, "amina")
    finally:
        store.dispose()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object]:
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES} | {
            "open": conn.execute("SELECT sum(open_minor) FROM bills").fetchone()[0],
            "credit": conn.execute("SELECT sum(credit_minor) FROM accounts").fetchone()[0],
        }


def account_with_open_bills(db: Path, minimum: int = 2) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT a.account_no FROM accounts a JOIN bills b ON b.account_id = a.id "
            "WHERE b.open_minor > 0 AND a.status = 'active' GROUP BY a.id "
            "HAVING count(*) >= ? ORDER BY a.id LIMIT 1",
            (minimum,),
        ).fetchone()[0]


def test_demo_with_the_same_seed_builds_the_same_data(tmp_path: Path, demo_db: Path) -> None:
    again = tmp_path / "again.db"
    assert (
        main(
            [
                "--db",
                str(again),
                "demo",
                "--accounts",
                "300",
                "--seed",
                "7",
                "--today",
                TODAY,
                "--json",
            ]
        )
        == 0
    )
    query = (
        "SELECT account_no, name_ar, name_latin, phone1, "
        "(SELECT group_concat(bill_no || ':' || amount_minor || ':' || open_minor) FROM bills "
        "WHERE bills.account_id = accounts.id) FROM accounts ORDER BY id"
    )
    with sqlite3.connect(demo_db) as a, sqlite3.connect(again) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_demo_refuses_a_database_that_already_has_accounts(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, "--db", str(db), "demo", "--accounts", "5", "--json")
    assert code == 1 and out["error"] == "demo.not_empty"


def test_moroccan_demo_bills_in_dirhams_and_accepts_arabic_indic_amounts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "ma.db"
    assert (
        main(
            [
                "--db",
                str(db),
                "demo",
                "--accounts",
                "60",
                "--profile",
                "ma",
                "--today",
                TODAY,
                "--json",
            ]
        )
        == 0
    )
    capsys.readouterr()
    with_open_till(db)
    account_no = account_with_open_bills(db, 1)
    code, acc = run(capsys, "--db", str(db), "account", account_no, "--json")
    assert code == 0 and acc["currency"] == "MAD" and account_no.startswith("7")
    monkeypatch.setenv("GUICHET_PASSWORD", "demo")
    code, paid = run(
        capsys, "--db", str(db), "pay", account_no, "١٫٥٠", "--user", "amina", "--json"
    )
    assert code == 0, paid
    assert paid["amount"] == "1.50" and paid["currency"] == "MAD"
    assert paid["receipt_no"].startswith("CA12-T01-")


def test_search_by_account_number_puts_that_account_first(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    account_no = account_with_open_bills(db)
    code, hits = run(capsys, "--db", str(db), "search", account_no, "--json")
    assert code == 0
    assert hits[0]["account_no"] == account_no and hits[0]["match"] == "account"
    assert {"account_no", "name_ar", "name_latin"} <= set(hits[0])


def test_search_by_arabic_name_without_hamza_finds_the_holder(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(db) as conn:
        account_no, name_ar = conn.execute(
            "SELECT account_no, name_ar FROM accounts WHERE name_ar LIKE '%أ%' ORDER BY id LIMIT 1"
        ).fetchone()
    typed = name_ar.replace("أ", "ا")
    code, hits = run(capsys, "--db", str(db), "search", typed, "--json", "--limit", "200")
    assert code == 0
    assert account_no in [h["account_no"] for h in hits]


def test_account_json_lists_open_bills_oldest_first(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    account_no = account_with_open_bills(db)
    code, acc = run(capsys, "--db", str(db), "account", account_no, "--json")
    assert code == 0
    assert {"account_no", "name_ar", "name_latin", "meters", "balance", "open_bills"} <= set(acc)
    dues = [b["due_date"] for b in acc["open_bills"]]
    assert len(dues) >= 2 and dues == sorted(dues)
    assert all({"bill_no", "due_date", "open_amount"} <= set(b) for b in acc["open_bills"])
    total = sum(Decimal(b["open_amount"]) for b in acc["open_bills"])
    assert Decimal(acc["balance"]) == total - Decimal(acc["credit"])


def test_paying_the_full_balance_in_cash_settles_every_bill_and_gives_change(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUICHET_PASSWORD", "demo")
    account_no = account_with_open_bills(db)
    _, acc = run(capsys, "--db", str(db), "account", account_no, "--json")
    due = acc["total_due"]
    tendered = str(Decimal(due) + Decimal("100.00"))
    code, paid = run(
        capsys,
        "--db",
        str(db),
        "pay",
        account_no,
        due,
        "--tendered",
        tendered,
        "--user",
        "amina",
        "--json",
    )
    assert code == 0, paid
    assert paid["change"] == "100.00"
    assert sum(Decimal(a["amount"]) for a in paid["allocations"]) == Decimal(due)
    assert [a["bill_no"] for a in paid["allocations"]] == [b["bill_no"] for b in acc["open_bills"]]
    assert paid["receipt_no"] == "2401-T01-" + paid["receipt_no"].split("-")[2] + "-000001"
    _, after = run(capsys, "--db", str(db), "account", account_no, "--json")
    assert after["open_bills"] == []


def test_card_payment_keeps_only_the_last_four_digits(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUICHET_PASSWORD", "demo")
    account_no = account_with_open_bills(db)
    code, paid = run(
        capsys,
        "--db",
        str(db),
        "pay",
        account_no,
        "10",
        "--tender",
        "card",
        "--card-scheme",
        "edahabia",
        "--card-last4",
        "4242",
        "--auth-code",
        "a1b2c3",
        "--user",
        "amina",
        "--json",
    )
    assert code == 0, paid
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT card_scheme, card_last4, auth_code FROM payments WHERE uuid = ?",
            (paid["payment_id"],),
        ).fetchone()
    assert row == ("EDAHABIA", "4242", "A1B2C3")


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["-5"], "amount.negative"),
        (["0"], "amount.zero"),
        (["abc"], "amount.not_a_number"),
        (["10,5555"], "amount.too_precise"),
        (["10,555"], "amount.ambiguous_decimals"),
        (["2.000"], "amount.ambiguous"),
        (["1,000"], "amount.ambiguous"),
        (["2.000 DA"], "amount.ambiguous"),
        (["12 34"], "amount.grouping"),
        (["100 MAD"], "amount.other_currency"),
        (["100 درهم"], "amount.other_currency"),
        (["10", "--tendered", "100 €"], "amount.other_currency"),
        (["10", "--tendered", "1.000"], "amount.ambiguous"),
        (["99999999"], "amount.over_maximum"),
        (["10", "--bills", "999"], "bill.not_found"),
        (["10", "--tendered", "5"], "payment.tendered_short"),
        (
            ["10", "--tender", "card", "--card-last4", "4111111111111111", "--auth-code", "X1"],
            "card.last4_invalid",
        ),
        (["10", "--tender", "card", "--card-last4", "4242"], "card.auth_missing"),
    ],
)
def test_a_refused_payment_says_why_and_writes_nothing(
    db: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    error: str,
) -> None:
    monkeypatch.setenv("GUICHET_PASSWORD", "demo")
    account_no = account_with_open_bills(db)
    before = counts(db)
    code, out = run(capsys, "--db", str(db), "pay", account_no, *args, "--user", "amina", "--json")
    assert code == 1
    assert out["error"] == error and out["message"]
    assert "4111111111111111" not in json.dumps(out)
    assert counts(db) == before


def test_unknown_and_closed_accounts_are_refused(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUICHET_PASSWORD", "demo")
    code, out = run(capsys, "--db", str(db), "pay", "123", "10", "--user", "amina", "--json")
    assert (code, out["error"]) == (1, "account.not_found")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE accounts SET status = 'closed' WHERE id = 1")
        closed = conn.execute("SELECT account_no FROM accounts WHERE id = 1").fetchone()[0]
    before = counts(db)
    code, out = run(capsys, "--db", str(db), "pay", closed, "10", "--user", "amina", "--json")
    assert (code, out["error"]) == (1, "account.closed")
    assert counts(db) == before


def test_wrong_password_is_refused_without_a_payment(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUICHET_PASSWORD", "wrong")
    before = counts(db)
    code, out = run(
        capsys,
        "--db",
        str(db),
        "pay",
        account_with_open_bills(db),
        "10",
        "--user",
        "amina",
        "--json",
    )
    assert (code, out["error"]) == (1, "auth.wrong_password")
    assert counts(db) == before


def refusals(db: Path) -> list[tuple[str | None, dict[str, object]]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT username, record FROM journal WHERE kind = 'permission.refused' ORDER BY seq"
        ).fetchall()
    return [(user, json.loads(record)) for user, record in rows]


@pytest.mark.parametrize(
    ("argv", "action"),
    [(["user", "list"], "view users"), (["quarantine", "list"], "approve")],
)
def test_a_clerk_refused_a_manager_command_leaves_a_journal_entry(
    db: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    action: str,
) -> None:
    """Refusals through the command line go through the use cases, which journal them."""
    monkeypatch.setenv("GUICHET_PASSWORD", "demo")
    before = refusals(db)
    code, out = run(capsys, "--db", str(db), *argv, "--user", "amina", "--json")
    assert (code, out["error"]) == (1, "auth.forbidden")
    added = refusals(db)[len(before) :]
    assert [user for user, _ in added] == ["amina"]
    assert json.dumps(added[0][1]).count(action) >= 1


def test_a_payment_without_a_password_is_refused_as_every_command_refuses_it(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One password reader (cli.passwords): no $GUICHET_PASSWORD and no terminal to ask on is
    the same refusal, exit 1, for `pay` as for any other command that logs someone in."""
    monkeypatch.delenv("GUICHET_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    before = counts(db)
    account = account_with_open_bills(db)
    paid = run(capsys, "--db", str(db), "pay", account, "10", "--user", "amina", "--json")
    listed = run(capsys, "--db", str(db), "user", "list", "--user", "karim", "--json")
    assert paid == listed
    code, out = paid
    assert (code, out["error"], out["params"]["field"]) == (1, "input.invalid", "password")
    assert "$GUICHET_PASSWORD" in out["message"]
    assert counts(db) == before


def test_usage_errors_exit_2_with_a_json_error(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(
        capsys, "--db", str(db), "pay", "1", "10", "--tender", "bitcoin", "--user", "a", "--json"
    )
    assert code == 2 and out["error"] == "usage" and "bitcoin" in out["message"]


def test_a_missing_database_tells_to_run_init(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.db"
    code, out = run(capsys, "--db", str(missing), "search", "x", "--json")
    assert code == 1 and out["error"] == "db.not_initialised" and "guichet init" in out["message"]
    assert not missing.exists()


def test_console_script_prints_one_line_and_no_traceback(db: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "cli",
            "--db",
            str(db),
            "pay",
            "1",
            "1,2,3",
            "--user",
            "amina",
        ],
        capture_output=True,
        text=True,
        env={"GUICHET_PASSWORD": "demo", "PATH": ""},
        timeout=60,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("guichet: ") and proc.stderr.count("\n") == 1


def test_setup_configures_a_fresh_terminal_once_and_says_what_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "fresh.db"
    base = [
        "--db",
        str(db),
        "setup",
        "--company",
        "Lydec",
        "--agency-code",
        "CA12",
        "--agency-name",
        "Maarif",
        "--terminal",
        "T02",
        "--currency",
        "MAD",
        "--admin",
        "chef",
        "--admin-name",
        "Chef d'agence",
        "--json",
    ]
    monkeypatch.setenv("GUICHET_NEW_PASSWORD", "1234")
    code, out = run(capsys, *base)
    assert code == 1 and out["error"] == "setup.invalid" and "password" in out["message"]
    monkeypatch.setenv("GUICHET_NEW_PASSWORD", "Maarif-2026")
    code, out = run(capsys, *base)
    assert code == 0 and out["terminal"] == "T02"
    code, out = run(capsys, *base)
    assert code == 1 and "already configured" in out["message"]
    monkeypatch.setenv("GUICHET_PASSWORD", "Maarif-2026")
    code, users = run(capsys, "--db", str(db), "user", "list", "--user", "chef", "--json")
    assert [u["username"] for u in users] == ["chef"] and users[0]["role"] == "admin"


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_a_document_is_never_written_over_the_database(tmp_path: Path, suffix: str) -> None:
    """Found by the fuzz tests: `plan due --csv=DB` replaced the database with a CSV."""
    db = tmp_path / "guichet.db"
    assert main(["--db", str(db), "demo", "--accounts", "5", "--json"]) == 0
    before = db.read_bytes()
    code = main(["--db", str(db), "plan", "due", f"--csv={db}{suffix}", "--json"])
    assert code == 1
    assert db.read_bytes() == before
    assert main(["--db", str(db), "account", "--json", "2400000001"]) in (0, 1)


def test_search_json_says_how_each_holder_was_found(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """#17: a spelling variant is labelled as one; an identifier keeps its own label."""
    code, exact = run(capsys, "--db", str(db), "search", "Mohamed", "--json")
    assert code == 0 and exact
    assert {h["match"] for h in exact} <= {
        "name",
        "name_variant",
        "name_prefix",
        "name_typo",
        "address",
    }
    named = {h["account_no"] for h in exact if h["match"] == "name"}
    code, variant = run(capsys, "--db", str(db), "search", "Mohammed", "--json")
    found = {h["account_no"]: h["match"] for h in variant}
    assert named and any(found.get(no) == "name_variant" for no in named)
