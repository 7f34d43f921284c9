"""Variant keys of holders' names: what makes "Ben Ali", "BENALI", "بنعلي" and "بن علي" one name.

Why: a clerk types a name as they hear it. The search index keeps, beside the exact folded
words, one *variant key* per name part: the sound skeleton of the part (see
desktop.store.transliteration, the same for both scripts) after these rules:

- Particles (عبد بن ابن ابو بو ايت ولد; ben bel ibn abd abdel abou bou ait ou ould) are
  joined to the word that follows, whether typed joined or split: "Ben Ali" = "Benali" =
  "بن علي" = "بنعلي"; "Abd el Kader" = "Abdelkader" = "عبد القادر" = "عبدالقادر".
- The article (ال; el, al, l, and the assimilated es/er/ed/ez/et/en… of "Eddine") is
  optional: a word carrying it has two keys, with and without, and a standalone article
  is dropped, so شرايبي finds الشرايبي and "El Fassi" finds "Fassi".
- A compound whose second part carries the article (نور الدين, "Nour Eddine") is also keyed
  as one word ("Noureddine").
- A table of known equivalences (desktop/store/name_variants.txt, extended per company in
  the ``search_variants`` table) joins spellings that no rule reaches (Brahim = Ibrahim).

Keys are stored in the FTS index as ``KEY_MARK`` + key, so they never match an exact word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from importlib.resources import files

from desktop.store.transliteration import is_arabic, skeleton
from desktop.text import search_words

KEY_MARK = "1"
"""Prefix of variant keys in the search index (a digit: no name word starts with one)."""

ARABIC_PARTICLES = frozenset({"عبد", "بن", "ابن", "ابو", "بو", "ايت", "ولد", "اولاد"})
LATIN_PARTICLES = frozenset(
    {"ben", "bel", "ibn", "ibnou", "abd", "abdel", "abdal", "abdul", "abdou", "abou", "abu"}
    | {"bou", "ait", "ou", "ould", "oulad"}
)
LATIN_ARTICLES = frozenset({"el", "al", "l", "es", "er", "ed", "ez", "et", "en", "ech", "ej"})
_SUN = "tdrzsnlx"
_LATIN_ARTICLE_PREFIX = re.compile(rf"^(?:[ea]l(?=[^aeiouy])|[ea]([{_SUN}])(?=\1))")


def is_particle(word: str) -> bool:
    return word in ARABIC_PARTICLES or word in LATIN_PARTICLES


def is_article(word: str) -> bool:
    return word in LATIN_ARTICLES or word == "ال"


def strip_article(word: str) -> str:
    """The word without its article (الشرايبي → شرايبي, elhaj → haj, eddine → dine), or itself."""
    if is_arabic(word):
        if word.startswith("ال") and len(word) > 3:
            return word[2:]
        return word
    m = _LATIN_ARTICLE_PREFIX.match(word)
    if m and len(word) - m.end() >= 3:
        return word[m.end() :]
    return word


MIN_KEY = 2
"""Shorter keys ("a" for any word that is a vowel) would match too many names."""

LITERAL = "="
"""Marks, in a query's name parts, a word searched as itself (its key is too short)."""


def word_key(word: str) -> str:
    """The variant key of one (possibly joined) name word; "" when it has fewer than
    ``MIN_KEY`` sounds."""
    key = skeleton(word)
    if len(key) < MIN_KEY:
        return ""
    # "Abdelkader": the Latin "el" of a joined "abd" is the article that عبد القادر loses.
    if key.startswith("abdl") and len(key) > 5:
        key = "abd" + key[4:]
    return key


def _alternatives(word: str) -> set[str]:
    """Keys of a word with and without its article; a final ه (folded ta marbuta) is
    silent or a "t" (فاطمة = Fatima, حياة = Hayat)."""
    forms = {word, strip_article(word)}
    forms |= {f[:-1] + "ت" for f in forms if f.endswith("ه") and len(f) > 2}
    return {k for k in map(word_key, forms) if k}


def name_units(words: Sequence[str], *, query: bool = False) -> list[set[str]]:
    """The name parts of a sequence of folded words, each as its set of alternative keys.

    A particle takes the next word (after an optional article); a standalone article is
    dropped. A word without a key (digits, one vowel) gives no part in the index; in a
    ``query`` it gives the part ``LITERAL`` + the word, to be matched as typed.
    """
    units: list[set[str]] = []
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        if is_article(w) and i + 1 < n:
            i += 1
            continue
        if is_particle(w) and i + 1 < n:
            j = i + 1
            while j + 1 < n and is_article(words[j]):
                j += 1
            keys = _alternatives(w + words[j]) | _alternatives(w + strip_article(words[j]))
            if keys:
                units.append(keys)
            elif query:
                units.append({LITERAL + w})
                i += 1
                continue
            i = j + 1
            continue
        keys = _alternatives(w)
        if keys:
            units.append(keys)
        elif query:
            units.append({LITERAL + w})
        i += 1
    return units


def _compounds(words: Sequence[str]) -> set[str]:
    """Keys of "نور الدين" / "Nour Eddine" as one word: a word and the next one without its
    article, when the next one carries it."""
    out: set[str] = set()
    for a, b in zip(words, words[1:], strict=False):
        if is_particle(a) or is_article(a):
            continue
        stripped = strip_article(b)
        if stripped != b:
            key = word_key(a + stripped)
            if key:
                out.add(key)
    return out


def name_keys(*names: str | None) -> set[str]:
    """Every variant key of a holder's names (Arabic and Latin), for the index."""
    keys: set[str] = set()
    for name in names:
        if name:
            keys |= _keys_of(name)
    return keys


@lru_cache(maxsize=65536)
def _keys_of(name: str) -> frozenset[str]:
    """Keys of one name, cached: names repeat (at 1,000,000 accounts the index rebuild
    computes the keys of a few thousand distinct names, not of a million)."""
    words = search_words(name)
    keys: set[str] = set()
    for unit in name_units(words):
        keys |= unit
    return frozenset(keys | _compounds(words))


def index_tokens(*names: str | None) -> str:
    """The variant keys of a holder's names as FTS tokens (``KEY_MARK`` + key)."""
    return " ".join(sorted(KEY_MARK + k for k in name_keys(*names)))


# --- the table of known equivalences ----------------------------------------------------------


def parse_variants(lines: Iterable[str]) -> list[list[str]]:
    """Groups of spellings, one group a line, spellings separated by commas; '#' comments."""
    groups = []
    for line in lines:
        line = line.split("#", 1)[0]
        spellings = [s.strip() for s in line.split(",") if s.strip()]
        if len(spellings) > 1:
            groups.append(spellings)
    return groups


def _group_keys(spellings: Iterable[str]) -> set[str]:
    keys: set[str] = set()
    for spelling in spellings:
        for unit in name_units(search_words(spelling)):
            keys |= unit
    return keys


def equivalence_map(groups: Iterable[Iterable[str]]) -> dict[str, frozenset[str]]:
    """key → every key of the groups it belongs to."""
    out: dict[str, set[str]] = {}
    for group in groups:
        keys = _group_keys(group)
        for k in keys:
            out.setdefault(k, set()).update(keys)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def bundled_equivalences() -> dict[str, frozenset[str]]:
    """The equivalences shipped with Guichet (desktop/store/name_variants.txt)."""
    text = files("desktop.store").joinpath("name_variants.txt").read_text(encoding="utf-8")
    return equivalence_map(parse_variants(text.splitlines()))
