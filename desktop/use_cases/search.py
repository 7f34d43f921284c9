"""Account search by subject name: see ``desktop.use_cases.accounts``."""

from __future__ import annotations

from desktop.use_cases.accounts import search_accounts

__all__ = ["search_accounts"]
