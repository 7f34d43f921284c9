"""The Unicode bidirectional algorithm (UAX #9), the part our documents need, with levels.

Why our own: we need the *embedding level of every character* to pick fonts, to shape each
right-to-left run in logical order and to mirror brackets. reportlab's bidi needs ``rlbidi``
(not installable here), and python-bidi 0.6 only returns the reordered string (no levels,
no mirroring). This module implements the rules for text with isolates (LRI, RLI, FSI ...
PDI, which ``desktop.money`` uses around amounts) and without the deprecated embeddings
and overrides (LRE, RLE, LRO, RLO, PDF are dropped): P2–P3, W1–W7, N1–N2, I1–I2, L1, L2
and L4 (mirroring). Bracket pairs (N0) are not resolved; brackets follow N1/N2. The tests
compare the visual order with python-bidi's full implementation on random strings.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_ISOLATE_OPEN = {LRI, RLI, FSI}
_DROPPED = set("\u202a\u202b\u202c\u202d\u202e")  # LRE RLE PDF LRO RLO
_STRONG = {"L", "R", "AL"}
_NEUTRAL = {"B", "S", "WS", "ON", "ISO"}  # ISO: a whole isolate seen from outside

MIRROR = {
    "(": ")",
    ")": "(",
    "[": "]",
    "]": "[",
    "{": "}",
    "}": "{",
    "<": ">",
    ">": "<",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "⁅": "⁆",
    "⁆": "⁅",
    "≤": "≥",
    "≥": "≤",
}


@dataclass(frozen=True, slots=True)
class VisualChar:
    """One character placed for display. Fields: char (mirrored when needed), level, index
    (its position in the line as given, bidi marks dropped: the reading order)."""

    char: str
    level: int
    index: int = -1


def first_strong(text: str) -> int | None:
    """P2–P3: 0 (LTR) or 1 (RTL) from the first strong character outside isolates."""
    depth = 0
    for ch in text:
        if ch in _ISOLATE_OPEN:
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            cls = unicodedata.bidirectional(ch)
            if cls == "L":
                return 0
            if cls in ("R", "AL"):
                return 1
    return None


def has_rtl(text: str) -> bool:
    """Whether anything in ``text`` could be laid out right to left."""
    return any(
        ch in (RLI, FSI) or (ch > "\u058f" and unicodedata.bidirectional(ch) in ("R", "AL", "AN"))
        for ch in text
    )


@lru_cache(maxsize=4096)
def visual(text: str, base_level: int | None = None) -> tuple[VisualChar, ...]:
    """The characters of one line in display order (left to right) with their levels.

    ``base_level``: 0 for a left-to-right paragraph, 1 for right-to-left, None to take it
    from the first strong character (LTR when there is none). Isolate and mark controls
    stay in the result (zero-width for the reader); callers drop them before drawing.
    """
    text = "".join(ch for ch in text if ch not in _DROPPED)
    if base_level is None:
        base_level = first_strong(text) or 0
    items = _resolve(text, base_level)
    return tuple(_flatten(_reorder(items, base_level)))


@dataclass(slots=True)
class _Item:
    """A character, or a whole isolate (``block`` laid out on its own), with its level."""

    char: str
    cls: str
    level: int = 0
    block: tuple[VisualChar, ...] | None = None
    index: int = -1


def _split_isolates(text: str, base_level: int) -> list[_Item]:
    """One item per character; each isolate (opener ... matching PDI) becomes one item."""
    items: list[_Item] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _ISOLATE_OPEN:
            depth, j = 1, i + 1
            while j < n and depth:
                if text[j] in _ISOLATE_OPEN:
                    depth += 1
                elif text[j] == PDI:
                    depth -= 1
                j += 1
            inner = text[i + 1 : j - 1] if depth == 0 else text[i + 1 : j]
            if ch == LRI:
                inner_base = 0
            elif ch == RLI:
                inner_base = 1
            else:
                inner_base = first_strong(inner) or 0
            # The isolate's own levels sit above the surrounding paragraph level.
            inner_level = (
                base_level + 1 if (base_level + 1) % 2 == inner_base % 2 else base_level + 2
            )
            block = tuple(
                VisualChar(v.char, v.level + inner_level - inner_base, v.index + i + 1)
                for v in visual(inner, inner_base)
            )
            closing = PDI if depth == 0 else ""
            marks = (VisualChar(ch, base_level, i), *block)
            if closing:
                marks = (*marks, VisualChar(closing, base_level, j - 1))
            items.append(_Item(ch + inner + closing, "ISO", block=marks))
            i = j
            continue
        cls = unicodedata.bidirectional(ch) or "L"
        if ch == PDI:  # unmatched PDI: a neutral
            cls = "ON"
        items.append(_Item(ch, cls, index=i))
        i += 1
    return items


def _resolve(text: str, base_level: int) -> list[_Item]:
    items = _split_isolates(text, base_level)
    sos = "R" if base_level % 2 else "L"
    types = [it.cls for it in items]
    n = len(types)
    # W1: non-spacing marks take the type of what precedes them.
    prev = sos
    for i, t in enumerate(types):
        if t == "NSM":
            types[i] = "ON" if prev == "ISO" else prev
        elif t != "BN":
            prev = types[i]
    # W2: European numbers after Arabic letters are Arabic numbers. W3: AL -> R.
    last = sos
    for i, t in enumerate(types):
        if t in _STRONG:
            last = t
        elif t == "EN" and last == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    # W4: one separator between two numbers of the same kind joins them.
    for i in range(1, n - 1):
        a, t, b = types[i - 1], types[i], types[i + 1]
        if t == "ES" and a == b == "EN" or t == "CS" and a == b and a in ("EN", "AN"):
            types[i] = a
    # W5: terminators (%, currency signs, #) next to European numbers become numbers.
    i = 0
    while i < n:
        if types[i] == "ET":
            j = i
            while j < n and types[j] == "ET":
                j += 1
            if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
                types[i:j] = ["EN"] * (j - i)
            i = j
        else:
            i += 1
    # W6: remaining separators and terminators are neutral.
    types = ["ON" if t in ("ES", "ET", "CS", "BN") else t for t in types]
    # W7: European numbers after left-to-right text are left to right.
    last = sos
    for i, t in enumerate(types):
        if t in ("L", "R"):
            last = t
        elif t == "EN" and last == "L":
            types[i] = "L"
    # N1/N2: neutrals between two of the same direction take it, others the embedding's.
    i = 0
    while i < n:
        if types[i] in _NEUTRAL:
            j = i
            while j < n and types[j] in _NEUTRAL:
                j += 1
            before = sos if i == 0 else _strong_of(types[i - 1])
            after = sos if j == n else _strong_of(types[j])
            fill = before if before == after else sos
            types[i:j] = [fill] * (j - i)
            i = j
        else:
            i += 1
    # I1/I2: implicit levels.
    for it, t in zip(items, types, strict=True):
        if base_level % 2 == 0:
            it.level = base_level + (1 if t == "R" else 2 if t in ("AN", "EN") else 0)
        else:
            it.level = base_level + (1 if t in ("L", "EN", "AN") else 0)
    # L1: trailing whitespace (and isolates next to it) goes back to the paragraph level.
    for it in reversed(items):
        if it.cls in ("WS", "ISO", "BN") or (it.cls == "ON" and it.char == PDI):
            it.level = base_level
        else:
            break
    for it in items:
        if it.cls in ("S", "B"):
            it.level = base_level
    return items


def _strong_of(t: str) -> str:
    return "R" if t in ("R", "AN", "EN") else "L"


def _reorder(items: list[_Item], base_level: int) -> list[_Item]:
    """L2: from the highest level down to the lowest odd one, reverse every run at or above it."""
    if not items:
        return items
    top = max(it.level for it in items)
    low_odd = min((it.level for it in items if it.level % 2), default=top + 1)
    out = list(items)
    for level in range(top, low_odd - 1, -1):
        i, n = 0, len(out)
        while i < n:
            if out[i].level >= level:
                j = i
                while j < n and out[j].level >= level:
                    j += 1
                out[i:j] = out[i:j][::-1]
                i = j
            else:
                i += 1
    return out


def _flatten(items: list[_Item]) -> list[VisualChar]:
    out: list[VisualChar] = []
    for it in items:
        if it.block is not None:
            out.extend(it.block)
        elif it.level % 2 and it.char in MIRROR:  # L4
            out.append(VisualChar(MIRROR[it.char], it.level, it.index))
        else:
            out.append(VisualChar(it.char, it.level, it.index))
    return out
