"""Corrections of an earlier day's payment: see ``desktop.use_cases.voids``.

Why a module of its own name: callers look for corrections by subject; the use case lives
beside the void because both are approved undo requests.
"""

from __future__ import annotations

from desktop.use_cases.voids import correct_payment

__all__ = ["correct_payment"]
