"""`guichet quarantine` end to end: a manager lists, sends again and closes refused items."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cli.main import main
from desktop.store.db import Store
from desktop.sync.push import acknowledge, pending_batch
from tests.factories import BillSpec, make_account
from tests.integration.sync_world import pay


def _refuse_one(store: Store) -> str:
    make_account(
        store,
        account_no="240100000009",
        bills=[BillSpec(dt.date(2026, 10, 1), 5_000, bill_no="F9")],
    )
    pay(store, "240100000009", 5_000)
    (item,) = pending_batch(store)
    answer = {
        "uuid": item["uuid"],
        "status": "rejected",
        "reason": "receipt_reused",
        "detail": "receipt used by another payment",
    }
    acknowledge(store, [item], [answer], dt.datetime(2026, 11, 23, 10, 0))
    return item["uuid"]


def _run(db: Path, *argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_manager_lists_retries_and_closes(
    store: Store,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    item = _refuse_one(store)
    monkeypatch.setenv("GUICHET_PASSWORD", "demo")

    code, out, err = _run(db_path, "quarantine", "list", "--user", "amina", capsys=capsys)
    assert code == 1 and out == "" and "amina" in err and len(err.strip().splitlines()) == 1

    code, out, _ = _run(db_path, "quarantine", "list", "--user", "karim", "--json", capsys=capsys)
    assert code == 0
    (row,) = json.loads(out)
    assert (row["outbox_uuid"], row["reason"], row["amount"]) == (item, "receipt_reused", "50.00")

    code, out, err = _run(
        db_path, "quarantine", "handled", item, "--user", "karim", "--note", "ok", capsys=capsys
    )
    assert code == 1 and "note" in err

    code, out, _ = _run(db_path, "quarantine", "retry", item, "--user", "karim", capsys=capsys)
    assert code == 0 and "back in the queue" in out
    assert [i["uuid"] for i in pending_batch(store)] == [item]

    code, out, _ = _run(
        db_path, "quarantine", "list", "--user", "karim", "--all", "--json", capsys=capsys
    )
    assert [r["resolved_by"] for r in json.loads(out)] == ["karim"]
    code, out, err = _run(db_path, "quarantine", "retry", item, "--user", "karim", capsys=capsys)
    assert code == 1 and "already dealt with by karim" in err
