"""The labelled search set (tests/search_queries.json): how it is built, how it is scored.

Why: issue #17 asks for search quality to be measured, not guessed. The set holds queries a
clerk would type for holders of the demo data (desktop/demo.py, desktop/demo_data.py): the
name as written, as written in the other script, spelling variants heard at the counter,
particles joined or split, Persian-layout letters, one-letter typos. Each query names the
holder it is meant to find; a hit is *relevant* when it names the same person (same Arabic
name, same Latin name), and for the cross-script kind when it is a holder known only in the
other script.

The demo gives every holder both names; so that cross-script search is measured, one holder
in ten is made known only by the Arabic name (id % 10 == 3) and one in ten only by the
Latin name (id % 10 == 7) — ``blank_names`` does it, on every database the set runs on.

Regenerate the set with ``.venv/bin/python tests/search_quality.py`` (deterministic).
"""

from __future__ import annotations

import dataclasses
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


def blank_names(store: Store) -> None:
    """Make one holder in ten Arabic-only and one in ten Latin-only, and reindex them."""
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE accounts SET name_latin = '' WHERE id % 10 = 3"))
        conn.execute(text("UPDATE accounts SET name_ar = '' WHERE id % 10 = 7"))
        rows = conn.execute(
            text(
                "SELECT id, name_ar, name_latin, address, city, district FROM accounts "
                "WHERE id % 10 IN (3, 7)"
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
        ("c", "ss"),
    ]
    for old, new in rules:
        if old in low:
            out.append(low.replace(old, new, 1).capitalize())
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
    firsts = {f"{ar}": latin for ar, latin in FIRST_NAMES_M + FIRST_NAMES_F}
    families = dict(PROFILES[profile].families)
    out = []
    with store.read() as s:
        rows = s.execute(
            text("SELECT id, name_ar, name_latin FROM accounts WHERE category LIKE 'residential%'")
        ).all()
    for account_id, name_ar, _name_latin in rows:
        only = "ar" if account_id % 10 == 3 else "latin" if account_id % 10 == 7 else ""
        if only == "latin":
            continue  # Arabic name blanked: recover it from the Latin one below
        for first_ar, first_latin in firsts.items():
            if name_ar.startswith(first_ar + " ") and name_ar[len(first_ar) + 1 :] in families:
                family_ar = name_ar[len(first_ar) + 1 :]
                out.append(Holder(first_ar, first_latin, family_ar, families[family_ar], only))
                break
    latin_only = []
    with store.read() as s:
        rows = s.execute(
            text(
                "SELECT name_latin FROM accounts WHERE category LIKE 'residential%' AND id % 10 = 7"
            )
        ).all()
    by_latin = {h.name_latin: h for h in out}
    for (name_latin,) in rows:
        known = by_latin.get(name_latin)
        if known:
            latin_only.append(dataclasses.replace(known, only="latin"))
    return out + latin_only


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
    ten), first (the first hit relevant), p50/p95 in ms, misses (queries not found)."""

    kind: str
    n: int
    recall10: float
    first: float
    p50: float
    p95: float
    misses: tuple[str, ...]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def evaluate(
    sessions: dict[str, Session],
    queries: list[dict[str, object]],
    search: Callable[[Session, str], list[SearchHit]] = search_accounts,
) -> list[Score]:
    """Run every query on its profile's session; figures per kind and for all."""
    per: dict[str, list[tuple[bool, bool, float, str]]] = defaultdict(list)
    for q in queries:
        session = sessions[str(q["profile"])]
        t0 = time.perf_counter()
        hits = search(session, str(q["query"]))
        ms = (time.perf_counter() - t0) * 1000
        top = [relevant(h, q) for h in hits[:10]]
        row = (any(top), bool(top and top[0]), ms, str(q["query"]))
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
