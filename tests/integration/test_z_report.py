"""The daily closing through the command line: a whole day, the Z report PDF read back, the
reprint, and the refusals (open sessions, a clerk, an unwritable path, a closed day).

Why through the CLI: `guichet close-day` is what a manager (or a support script) runs; its
promises are about ordering (nothing irreversible before the checks) and about the paper
matching the stored figures, which only the whole command can show.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from cli.main import main
from desktop.bootstrap import init_database
from desktop.money import Money
from desktop.services.day_close import z_report
from desktop.store.db import Store
from reports.pdf_common import fmt_amount
from tests.factories import PASSWORD, SETTINGS, BillSpec, make_account, prepare_store
from tests.integration.pdf_world import pdf_text

CONTROLS = re.compile("[\u2066-\u2069\u200e\u200f]")


def plain(text: str) -> str:
    """Without bidi controls, no-break spaces read as spaces (as pdfplumber gives them)."""
    return CONTROLS.sub("", text).replace("\u202f", " ").replace("\u00a0", " ")


def dzd(minor: int) -> Money:
    return Money(minor, "DZD")


class Cli:
    """Runs `guichet --db PATH ...` in-process and returns (exit code, parsed JSON output)."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db, self.capsys = db, capsys

    def __call__(self, *args: str) -> tuple[int, Any]:
        self.capsys.readouterr()
        code = main(["--db", str(self.db), *args, "--json"])
        out = self.capsys.readouterr().out
        return code, json.loads(out) if out.strip() else None


@pytest.fixture
def day_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Store, Path]:
    """Users, settings and three accounts (electricity, gas, water); no till open."""
    monkeypatch.setenv("GUICHET_PASSWORD", PASSWORD)
    monkeypatch.setenv("GUICHET_APPROVER_PASSWORD", PASSWORD)
    path = tmp_path / "day.db"
    store = prepare_store(init_database(path), till_for=None)
    return store, path


def accounts(store: Store) -> dict[str, str]:
    out = {}
    for service, amount in (("electricity", 500_000), ("gas", 300_000), ("water", 100_000)):
        acc = make_account(
            store, services=(service,), bills=[BillSpec(dt.date(2026, 1, 10), amount)]
        )
        out[service] = acc.account_no
    return out


