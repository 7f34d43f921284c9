"""`guichet` sub-commands of the reports package (registered through the guichet.commands entry point)."""

from __future__ import annotations

from typing import Any


def register(subparsers: Any) -> None:
    """Add this module's sub-commands to the `guichet` parser."""
