"""The labelled search set (tests/search_queries.json): how it is built, how it is scored.

Why: issue #17 asks for search quality to be measured, not guessed. The set holds queries a
clerk would type for holders of the demo data (desktop/demo.py, desktop/demo_data.py): the
name as written, as written in the other script, spelling variants heard at the counter,
particles joined or split, Persian-layout letters, one-letter typos. Each query names the
holder it is meant to find; a hit is *relevant* when it names the same person (same Arabic
name, same Latin name), and for the cross-script kind when it is a holder known only in the
other script.

The demo gives every holder both names; so that cross-script search is measured, the
holders with some first names are made known only by the Arabic name (``ARABIC_ONLY``) and
those with some others only by the Latin name (``LATIN_ONLY``) — ``blank_names`` does it, on
every database the set runs on. Whole names, not some holders: a Latin query for an
Arabic-only name must then reach it whatever the number of accounts, instead of being
outranked by the same name written in Latin.

Regenerate the set with ``.venv/bin/python tests/search_quality.py`` (deterministic).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.bootstrap import init_database
from desktop.demo import build_demo
from desktop.demo_data import FIRST_NAMES_F, FIRST_NAMES_M, PROFILES
from desktop.store.db import Store
from desktop.store.search import SearchHit, index_accounts, search_accounts

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "tests" / "search_queries.json"
ACCOUNTS = 3000  # per profile, for the set and the test
TODAY = dt.date(2026, 11, 23)
KINDS = (
    "latin exact",
    "arabic exact",
    "latin variant",
    "arabic variant",
    "particles",
    "cross-script",
    "typo",
)


def build_db(path: Path, profile: str, accounts: int = ACCOUNTS) -> Store:
    """A demo database of one profile (1 month of history: only names matter here)."""
    store = init_database(path)
    build_demo(store, accounts=accounts, seed=1, profile=profile, months=1, today=TODAY)
    blank_names(store)
    return store


ARABIC_ONLY = ("ياسين", "حياة", "سفيان", "زينب", "بلال", "سلمى")
LATIN_ONLY = ("Kamel", "Houda", "Omar", "Meriem", "Farid", "Nadia")


def blank_names(store: Store) -> None:
    """Make the holders of ``ARABIC_ONLY`` first names Arabic-only, those of ``LATIN_ONLY``
    Latin-only, and reindex them."""
    ar = " OR ".join(f"name_ar LIKE '{n} %'" for n in ARABIC_ONLY)
    latin = " OR ".join(f"name_latin LIKE '% {n}'" for n in LATIN_ONLY)
    person = "category LIKE 'residential%'"
    with store.engine.begin() as conn:
        conn.execute(text(f"UPDATE accounts SET name_latin = '' WHERE {person} AND ({ar})"))
        conn.execute(text(f"UPDATE accounts SET name_ar = '' WHERE {person} AND ({latin})"))
        rows = conn.execute(
            text(
                "SELECT id, name_ar, name_latin, address, city, district FROM accounts "
                "WHERE name_ar = '' OR name_latin = ''"
            )
        ).all()
        for start in range(0, len(rows), 5000):
            index_accounts(conn, [tuple(r) for r in rows[start : start + 5000]])


# ---------------------------------------------------------------------------- variants


def _latin_variants(word: str) -> list[str]:
    """How a clerk may spell a Latin name word heard at the counter."""
    w = word
    low = w.lower()
    out = []
    table = {
        "mohamed": ["Mohammed", "Muhammad", "Mehamed", "Mouhamed"],
        "ahmed": ["Ahmad", "Ahmet"],
        "abdelkader": ["Abd el Kader", "Abdel Kader", "Abdelkadir", "Abdelkhader"],
        "khadidja": ["Khadija", "Khedidja", "Kadija"],
        "yacine": ["Yassine", "Yasin"],
        "fatima zohra": ["Fatma Zahra", "Fatima Zahra", "Fatimazohra"],
        "benaissa": ["Ben Aissa", "Benaiça"],
        "chraibi": ["Chraybi", "Chrayebi", "Cheraibi"],
        "benjelloun": ["Ben Jelloun", "Benjeloun"],
        "ait el haj": ["Ait Elhaj", "Ait El Hadj", "Aït Lhaj"],
        "brahim": ["Ibrahim"],
        "smail": ["Ismail"],
        "youcef": ["Youssef", "Yousef", "Yusuf"],
        "mostefa": ["Mustapha", "Moustafa", "Mostafa"],
        "hocine": ["Houcine", "Hussein"],
        "abderrahmane": ["Abd Errahmane", "Abderahman", "Abdurrahman"],
        "noureddine": ["Nour Eddine", "Nourredine", "Nureddine"],
        "aicha": ["Aisha", "Aïcha"],
        "meriem": ["Meryem", "Mariem"],
        "naouel": ["Nawel", "Nawal"],
        "el fassi": ["Fassi", "Elfassi"],
        "el idrissi": ["Idrissi", "Drissi", "Elidrissi"],
        "el hassani": ["Hassani", "Elhassani"],
        "ouazzani": ["Wazzani", "Ouazani"],
        "alaoui": ["Alaoui", "Alawi"],
        "kadiri": ["Qadiri", "Kadiry"],
        "sqalli": ["Skalli", "Sqali"],
        "kettani": ["Kittani", "Ketani"],
        "zerrouki": ["Zerouki"],
        "bougherra": ["Bouguerra"],
        "haddad": ["Hadad"],
        "chérif": ["Cherif", "Sherif", "Chrif"],
        "bélaïd": ["Belaid", "Bel Aid"],
        "aït ahmed": ["Ait Ahmed", "Aitahmed"],
        "kacemi": ["Kassemi", "Qasmi"],
        "hichem": ["Hicham", "Hisham"],
        "sofiane": ["Soufiane", "Sufyan"],
        "kamel": ["Kamal"],
        "rachid": ["Rachide", "Rashid"],
        "mansouri": ["Mansuri", "El Mansouri"],
        "amrani": ["El Amrani", "Amrany"],
        "leila": ["Leïla", "Layla"],
        "zineb": ["Zeineb", "Zaynab"],
        "houda": ["Hoda", "Huda"],
        "souad": ["Suad", "Souade"],
        "omar": ["Omer", "Oumar"],
    }
    out += table.get(low, [])
    # Generic rules, each giving one spelling different from the word.
    rules: list[tuple[str, str]] = [
        ("ou", "u"),
        ("dj", "j"),
        ("ch", "sh"),
        ("kh", "k"),
        ("ss", "s"),
        ("rr", "r"),
        ("ll", "l"),
        ("tt", "t"),
        ("nn", "n"),
        ("e", "a"),
        ("i", "e"),
    ]
    for old, new in rules:
        if old in low and not (old == "i" and low.startswith("ai")):
            out.append(low.replace(old, new, 1).capitalize())
    soft_c = re.sub(r"c(?=[eiy])", "ss", low, count=1)
    if soft_c != low:
        out.append(soft_c.capitalize())
    if low.endswith("e"):
        out.append(low[:-1].capitalize())
    elif low[-1] not in "aeiouy":
        out.append((low + "e").capitalize())
    for particle in ("ben", "bou", "bel"):
        if low.startswith(particle) and len(low) > len(particle) + 2:
            out.append(f"{particle.capitalize()} {low[len(particle) :].capitalize()}")
    return [v for v in dict.fromkeys(out) if v.lower() != low]


_PERSIAN = str.maketrans({"ي": "ی", "ك": "ک"})


def _arabic_variants(words: str) -> list[str]:
    """How an Arabic name may be typed: Persian-layout letters, hamza and ta marbuta
    forms, the article dropped, particles joined or split."""
    out = []
    if "ي" in words or "ك" in words:
        out.append(words.translate(_PERSIAN))
    plain = words.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")
    if plain != words:
        out.append(plain)
    if "ة" in words:
        out.append(words.replace("ة", "ه"))
    if words.endswith("ى") or "ى " in words:
        out.append(words.replace("ى", "ي"))
    dropped = re.sub(r"(^| )ال", r"\1", words)
    if dropped != words:
        out.append(dropped)
    joined = re.sub(r"(^| )(بن|عبد|أيت|بو) ", r"\1\2", words)
    if joined != words:
        out.append(joined)
    return [v for v in dict.fromkeys(out) if v != words]


def _typo(word: str, rng: random.Random) -> str:
    """One edit: a letter dropped, doubled, swapped with the next, or replaced by a
    neighbour on the keyboard."""
    letters = list(word)
    i = rng.randrange(1, len(letters) - 1)
    how = rng.choice(("drop", "swap", "sub", "add"))
    if how == "drop":
        del letters[i]
    elif how == "swap":
        letters[i], letters[i + 1] = letters[i + 1], letters[i]
    elif how == "add":
        letters.insert(i, letters[i])
    else:
        near = "qwertyuiopasdfghjklzxcvbnm" if word.isascii() else "ضصثقفغعهخحجدشسيبلاتنمكطذرزوةى"
        j = near.index(letters[i].lower()) if letters[i].lower() in near else 0
        letters[i] = near[(j + 1) % len(near)]
    typo = "".join(letters)
    return typo if typo != word else word[:-1]


# ---------------------------------------------------------------------------- the set


@dataclass(frozen=True, slots=True)
class Holder:
    """A demo holder: first and family names in both scripts, and which one the DB keeps."""

    first_ar: str
    first_latin: str
    family_ar: str
    family_latin: str
    only: str  # "", "ar" (Arabic-only holder) or "latin"

    @property
    def name_ar(self) -> str:
        return f"{self.first_ar} {self.family_ar}"

    @property
    def name_latin(self) -> str:
        return f"{self.family_latin.upper()} {self.first_latin}"


def _holders(store: Store, profile: str) -> list[Holder]:
    """The demo holders of a database, their names recovered in both scripts."""
    pairs = FIRST_NAMES_M + FIRST_NAMES_F
    first_by_ar = dict(pairs)
    first_by_latin = {latin: ar for ar, latin in pairs}
    families = dict(PROFILES[profile].families)
    family_by_upper = {latin.upper(): ar for ar, latin in families.items()}
    out = []
    with store.read() as s:
        rows = s.execute(
            text("SELECT name_ar, name_latin FROM accounts WHERE category LIKE 'residential%'")
        ).all()
    for name_ar, name_latin in rows:
        if name_ar:
            first_ar, _, family_ar = name_ar.partition(" ")
            if first_ar not in first_by_ar:  # a compound first name
                first_ar = " ".join(name_ar.split()[:2])
                family_ar = name_ar[len(first_ar) + 1 :]
            if first_ar in first_by_ar and family_ar in families:
                only = "" if name_latin else "ar"
                latin = (first_by_ar[first_ar], families[family_ar])
                out.append(Holder(first_ar, latin[0], family_ar, latin[1], only))
        elif name_latin:
            for upper, family_ar in family_by_upper.items():
                first = name_latin[len(upper) + 1 :]
                if name_latin.startswith(upper + " ") and first in first_by_latin:
                    latin_family = families[family_ar]
                    out.append(
                        Holder(first_by_latin[first], first, family_ar, latin_family, "latin")
                    )
                    break
    return out


def make_queries(holders: dict[str, list[Holder]], seed: int = 17) -> list[dict[str, object]]:
    """Queries of every kind for holders of both profiles, deterministically."""
    rng = random.Random(seed)
    queries: list[dict[str, object]] = []

    def add(kind: str, profile: str, h: Holder, q: str, script_only: str = "") -> None:
        queries.append(
            {
                "kind": kind,
                "profile": profile,
                "query": q,
                "name_ar": h.name_ar,
                "name_latin": h.name_latin,
                "only": script_only,
            }
        )

    for profile, hs in holders.items():
        both = [h for h in hs if not h.only]
        rng.shuffle(both)
        for h in both[:25]:
            add(
                "latin exact",
                profile,
                h,
                rng.choice([h.name_latin, f"{h.first_latin} {h.family_latin}".lower()]),
            )
        for h in both[25:50]:
            add("arabic exact", profile, h, h.name_ar)
        n = 0
        for h in both[50:]:
            if n >= 45:
                break
            options = [(v, h.first_latin) for v in _latin_variants(h.family_latin)]
            options += [(h.family_latin, v) for v in _latin_variants(h.first_latin)]
            if not options:
                continue
            family, first = rng.choice(options)
            add("latin variant", profile, h, rng.choice([f"{family} {first}", f"{first} {family}"]))
            n += 1
        n = 0
        for h in both[100:]:
            if n >= 25:
                break
            options = _arabic_variants(h.name_ar)
            if options:
                add("arabic variant", profile, h, rng.choice(options))
                n += 1
        n = 0
        for h in both[130:]:
            if n >= 20:
                break
            fam = h.family_latin
            low = fam.lower().replace("ï", "i").replace("é", "e")
            if low.startswith(("ben", "bou", "bel", "ait", "aït", "el ")) or " " in low:
                split = low.replace(" ", "") if " " in low else f"{low[:3]} {low[3:]}"
                add("particles", profile, h, f"{split.upper()} {h.first_latin}")
                n += 1
            elif h.family_ar.startswith(("بن ", "عبد ", "أيت ", "ال")):
                joined = h.family_ar.replace(" ", "") if " " in h.family_ar else h.family_ar[2:]
                add("particles", profile, h, f"{h.first_ar} {joined}")
                n += 1
        ar_only = [h for h in hs if h.only == "ar"]
        latin_only = [h for h in hs if h.only == "latin"]
        rng.shuffle(ar_only)
        rng.shuffle(latin_only)
        for h in ar_only[:12]:
            add("cross-script", profile, h, f"{h.first_latin} {h.family_latin}", "ar")
        for h in latin_only[:12]:
            add("cross-script", profile, h, h.name_ar, "latin")
        n = 0
        for h in both[160:]:
            if n >= 30:
                break
            if n % 2:
                words = h.name_latin.split()
                k = max(range(len(words)), key=lambda i: len(words[i]))
                if len(words[k]) < 5:
                    continue
                words[k] = _typo(words[k], rng)
            else:
                words = h.name_ar.split()
                k = max(range(len(words)), key=lambda i: len(words[i]))
                if len(words[k]) < 4:
                    continue
                words[k] = _typo(words[k], rng)
            add("typo", profile, h, " ".join(words))
            n += 1
    return queries


def generate() -> list[dict[str, object]]:
    holders = {}
    with tempfile.TemporaryDirectory() as tmp:
        for profile in ("dz", "ma"):
            store = build_db(Path(tmp) / f"{profile}.db", profile)
            holders[profile] = _holders(store, profile)
            store.dispose()
    return make_queries(holders)


# ---------------------------------------------------------------------------- scoring


def relevant(hit: SearchHit, q: dict[str, object]) -> bool:
    """The hit names the person the query was made for."""
    if q["only"] == "ar":
        return hit.name_latin == "" and hit.name_ar == q["name_ar"]
    if q["only"] == "latin":
        return hit.name_ar == "" and hit.name_latin == q["name_latin"]
    return hit.name_ar == q["name_ar"] or hit.name_latin == q["name_latin"]


@dataclass(frozen=True, slots=True)
class Score:
    """Figures of one query kind. Fields: kind, n, recall10 (a relevant hit in the first
    ten), first (the first hit relevant), p50/p95 in ms (wall clock), misses (queries not
    found), cpu_p95 (process CPU time: what the search costs, whatever else the machine
    runs)."""

    kind: str
    n: int
    recall10: float
    first: float
    p50: float
    p95: float
    misses: tuple[str, ...]
    cpu_p95: float = 0.0


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def evaluate(
    sessions: dict[str, Session],
    queries: list[dict[str, object]],
    search: Callable[[Session, str], list[SearchHit]] = search_accounts,
    repeat: int = 1,
) -> list[Score]:
    """Run every query on its profile's session; figures per kind and for all. With
    ``repeat``, each query's time is the median of that many runs (a shared machine's
    load spikes hit single runs, not the median)."""
    per: dict[str, list[tuple[bool, bool, float, str, float]]] = defaultdict(list)
    for q in queries:
        session = sessions[str(q["profile"])]
        times, cpu = [], []
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            hits = search(session, str(q["query"]))
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        ms = sorted(times)[len(times) // 2]
        top = [relevant(h, q) for h in hits[:10]]
        row = (any(top), bool(top and top[0]), ms, str(q["query"]), sorted(cpu)[len(cpu) // 2])
        per[str(q["kind"])].append(row)
        per["all"].append(row)
    scores = []
    for kind in (*KINDS, "all"):
        rows = per.get(kind, [])
        if not rows:
            continue
        times = [r[2] for r in rows]
        scores.append(
            Score(
                kind,
                len(rows),
                sum(r[0] for r in rows) / len(rows),
                sum(r[1] for r in rows) / len(rows),
                percentile(times, 50),
                percentile(times, 95),
                tuple(r[3] for r in rows if not r[0]),
                percentile([r[4] for r in rows], 95),
            )
        )
    return scores


def load() -> list[dict[str, object]]:
    return json.loads(QUERIES.read_text(encoding="utf-8"))


if __name__ == "__main__":
    made = generate()
    QUERIES.write_text(json.dumps(made, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    counts: dict[str, int] = defaultdict(int)
    for q in made:
        counts[str(q["kind"])] += 1
    print(len(made), dict(counts), file=sys.stderr)
