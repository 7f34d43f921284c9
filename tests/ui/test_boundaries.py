"""What the window's code may touch, read from its source (no widget is built here).

Why these tests: the action groups used to reach into ``MainWindow`` (its message line, its
till dialog, ``_say``), dialogs chose their own transactions, and closures went to the worker
unnamed. These checks keep the one way in: the window's ``WindowHost`` protocol for the
groups, named operations for the worker, use cases for transactions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ui.host import WindowHost

UI = Path(__file__).resolve().parents[2] / "ui"
SOURCES = sorted(p for p in UI.rglob("*.py") if "i18n" not in p.parts or p.name != "update.py")


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _is_own(node: ast.expr) -> bool:
    """``self``/``cls`` or ``super()``: an object's own attributes."""
    if isinstance(node, ast.Name):
        return node.id in ("self", "cls")
    return (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "super"
    )


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(UI)))
def test_no_class_in_ui_reads_another_objects_private_attribute(path: Path) -> None:
    found = [
        f"{path.name}:{node.lineno}: {ast.unparse(node)}"
        for node in ast.walk(_tree(path))
        if isinstance(node, ast.Attribute) and _private(node.attr) and not _is_own(node.value)
    ]
    assert not found, "private attributes of another object:\n" + "\n".join(found)


def _host_members() -> set[str]:
    members = set()
    for klass in WindowHost.__mro__:
        if klass is object:
            continue
        members |= {n for n in vars(klass) if not n.startswith("_")}
    return members


@pytest.mark.parametrize("name", ["back_office.py", "counter_tools.py"])
def test_the_action_groups_ask_the_window_only_what_window_host_offers(name: str) -> None:
    tree = _tree(UI / name)
    imported = {
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module is not None
    }
    assert "ui.main_window" not in imported
    members = _host_members()
    asked = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        value = node.value
        via_self = (
            isinstance(value, ast.Attribute) and value.attr == "host" and _is_own(value.value)
        )
        # ``h = self.host`` is the one local alias the groups use; ``host`` the parameter.
        via_name = isinstance(value, ast.Name) and value.id in ("h", "host")
        if via_self or via_name:
            asked.add(node.attr)
    assert asked, "the group should use its host"
    assert asked <= members, f"not in WindowHost: {sorted(asked - members)}"


def _calls(path: Path, attribute: str, on: str = "") -> list[str]:
    """Where ``<x>.attribute(...)`` is called (``x`` ending with ``on`` when given)."""
    return [
        f"{path.name}:{node.lineno}"
        for node in ast.walk(_tree(path))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == attribute
        and ast.unparse(node.func.value).endswith(on)
    ]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(UI)))
def test_work_reaches_the_worker_only_as_a_named_operation(path: Path) -> None:
    if path.name in ("operations.py", "worker.py"):
        return
    assert not _calls(path, "submit"), "use ReadOp/WriteOp(...).run(worker)"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(UI)))
def test_the_window_never_opens_a_transaction_itself(path: Path) -> None:
    opened = _calls(path, "unit_of_work") + _calls(path, "read", on="store")
    assert not opened, "a use case owns the transaction: call desktop.use_cases instead"


def _operation_names() -> dict[str, str]:
    """Every ``ReadOp("name", ...)``/``WriteOp("name", ...)`` of ``ui/`` (and the users
    forms' ``self.run("name", ...)``, which makes the ``WriteOp``): name -> file."""
    names = {}
    for path in SOURCES:
        for node in ast.walk(_tree(path)):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func, first = node.func, node.args[0]
            if isinstance(func, ast.Name) and func.id in ("ReadOp", "WriteOp"):
                if isinstance(first, ast.Name) and path.name == "users_dialog.py":
                    continue  # the forms' helper: its callers are collected below
                choices = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
            elif isinstance(func, ast.Attribute) and func.attr == "run" and _is_own(func.value):
                choices = [first] if isinstance(first, ast.Constant) else []
            else:
                continue
            for choice in choices:
                assert isinstance(choice, ast.Constant), f"{path.name}:{node.lineno}: name it"
                names[choice.value] = path.name
    return names


def test_every_operation_has_its_own_progress_text(counter) -> None:
    """A name the table does not know would show the clerk a bare "Working…"."""
    from ui.operations import progress_text

    counter.set_language("en")
    names = _operation_names()
    assert len(names) > 30
    generic = progress_text("")
    assert not [n for n in names if progress_text(n) == generic]
