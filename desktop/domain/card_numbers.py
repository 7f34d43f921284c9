"""Full card numbers (PANs) are never stored: one detector for every free-text field.

Why one function for every field: a card number typed into a note, an e-mail address, a
till-close justification or a terminal reference ends up in the append-only journal and in
outbox items bound for central, where it can never be erased. Each use case calls
``refuse_card_number`` on every free text it is about to write, before anything is written.

What counts as a card number: 13 to 19 digits passing the Luhn check, whatever separates
them (spaces, dots, dashes, slashes, underscores or any other run of up to
``MAX_SEPARATOR`` characters that are neither letters nor digits), in ASCII, Arabic-Indic
or Persian digits (any Unicode decimal digit). Digits are read in groups (maximal runs of
digits); a candidate is any run of consecutive groups, starting and ending at group
boundaries, with 13 to 19 digits in all. A letter ends a run. So "ref 12 4111 1111 1111
1111" is caught (the last four groups), while a UUID or a hex digest is not (its letters
cut it into short runs).
"""

from __future__ import annotations

import unicodedata

from desktop.domain.errors import DomainError

MIN_DIGITS = 13
MAX_DIGITS = 19
MAX_SEPARATOR = 3
"""Longest run of non-letter, non-digit characters still read as a separator inside a
number ("4111 - 1111"); a longer gap ends the number."""


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check of a string of ASCII digits."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _digit(ch: str) -> str | None:
    value = unicodedata.decimal(ch, None)
    return None if value is None else chr(48 + value)


def _runs(text: str) -> list[list[str]]:
    """Runs of digit groups: groups separated by short non-letter gaps."""
    runs: list[list[str]] = []
    groups: list[str] = []
    group = ""
    gap = 0
    for ch in text:
        digit = _digit(ch)
        if digit is not None:
            if not group and groups and gap > MAX_SEPARATOR:
                runs.append(groups)
                groups = []
            group += digit
            gap = 0
            continue
        if group:
            groups.append(group)
            group = ""
        if ch.isalpha():
            if groups:
                runs.append(groups)
                groups = []
            gap = 0
        else:
            gap += 1
    if group:
        groups.append(group)
    if groups:
        runs.append(groups)
    return runs


def find_card_number(text: str | None) -> str | None:
    """The first Luhn-valid 13–19 digit sequence in ``text`` (ASCII digits), or None."""
    if not text:
        return None
    for groups in _runs(text):
        for start in range(len(groups)):
            digits = ""
            for group in groups[start:]:
                digits += group
                if len(digits) > MAX_DIGITS:
                    break
                if len(digits) >= MIN_DIGITS and luhn_valid(digits):
                    return digits
    return None


def refuse_card_number(field: str, text: str | None) -> None:
    """Raise ``text.card_number`` when ``text`` holds what looks like a full card number.

    The message names the field and shows only the last four digits: the refused text
    itself is never echoed, logged or written anywhere.
    """
    found = find_card_number(text)
    if found is not None:
        raise DomainError("text.card_number", field=field, last4=found[-4:])


def refuse_card_numbers(fields: dict[str, str | None]) -> None:
    """``refuse_card_number`` on each (field name, text) pair, in order."""
    for field, value in fields.items():
        refuse_card_number(field, value)
