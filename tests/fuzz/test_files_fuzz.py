"""What Guichet reads from files and configuration, damaged in every way: tariff files,
backups given to `guichet restore`, the terminal settings, printer addresses, the central
credentials file.

Properties: a damaged input gives a ``DomainError`` naming the file or setting (never
another exception, never a traceback through the CLI), and nothing is written: a refused
restore leaves the database byte for byte as it was; a refused command leaves every table
as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.credentials import read_credentials
from desktop.devices.uri import parse_printer_uri
from desktop.domain.errors import MESSAGES, DomainError
from desktop.domain.tariffs import load_tariffs_from, quote
from tests.fuzz import strategies as fz
from tests.fuzz.conftest import World, assert_one_clear_refusal, examples, run_main, table_rows

SHIPPED = files("desktop.tariffs")
TARIFF = "sonelgaz-2016-residential-electricity"
TARIFF_TEXT = SHIPPED.joinpath(f"{TARIFF}.toml").read_text(encoding="utf-8")
TOML_VALUES = [
    '"1e999999"',
    '"-1"',
    '"NaN"',
    '"Infinity"',
    '"٣٫٥"',
    '""',
    '"0.00001"',
    "-1",
    "0",
    "1.5",
    "true",
    "1979-05-27",
    "1979-05-27T07:32:00",
    "[]",
    "{}",
    "[1, 2]",
    "9" * 30,
    '"' + "9" * 400 + '"',
    '"\\u0000"',
    "nan",
    "inf",
    '"1" ',
    "[[1]]",
    '"DZD"',
    '"MAD"',
    '"quarterly"',
    '"kWh"',
    '"sonelgaz-2016-residential-electricity"',
]


def _expect_domain_error(exc: DomainError, *codes: str) -> None:
    assert exc.code in codes, f"{exc.code}: {exc.message()}"
    assert MESSAGES[exc.code].format(**exc.params)


@st.composite
def damaged_tariffs(draw: st.DrawFn) -> bytes:
    """The shipped tariff file with values replaced, lines dropped or doubled, bytes
    truncated or flipped, or re-encoded."""
    lines = TARIFF_TEXT.splitlines()
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["value", "drop", "double", "junk"]))
        if op == "value" and "=" in lines[i]:
            key = lines[i].split("=", 1)[0]
            lines[i] = f"{key}= {draw(st.sampled_from(TOML_VALUES))}"
        elif op == "drop":
            del lines[i]
        elif op == "double":
            lines.insert(i, lines[i])
        else:
            lines.insert(i, draw(fz.nasty_text(20)))
        if not lines:
            break
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    tail = draw(st.sampled_from(["none", "truncate", "flip", "latin1", "utf16", "binary"]))
    if tail == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif tail == "flip" and data:
        i = draw(st.integers(0, len(data) - 1))
        data = data[:i] + bytes([data[i] ^ draw(st.integers(1, 255))]) + data[i + 1 :]
    elif tail == "latin1":
        data = "\n".join(lines).replace("Sonelgaz", "Société").encode("latin-1", "replace")
    elif tail == "utf16":
        data = "\n".join(lines).encode("utf-16")
    elif tail == "binary":
        data = draw(st.binary(max_size=300))
    return data


@settings(
    max_examples=examples(150),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(content=damaged_tariffs(), quantity=st.integers(0, 10**9))
def test_a_damaged_tariff_file_is_refused_by_name_or_quotes_without_crashing(
    tmp_path: Path, content: bytes, quantity: int
) -> None:
    folder = tmp_path / "tariffs"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    (folder / f"{TARIFF}.toml").write_bytes(content)
    try:
        tariffs = load_tariffs_from(folder)
    except DomainError as exc:
        _expect_domain_error(exc, "tariff.invalid")
        assert exc.params["file"] == f"{TARIFF}.toml"
        return
    for tariff in tariffs.values():
        try:
            q = quote(tariff, quantity)
        except DomainError as exc:
            _expect_domain_error(exc, "tariff.quantity_negative", "amount.too_large")
            continue
        assert q.total_minor >= 0 and q.total_minor < 2**63


def test_a_deeply_nested_tariff_file_is_refused_not_a_recursion_crash(tmp_path: Path) -> None:
    folder = tmp_path / "tariffs"
    folder.mkdir()
    (folder / f"{TARIFF}.toml").write_text("x = " + "[" * 100_000 + "]" * 100_000)
    with pytest.raises(DomainError) as refused:
        load_tariffs_from(folder)
    assert refused.value.code == "tariff.invalid"


# --------------------------------------------------------------------------- restore


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@st.composite
def damaged_backups(draw: st.DrawFn, good: bytes) -> bytes:
    kind = draw(st.sampled_from(["truncate", "flip", "header", "random", "empty", "zeros"]))
    if kind == "truncate":
        return good[: draw(st.integers(0, len(good) - 1))]
    if kind == "flip":
        data = bytearray(good)
        for _ in range(draw(st.integers(1, 20))):
            i = draw(st.integers(0, len(data) - 1))
            data[i] ^= draw(st.integers(1, 255))
        return bytes(data)
    if kind == "header":
        return good[:100] + draw(st.binary(min_size=0, max_size=5000))
    if kind == "random":
        return draw(st.binary(min_size=1, max_size=5000))
    if kind == "zeros":
        return bytes(len(good))
    return b""


RESTORE_CODES = (
    "backup.not_sqlite",
    "backup.not_guichet",
    "backup.damaged",
    "backup.newer_version",
    "backup.journal_broken",
    "backup.not_found",
    "restore.failed",
)


@settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(data=st.data())
def test_restoring_a_damaged_backup_is_refused_and_the_database_is_untouched(
    world: World, tmp_path: Path, data: st.DataObject
) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))  # one per example: a restore that
    db = folder / "live.db"  # succeeded leaves the replaced file next to the database
    shutil.copyfile(world.template, db)
    backup = folder / "backup.db"
    backup.write_bytes(data.draw(damaged_backups(world.template.read_bytes())))
    before = _digest(db)
    code, out, err = run_main(["--db", str(db), "restore", "--from", str(backup), "--json"])
    if code == 0:
        return  # a flip in unused bytes can leave a sound backup: then restoring it is right
    error = assert_one_clear_refusal(code, out, err, as_json=True)
    assert error and error["error"] in RESTORE_CODES, error
    assert _digest(db) == before
    assert sorted(p.name for p in folder.iterdir()) == ["backup.db", "live.db"]


# --------------------------------------------------------------------------- settings


SETTING_VALUES = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "abc",
            "-1",
            "0",
            "1e9",
            "NaN",
            "9" * 40,
            "٣",
            "1.5",
            "[]",
            "{",
            '{"residential_individual": "x"}',
            "null",
            "tcp://",
            "postgresql://",
            "2000,1000,abc",
            "2000x",
            "ar,xx",
            "DZD",
            "EUR",
        ]
    ),
    fz.nasty_text(20).map(lambda s: s.replace("\x00", "")),
)
SETTING_KEYS = [
    "max_payment_minor",
    "allow_credit",
    "currency",
    "locale",
    "company_name",
    "agency_code",
    "terminal_code",
    "close_tolerance_minor",
    "denominations",
    "plan_policy",
    "unusual_consumption_factor",
    "printer_uri",
    "printer_width",
    "printer_impl",
    "printer_fragment_height",
    "printer_drawer_pin",
    "printer_cut",
    "printer_profile",
    "receipt_languages",
    "receipt_header",
    "central_url",
    "central_credentials",
]
# Commands that read the settings; each is run against the damaged setting.
READERS = [
    ["pay", "{account}", "100", "--user", "amina"],
    ["session", "status", "--user", "karim"],
    ["session", "close", "--user", "amina", "--count", "2000x5"],
    ["plan", "propose", "{account}", "--down", "0", "--months", "3"],
    ["reading", "add", "{meter}", "1200", "--date", "{today}", "--user", "amina"],
    ["receipt", "{receipt}", "--escpos", "{out}"],
    ["printer", "queue"],
    ["sync", "--once", "--url", "postgresql://u@127.0.0.1:1/x"],
    ["account", "{account}"],
]


@settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(key=st.sampled_from(SETTING_KEYS), value=SETTING_VALUES, command=st.sampled_from(READERS))
def test_a_damaged_setting_gives_a_clear_refusal_never_a_traceback(
    world: World, fresh_db, tmp_path: Path, key: str, value: str, command: list[str]
) -> None:
    import datetime as dt
    import sqlite3
    from contextlib import closing

    db = fresh_db()
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))
    before = table_rows(db)
    fill = {
        "{account}": world.account_nos[0],
        "{meter}": world.meter_nos[0],
        "{receipt}": world.receipt_nos[0],
        "{out}": str(tmp_path / "r.bin"),
        "{today}": dt.date.today().isoformat(),
    }
    argv = ["--db", str(db), *(fill.get(a, a) for a in command)]
    code, out, err = run_main(
        argv,
        {"GUICHET_PASSWORD": "demo", "GUICHET_CENTRAL_URL": "", "GUICHET_CENTRAL_CREDENTIALS": ""},
    )
    if code == 0:
        return
    assert_one_clear_refusal(code, out, err, as_json=False)
    after = table_rows(db)
    if "rinter" in err:  # a print failure keeps the job queued, by design
        for t in ("print_jobs", "journal"):
            after.pop(t), before.pop(t)
    assert after == before, err


# --------------------------------------------------------------------------- small files


@settings(max_examples=examples(300), deadline=None)
@given(
    uri=st.one_of(
        fz.printer_uris(Path("/nonexistent")),
        fz.nasty_text(40),
        st.tuples(
            st.sampled_from(["tcp://", "usb://", "serial://", "file://", "cups://", "win://"]),
            fz.nasty_text(30),
        ).map("".join),
    )
)
@example(uri="TCP://[")  # found in a CI run: urlsplit's ValueError escaped
def test_any_printer_address_parses_or_is_refused_clearly(uri: str) -> None:
    try:
        address = parse_printer_uri(uri)
    except DomainError as exc:
        _expect_domain_error(exc, "printer.uri_invalid")
        return
    assert address.scheme in ("tcp", "usb", "serial", "cups", "win", "file")
    assert 0 < address.timeout < float("inf")
    assert 0 < address.port < 65536
    assert address.baudrate > 0


@settings(
    max_examples=examples(200),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    content=st.one_of(
        st.binary(max_size=5000),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.lists(
            st.tuples(
                st.sampled_from(["user", "password", "url", "", " password"]),
                st.sampled_from(["=", ":", " = "]),
                fz.nasty_text(20),
            ),
            max_size=4,
        ).map(lambda kv: "\n".join("".join(x) for x in kv).encode("utf-8", "surrogatepass")),
    )
)
def test_any_credentials_file_is_read_or_refused_clearly(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "central.cred"
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, content)
    os.close(fd)
    try:
        user, password = read_credentials(path)
    except DomainError as exc:
        _expect_domain_error(exc, "credentials.invalid")
        return
    assert password and "\n" not in password and "\x00" not in password
    assert re.fullmatch(r"[^\r\n]*", user)
    json.dumps([user, password])  # plain text, usable in a URL after quoting
