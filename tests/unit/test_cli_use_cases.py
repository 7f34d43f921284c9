"""The command line goes into the core through the use cases only (issue 15, decision 44).

Why read from the source: a command that opens ``store.read()`` or a unit of work itself, or
hands a session to a ``desktop.services`` function, chooses its own transaction and skips the
use case's permission check and its journal of refusals; nothing at run time would show it
until a refused command leaves no trace. So no module of ``cli/`` may open a transaction, name
a unit of work, import a service function that takes a session, a unit of work or the store,
or import a session type or the store's rows and queries. Types and constants of the services
(``PaymentRequest``, ``VOID_REASONS``, ``Store`` as an annotation) are plain values and allowed.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest

CLI = Path(__file__).resolve().parents[2] / "cli"
SOURCES = sorted(CLI.glob("*.py"))

ALLOWED: dict[str, str] = {
    # `guichet audit verify` (and `check`, which shares it): an integrity check of the journal,
    # maybe of a damaged or tampered file, with the raw reads ``desktop.audit`` runs on a
    # session or a bare connection. No user, no business action: not a use case.
    "audit.py": "the journal audit reads the file itself",
    # `guichet check`, `backup`, `restore`: they work on a database file (often not the open
    # terminal's, or one to be replaced) through a bare engine, before any store or user.
    "maintenance.py": "file maintenance on a bare engine",
}
"""Modules allowed to open a transaction themselves, each for the reason given."""

OPENERS = {"read", "unit_of_work"}
"""Methods of the store that open a transaction, wherever they are called."""
CONTEXT_OPENERS = {"connect", "begin"}
"""Methods that open a transaction when used as ``with x.connect() as conn``."""
TRANSACTION_TYPES = {"Session", "Connection", "UnitOfWork", "sessionmaker"}
TRANSACTION_PARAMS = {"session", "uow", "store", "conn", "connection"}


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _takes_a_transaction(obj: object) -> bool:
    """A service function whose parameters include a session, unit of work, store or
    connection (by name or by annotation): calling it from the command line would mean
    owning the transaction it runs in."""
    if not inspect.isfunction(obj):
        return False
    for param in inspect.signature(obj).parameters.values():
        annotation = str(param.annotation)
        if param.name in TRANSACTION_PARAMS or any(t in annotation for t in TRANSACTION_TYPES):
            return True
    return False


def _import_offences(node: ast.stmt) -> Iterator[str]:
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name.startswith(("desktop.services", "desktop.store", "sqlalchemy.orm")):
                yield f"import {alias.name}"
        return
    if not isinstance(node, ast.ImportFrom) or not node.module or node.level:
        return
    module, names = node.module, [a.name for a in node.names]
    if module.startswith("desktop.services"):
        loaded = importlib.import_module(module)
        for name in names:
            if _takes_a_transaction(getattr(loaded, name, None)):
                yield f"from {module} import {name} (takes a transaction: use desktop.use_cases)"
    elif module == "desktop.store.db":
        yield from (f"from {module} import {n}" for n in names if n != "Store")
    elif module.startswith("desktop.store") or module.startswith("sqlalchemy.orm"):
        yield f"from {module} import {', '.join(names)}"
    elif module.startswith("sqlalchemy"):
        yield from (f"from {module} import {n}" for n in names if n in TRANSACTION_TYPES)


def offences(path: Path) -> list[str]:
    """Each place in ``path`` that opens a transaction or reaches under the use cases."""
    tree = _tree(path)
    found: list[str] = []
    in_with = {
        id(item.context_expr)
        for node in ast.walk(tree)
        if isinstance(node, ast.With | ast.AsyncWith)
        for item in node.items
    }
    for node in ast.walk(tree):
        where = f"{path.name}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            attr = node.func.attr
            if attr in OPENERS or (attr in CONTEXT_OPENERS and id(node) in in_with):
                found.append(f"{where}: {ast.unparse(node)} opens a transaction")
        elif isinstance(node, ast.Name) and node.id == "uow":
            found.append(f"{where}: a unit of work")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            found += [f"{where}: {o}" for o in _import_offences(node)]
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_cli_module_opens_a_transaction_or_calls_a_service_with_one(path: Path) -> None:
    if path.name in ALLOWED:
        pytest.skip(f"allowed: {ALLOWED[path.name]}")
    assert offences(path) == []


@pytest.mark.parametrize("name", sorted(ALLOWED))
def test_every_allowed_module_still_needs_its_exception(name: str) -> None:
    """An exception nobody uses any more is removed, so the list stays short and true."""
    assert (CLI / name).exists(), name
    assert offences(CLI / name), f"{name} no longer opens a transaction: remove it from ALLOWED"


def test_the_check_sees_a_transaction_opened_by_a_command(tmp_path: Path) -> None:
    """The test itself catches the shapes it is meant to catch."""
    source = (
        "from desktop.services.payments import PaymentRequest, take_payment\n"
        "from desktop.store.models import Setting\n"
        "from sqlalchemy.orm import Session\n"
        "def cmd(store):\n"
        "    with store.unit_of_work() as uow:\n"
        "        take_payment(uow, None, None)\n"
        "    with store.read() as s:\n"
        "        pass\n"
        "    with engine.connect() as conn:\n"
        "        pass\n"
    )
    probe = tmp_path / "probe.py"
    probe.write_text(source, encoding="utf-8")
    text = "\n".join(offences(probe))
    assert "take_payment" in text and "PaymentRequest" not in text
    assert "desktop.store.models" in text and "sqlalchemy.orm" in text
    assert "store.unit_of_work()" in text and "store.read()" in text
    assert "engine.connect()" in text and "a unit of work" in text
