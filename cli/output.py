"""The one way `guichet` writes to a terminal: text, JSON and refusals, all made safe.

Why one writer: names, addresses and notes come from central and from whoever typed them,
and a command prints them. An ``ESC [ 2 J`` in a name would clear the user's screen, a
``\\x9b`` is CSI on 8-bit terminals, a U+202E reverses what follows it, and ``jq -r`` turns
a JSON ``"\\u001b"`` back into a raw ESC. Every command prints
through ``emit``, ``write`` and ``fail`` here, which pass all text through
``desktop.text.display_safe``; a test checks that no other CLI module calls ``print``.
Guichet's own CLI text holds no bidi controls (amounts print as ``1250.00 DZD``), so the
whole output can be cleaned, not only the data in it.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from typing import Any

from desktop.text import display_safe

_CONTROL = {c: f"\\x{c:02x}" for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]}
"""Control characters echoed from what was typed (a name with a line break...) are shown
escaped in a refusal, so it stays one line, cannot forge further lines, and still shows
what was typed."""


def clean(data: Any, *, multiline: bool = True) -> Any:
    """JSON-ready ``data`` with every string (keys too) passed through ``display_safe``."""
    if isinstance(data, str):
        return display_safe(data, multiline=multiline)
    if isinstance(data, dict):
        return {clean(k, multiline=False): clean(v, multiline=multiline) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [clean(v, multiline=multiline) for v in data]
    return data


def write(text: str, *, err: bool = False, flush: bool = False) -> None:
    """One line (or several) of text for a person, on stdout or stderr."""
    print(display_safe(text, multiline=True), file=sys.stderr if err else sys.stdout, flush=flush)


def emit(
    data: Any, as_json: bool, text: str | Callable[[], str], *, indent: int | None = 2
) -> None:
    """A command's result: ``data`` as JSON with ``--json``, else the text (built lazily)."""
    if as_json:
        print(json.dumps(clean(data), ensure_ascii=False, indent=indent))
    else:
        write(text() if callable(text) else text)


class WarningsToStderr(logging.Handler):
    """Warnings of the core (a damaged setting it worked around), kept until the command
    ends, then shown as ``guichet: warning: ...`` lines on stderr after a success (stdout
    stays the result, valid JSON), each once; after a refusal only the refusal's one line is
    shown: it is what must be dealt with first."""

    def __init__(self, level: int) -> None:
        super().__init__(level)
        self.pending: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = display_safe(record.getMessage())
        if message not in self.pending:
            self.pending.append(message)

    def flush_to_stderr(self, show: bool) -> None:
        pending, self.pending = self.pending, []
        for message in pending if show else ():
            write(f"guichet: warning: {message}", err=True)


_WARNINGS = WarningsToStderr(logging.WARNING)


def collect_warnings() -> None:
    """Collect the core's warnings (logger ``guichet``) for ``show_warnings``; idempotent."""
    logger = logging.getLogger("guichet")
    if _WARNINGS not in logger.handlers:
        logger.addHandler(_WARNINGS)
        logger.propagate = False  # a library's root handler would print them a second time
    _WARNINGS.pending = []


def show_warnings(succeeded: bool) -> None:
    """Print the warnings collected during the command (only after a success)."""
    _WARNINGS.flush_to_stderr(succeeded)


def fail(error: dict[str, Any], as_json: bool, *, extra: dict[str, Any] | None = None) -> None:
    """A refusal: one JSON object on stdout with ``--json``, else ``guichet: message`` on
    stderr. ``extra`` adds fields to the JSON object (a check's findings)."""
    if as_json:
        body = clean(error, multiline=False)
        if extra:
            body = clean(extra) | body
        print(json.dumps(body, ensure_ascii=False, indent=2 if extra else None))
    else:
        message = str(error["message"]).translate(_CONTROL)
        print(f"guichet: {display_safe(message)}", file=sys.stderr)
