"""Hostile text and undecodable input at the command line (issue 13, parts 4 and 5).

Run as a user runs it: a real `guichet` process, arguments and environment given as bytes,
stdout and stderr read as bytes, the database file compared byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from cli.main import main

pytestmark = pytest.mark.slow  # a real `guichet` process per case

TODAY = "2026-11-23"
HOSTILE_LATIN = "ALI \x1b[31mRED\x1b[0m \u202eDIAP 0001 DZD\u202c\x9b2J\r\nX"
HOSTILE_AR = "\u2067علي\u2069 \u202bبن\u202c \x1b]0;owned\x07سالم"
HOSTILE_ADDRESS = "12 Rue \u202dKhemisti\x1b[2J"
C1 = {chr(c) for c in range(0x80, 0xA0)}
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "demo.db"
    argv = ["--db", str(path), "demo", "--accounts", "30", "--months", "3", "--today", TODAY]
    assert main([*argv, "--json"]) == 0
    return path


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.db"
    shutil.copy(demo_db, copy)
    return copy


def first_account(db: Path) -> str:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT account_no FROM accounts ORDER BY id LIMIT 1").fetchone()[0]


def make_hostile(db: Path) -> str:
    """Give the first account the names and address an attacker at central would send."""
    account_no = first_account(db)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(
            "UPDATE accounts SET name_latin = ?, name_ar = ?, address = ? WHERE account_no = ?",
            (HOSTILE_LATIN, HOSTILE_AR, HOSTILE_ADDRESS, account_no),
        )
    return account_no


def guichet(
    *argv: str | bytes, env: dict[str, str | bytes] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[bytes]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("GUICHET_")}
    return subprocess.run(
        [sys.executable, "-m", "cli", *argv],
        capture_output=True,
        env={**base, **(env or {})},
        timeout=timeout,
    )


def assert_clean_for_a_terminal(raw: bytes) -> str:
    assert b"\x1b" not in raw and b"\r" not in raw and b"\x07" not in raw
    text = raw.decode("utf-8")  # strict: no lone surrogate or stray byte either
    assert not (set(text) & (C1 | BIDI)), [hex(ord(c)) for c in set(text) & (C1 | BIDI)]
    return text


def one_line_refusal(proc: subprocess.CompletedProcess[bytes], status: int) -> str:
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == status, (proc.returncode, err)
    assert "Traceback" not in err
    assert err.startswith("guichet: ") and err.count("\n") == 1, err
    assert_clean_for_a_terminal(proc.stderr)
    return err


# --- part 4: text written to a terminal ---------------------------------------------------


@pytest.mark.parametrize("as_json", [False, True])
@pytest.mark.parametrize("command", ["search", "account"])
def test_search_and_account_never_write_an_escape_sequence_or_an_override(
    db: Path, command: str, as_json: bool
) -> None:
    account_no = make_hostile(db)
    proc = guichet("--db", str(db), command, account_no, *(["--json"] if as_json else []))
    assert proc.returncode == 0, proc.stderr
    out = assert_clean_for_a_terminal(proc.stdout)
    # the letters are all there, in their own order
    assert "ALI [31mRED[0m DIAP 0001 DZD2J  X" in out
    assert "علي بن ]0;ownedسالم" in out
    if as_json:
        data = json.loads(out)
        row = data[0] if isinstance(data, list) else data
        assert row["name_latin"] == "ALI [31mRED[0m DIAP 0001 DZD2J  X"
        assert row["address"] == "12 Rue Khemisti[2J"


def test_a_refusal_echoing_what_was_typed_shows_the_escape_instead_of_obeying_it(
    db: Path,
) -> None:
    proc = guichet("--db", str(db), "account", "\x1b[2J\u202eX")
    err = one_line_refusal(proc, 1)
    assert "\\x1b[2JX" in err  # shown, escaped, so the user sees what was typed
    proc = guichet("--db", str(db), "account", "\x1b[2J\u202eX", "--json")
    error = json.loads(assert_clean_for_a_terminal(proc.stdout))
    assert error["error"] == "account.not_found" and "\u202e" not in json.dumps(error)


# --- part 5: bytes that are not UTF-8 ------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["pay", "{acct}", "10", "--user", b"\xff\xfe"], "--user"),
        (["pay", "{acct}", "10", b"--user=am\xffina"], "--user"),
        (["sync", "--once", "--url", b"postgresql://x\xff@127.0.0.1:1/db"], "--url"),
        (["search", b"Ben\xe9"], "#4"),  # Latin-1 typed into a UTF-8 terminal
        (["backup", "--out", b"/tmp/b\xffk.db"], "--out"),
    ],
)
@pytest.mark.parametrize("as_json", [False, True])
def test_an_argument_that_is_not_utf8_is_a_usage_refusal_naming_it(
    db: Path, argv: list[str | bytes], name: str, as_json: bool
) -> None:
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    acct = first_account(db)
    args = [a.replace("{acct}", acct) if isinstance(a, str) else a for a in argv]
    proc = guichet(
        "--db", str(db), *args, *(["--json"] if as_json else []), env={"GUICHET_PASSWORD": "demo"}
    )
    if as_json:
        assert proc.returncode == 2 and b"Traceback" not in proc.stderr
        error = json.loads(assert_clean_for_a_terminal(proc.stdout))
        assert error["error"] == "input.argument_not_text"
        assert error["params"]["name"] == name
    else:
        err = one_line_refusal(proc, 2)
        assert f"The argument {name} (" in err and "\\x" in err and "UTF-8" in err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_database_path_that_is_not_utf8_is_refused_too(tmp_path: Path) -> None:
    err = one_line_refusal(guichet("--db", bytes(tmp_path) + b"/g\xff.db", "search", "a"), 2)
    assert "--db" in err and "g\\xff.db" in err


@pytest.mark.parametrize(
    ("variable", "argv"),
    [
        ("GUICHET_PASSWORD", ["pay", "{acct}", "10", "--user", "amina"]),
        ("GUICHET_DB", ["search", "a"]),
        ("GUICHET_CENTRAL_URL", ["sync", "--once"]),
        (
            "GUICHET_CENTRAL_CREDENTIALS",
            ["sync", "--once", "--url", "postgresql://a@127.0.0.1:1/x"],
        ),
        ("GUICHET_NEW_PASSWORD", ["user", "passwd", "amina"]),
    ],
)
def test_an_environment_variable_that_is_not_utf8_is_refused_by_name_never_shown(
    db: Path, variable: str, argv: list[str]
) -> None:
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    acct = first_account(db)
    env: dict[str, str | bytes] = {"GUICHET_PASSWORD": "demo", variable: b"se\xffcret"}
    if variable != "GUICHET_DB":
        argv = ["--db", str(db), *argv]
    else:
        env[variable] = bytes(db) + b"\xff"
    proc = guichet(*(a.replace("{acct}", acct) for a in argv), env=env)
    err = one_line_refusal(proc, 1)
    assert f"The environment variable {variable} is not UTF-8 text" in err
    assert "se" not in err.split(variable)[1].split("UTF-8")[0] and "\\xff" not in err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


# --- part 5: stored settings that are not text ---------------------------------------------


def receipt_of_a_payment(db: Path) -> str:
    acct = first_account(db)
    env = {"GUICHET_PASSWORD": "demo"}
    opened = guichet("--db", str(db), "session", "open", "--user", "amina", "--float", "0", env=env)
    assert opened.returncode == 0, opened.stderr
    proc = guichet("--db", str(db), "pay", acct, "100", "--user", "amina", "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)["receipt_no"]


@pytest.mark.parametrize("locale", [b"a\xff_DZ", b"zz_!!\x1b[31m", b""])
def test_a_damaged_locale_falls_back_to_french_and_says_so_once(
    db: Path, tmp_path: Path, locale: bytes
) -> None:
    receipt = receipt_of_a_payment(db)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE settings SET value = CAST(? AS TEXT) WHERE key = 'locale'", (locale,))
    png = tmp_path / "r.png"
    proc = guichet("--db", str(db), "receipt", receipt, "--png", str(png))
    assert proc.returncode == 0, proc.stderr
    assert png.stat().st_size > 0
    err = assert_clean_for_a_terminal(proc.stderr)
    assert err.count("\n") == 1 and err.startswith("guichet: warning: the setting locale is")
    assert "using fr_DZ" in err


def test_a_required_setting_that_is_not_utf8_is_refused_naming_the_key(db: Path) -> None:
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE settings SET value = CAST(X'32ff' AS TEXT) WHERE key = 'agency_code'")
    proc = guichet(
        "--db", str(db), "session", "status", "--user", "amina", env={"GUICHET_PASSWORD": "demo"}
    )
    err = one_line_refusal(proc, 1)
    assert "The setting agency_code is '2\ufffd', not text in UTF-8" in err


def test_other_text_that_is_not_utf8_in_the_file_is_called_damaged_not_unavailable(
    db: Path,
) -> None:
    acct = make_hostile(db)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(
            "UPDATE accounts SET city = CAST(X'41ff' AS TEXT) WHERE account_no = ?", (acct,)
        )
    err = one_line_refusal(guichet("--db", str(db), "account", acct), 1)
    assert "is damaged (text that is not UTF-8" in err


# --- part 5: what --db points at -------------------------------------------------------------

READ_ONLY = [
    ["search", "a"],
    ["account", "2400000001"],
    ["audit", "verify"],
    ["check"],
    ["sync", "status"],
    ["session", "status", "--user", "amina"],
    ["receipt", "2401-T01-2026-000001", "--png", "{tmp}/r.png"],
    [
        "statement",
        "2400000001",
        "--from",
        "2026-01-01",
        "--to",
        "2026-02-01",
        "--out",
        "{tmp}/s.pdf",
    ],
    ["backup", "--out", "{tmp}/b.db"],
]


def _fill(argv: list[str], tmp: Path) -> list[str]:
    return [a.replace("{tmp}", str(tmp)) for a in argv]


@pytest.mark.parametrize("argv", READ_ONLY, ids=lambda a: " ".join(a[:2]))
def test_read_only_commands_leave_an_empty_file_empty(tmp_path: Path, argv: list[str]) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    proc = guichet("--db", str(empty), *_fill(argv, tmp_path), env={"GUICHET_PASSWORD": "demo"})
    err = one_line_refusal(proc, 1)
    assert "has no Guichet schema" in err
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]


@pytest.mark.parametrize("argv", READ_ONLY, ids=lambda a: " ".join(a[:2]))
def test_read_only_commands_never_write_to_another_programs_sqlite_file(
    tmp_path: Path, argv: list[str]
) -> None:
    other = tmp_path / "notes.sqlite"
    with closing(sqlite3.connect(other)) as conn, conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('keep me')")
    before = other.read_bytes()
    proc = guichet("--db", str(other), *_fill(argv, tmp_path), env={"GUICHET_PASSWORD": "demo"})
    assert "has no Guichet schema" in one_line_refusal(proc, 1)
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


@pytest.mark.parametrize("argv", [*READ_ONLY, ["init"]], ids=lambda a: " ".join(a[:2]))
def test_a_folder_given_as_the_database_is_called_a_folder(tmp_path: Path, argv: list[str]) -> None:
    folder = tmp_path / "guichet.db"
    folder.mkdir()
    proc = guichet("--db", str(folder), *_fill(argv, tmp_path), env={"GUICHET_PASSWORD": "demo"})
    err = one_line_refusal(proc, 1)
    assert f"{folder} is a folder, not a database file" in err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    "argv",
    [["search", "a"], ["check"], ["backup", "--out", "{tmp}/b.db"], ["init"]],
    ids=lambda a: a[0],
)
def test_a_device_or_a_named_pipe_is_named_for_what_it_is(tmp_path: Path, argv: list[str]) -> None:
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    err = one_line_refusal(guichet("--db", str(fifo), *_fill(argv, tmp_path), timeout=20), 1)
    assert "is a named pipe (FIFO), not a database file" in err
    err = one_line_refusal(guichet("--db", os.devnull, *_fill(argv, tmp_path)), 1)
    assert f"{os.devnull} is a device, not a database file" in err


def test_init_refuses_a_file_that_is_not_sqlite_and_leaves_it_alone(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n")
    err = one_line_refusal(guichet("--db", str(notes), "init"), 1)
    assert "not an SQLite database file" in err
    assert notes.read_text() == "not a database\n"


def test_init_still_builds_a_database_in_an_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "new.db"
    empty.touch()
    assert guichet("--db", str(empty), "init").returncode == 0
    assert empty.read_bytes().startswith(b"SQLite format 3\x00")