def set_terminal(db: Path, code: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE settings SET value = ? WHERE key = 'terminal_code'", (code,))


def run_day(cli: Cli, db: Path, acc: dict[str, str]) -> dict[str, Any]:
    """amina on T01: float 10,000, electricity 3,000 cash, gas 1,500 card, water 500 cash
    voided, closed 10.00 short with karim's validation. karim on T02: float 2,000, water
    200 cash, closed 0.50 over (within the tolerance)."""
    assert cli("session", "open", "--user", "amina", "--float", "10000")[0] == 0
    assert cli("pay", acc["electricity"], "3000", "--user", "amina", "--tendered", "3500")[0] == 0
    code, card = cli(
        "pay",
        acc["gas"],
        "1500",
        "--user",
        "amina",
        "--tender",
        "card",
        "--card-last4",
        "4242",
        "--auth-code",
        "A1B2",
    )
    assert code == 0, card
    code, wrong = cli("pay", acc["water"], "500", "--user", "amina")
    assert code == 0
    code, voided = cli(
        "void",
        wrong["receipt_no"],
        "--user",
        "amina",
        "--approver",
        "karim",
        "--reason",
        "wrong_amount",
    )
    assert code == 0, voided
    # Expected cash: 10,000 float + 3,000 = 13,000; counted 12,990.
    count = "2000x6,200x4,50x3,20x2"
    code, refused = cli(
        "session", "close", "--user", "amina", "--count", count, "--card-total", "1500"
    )
    assert code == 1 and refused["error"] == "session.validation_required"
    code, closed = cli(
        "session",
        "close",
        "--user",
        "amina",
        "--count",
        count,
        "--card-total",
        "1500",
        "--approver",
        "karim",
        "--justification",
        "a 10 DA coin missing",
    )
    assert code == 0, closed
    set_terminal(db, "T02")
    assert cli("session", "open", "--user", "karim", "--float", "2000")[0] == 0
    assert cli("pay", acc["water"], "200", "--user", "karim")[0] == 0
    code, still_open = cli("close-day", "--user", "karim", "--report", str(db.parent / "z.pdf"))
    assert code == 1 and still_open["error"] == "day.sessions_open"
    assert "T02" in still_open["message"]
    code, closed = cli("session", "close", "--user", "karim", "--count", "2000x1,100x2,0.5x1")
    assert code == 0, closed
    return {"card_receipt": card["receipt_no"]}


@pytest.mark.slow  # a whole day through the CLI
def test_a_whole_day_closes_through_the_cli_and_the_z_report_reads_back(
    day_db: tuple[Store, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store, db = day_db
    cli = Cli(db, capsys)
    run_day(cli, db, accounts(store))
    pdf = tmp_path / "z.pdf"

    code, clerk = cli("close-day", "--user", "amina", "--report", str(pdf))
    assert code == 1 and clerk["error"] == "auth.forbidden"
    code, bad = cli("close-day", "--user", "karim", "--report", str(tmp_path / "nope" / "z.pdf"))
    assert code == 1 and bad["error"] == "pdf.output_unwritable"
    today = dt.date.today().isoformat()
    code, still = cli("z-report", "--day", today, "--report", str(tmp_path / "r.pdf"))
    assert code == 1 and still["error"] == "day.not_closed"  # the bad path closed nothing

    code, z = cli("close-day", "--user", "karim", "--report", str(pdf), "--lang", "fr")
    assert code == 0, z
    assert (z["z_number"], z["day"], z["payments"]) == (1, today, 3)
    assert (z["day_total"], z["grand_total"], z["previous_grand_total"]) == (
        "4700.00",
        "4700.00",
        "0.00",
    )
    assert z["voids"] == {"count": 1, "amount": "500.00"}
    assert not list(tmp_path.glob(".z.pdf.*"))  # no temporary file left behind

    with store.unit_of_work() as uow:
        stored = z_report(uow, SETTINGS.agency_code, dt.date.fromisoformat(today))
    t = stored.totals
    assert t["by_tender"] == {
        "cash": {"count": 2, "amount_minor": 320_000},
        "card": {"count": 1, "amount_minor": 150_000},
    }
    assert t["by_service"] == {"electricity": 300_000, "gas": 150_000, "water": 20_000}
    shorts = {s["terminal"]: s["over_short_cash_minor"] for s in t["sessions"]}
    assert shorts == {"T01": -1_000, "T02": 50}
    assert z["journal_hash"] == stored.journal_hash

    text = plain("\n".join(pdf_text(pdf)))
    for minor in (470_000, 320_000, 150_000, 50_000, 1_300_000, 1_299_000, -1_000, 300_000):
        assert plain(fmt_amount(dzd(minor), "fr")) in text, minor
    assert "Clôture journalière (Z)" in text and "N° de clôture (Z)" in text
    assert "Total général perpétuel" in text
    assert stored.journal_hash in text
    assert "Manque (Espèces) — Amina Belkacem, poste T01 : -10,00 DA" in text
    assert "Excédent (Espèces) — Karim Haddad, poste T02 : 0,50 DA" in text
    assert re.search(r"Page 1 sur \d", text)

    code, again = cli("close-day", "--user", "karim", "--report", str(pdf))
    assert code == 1 and again["error"] == "day.closed"
    code, verify = cli("audit", "verify")
    assert code == 0 and verify["intact"]


@pytest.mark.slow  # a Z report in every language
def test_the_reprint_equals_the_stored_totals_in_every_language(
    day_db: tuple[Store, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store, db = day_db
    cli = Cli(db, capsys)
    run_day(cli, db, accounts(store))
    code, z = cli("close-day", "--user", "karim", "--report", str(tmp_path / "z.pdf"))
    assert code == 0
    original = plain("\n".join(pdf_text(tmp_path / "z.pdf")))
    code, again = cli("z-report", "--day", z["day"], "--report", str(tmp_path / "dup.pdf"))
    assert code == 0
    assert {k: v for k, v in again.items() if k != "report"} == {
        k: v for k, v in z.items() if k != "report"
    }
    duplicate = plain("\n".join(pdf_text(tmp_path / "dup.pdf")))
    # Same document, plus the duplicate mark.
    assert "DUPLICATA" in duplicate and "DUPLICATA" not in original
    assert [ln for ln in duplicate.splitlines() if "DUPLICATA" not in ln] == [
        ln for ln in original.splitlines()
    ]
    for lang in ("ar", "en"):
        path = tmp_path / f"z-{lang}.pdf"
        assert cli("z-report", "--day", z["day"], "--report", str(path), "--lang", lang)[0] == 0
        text = plain("\n".join(pdf_text(path)))
        assert z["journal_hash"] in text
        for minor in (470_000, 320_000, 150_000, -1_000):
            assert plain(fmt_amount(dzd(minor), lang)) in text, (lang, minor)
    with sqlite3.connect(db) as conn:
        kinds = [k for (k,) in conn.execute("SELECT kind FROM journal ORDER BY seq")]
    assert kinds[-4:] == ["day.close", "day.z_reprint", "day.z_reprint", "day.z_reprint"]


@pytest.mark.slow  # a whole day through the CLI
def test_a_report_failing_after_the_close_leaves_the_day_closed_and_reprintable(
    day_db: tuple[Store, Path],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, db = day_db
    cli = Cli(db, capsys)
    run_day(cli, db, accounts(store))
    import reports.pdf_z_report as module

    def broken(*args: object, **kwargs: object) -> bytes:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(module, "render_z_report", broken)
        code, failed = cli("close-day", "--user", "karim", "--report", str(tmp_path / "z.pdf"))
    assert code == 1 and failed["error"] == "day.report_failed"
    assert "guichet z-report --day" in failed["message"] and "No space left" in failed["message"]
    assert not (tmp_path / "z.pdf").exists()
    code, again = cli("close-day", "--user", "karim", "--report", str(tmp_path / "z.pdf"))
    assert code == 1 and again["error"] == "day.closed"
    code, z = cli("z-report", "--day", failed["params"]["day"], "--report", str(tmp_path / "z.pdf"))
    assert code == 0 and z["z_number"] == 1 and z["day_total"] == "4700.00"


def test_refusals_of_z_report(
    day_db: tuple[Store, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _, db = day_db
    cli = Cli(db, capsys)
    code, err = cli("z-report", "--day", "2020-02-30", "--report", str(tmp_path / "z.pdf"))
    assert code == 1 and err["error"] == "date.invalid"
    code, err = cli("z-report", "--day", "2020-02-03", "--report", str(tmp_path / "z.pdf"))
    assert code == 1 and err["error"] == "day.unknown"
    code, err = cli(
        "close-day", "--user", "karim", "--day", "2020-02-03", "--report", str(tmp_path / "z.pdf")
    )
    assert code == 1 and err["error"] == "day.not_open"
    code, err = cli("close-day", "--user", "karim", "--report", str(tmp_path))
    assert code == 1 and err["error"] == "pdf.output_unwritable"
    assert not list(tmp_path.glob("*.pdf"))
