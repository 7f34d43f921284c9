"""What every benchmark of the suite hands back to ``tests/bench/run_all.py``.

Why a shared shape: the runner writes one page (docs/benchmarks.md) with a summary table of
targets against measured figures and each benchmark's own section. Each benchmark module
exposes ``run(ctx: Context) -> Outcome``; the runner calls it in a fresh interpreter (so
memory, caches and Qt state of one benchmark never flatter another), receives the
``Outcome`` as JSON and puts the section between that benchmark's markers
(``<!-- NAME:begin -->`` … ``<!-- NAME:end -->``), leaving all other text of the page alone.

The target rows are also kept inside each section as a hidden comment, so a run of one
benchmark (``--only``) can still rebuild the whole summary table from the page.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "benchmarks.md"


@dataclass(frozen=True, slots=True)
class Context:
    """What the runner tells a benchmark.

    Fields: quick (a small smoke run: fewer repetitions, small database); accounts (how many
    accounts the database holds); db (the benchmark database: read it, never write to it);
    work_db (a writable copy of ``db`` for benchmarks that write: payments, log-ins);
    run_id (the runner's start time, stamped on every target row).
    """

    quick: bool
    accounts: int
    db: Path
    work_db: Path
    run_id: str


@dataclass(frozen=True, slots=True)
class Target:
    """One row of the summary table.

    Fields: what (the measured thing); target ("< 2 s", or "" when the issue sets none);
    measured (the figure judged, with its statistic: "p95 12.3 ms"); met (None when there is
    no target); baseline (the naive way and its figure, "" when none applies); ratio
    (baseline / measured, same statistic, same run); run_id (set by the runner).
    """

    what: str
    target: str
    measured: str
    met: bool | None
    baseline: str = ""
    ratio: str = ""
    run_id: str = ""


@dataclass(slots=True)
class Outcome:
    """A benchmark's result: its marker name, its markdown section (without the markers)
    and its summary rows."""

    name: str
    section: str
    targets: list[Target] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(
            {
                "name": self.name,
                "section": self.section,
                "targets": [asdict(t) for t in self.targets],
            }
        )

    @classmethod
    def from_json(cls, text: str) -> Outcome:
        data = json.loads(text)
        return cls(data["name"], data["section"], [Target(**t) for t in data["targets"]])


# ---------------------------------------------------------------------------- helpers


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list (same rule as bench_search)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def ratio(naive: float, ours: float) -> str:
    """Returns "×12" (how many times the naive way is slower), or "" when either figure is missing."""
    if not naive or not ours:
        return ""
    return f"×{naive / ours:,.0f}" if naive / ours >= 10 else f"×{naive / ours:.1f}"


def markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}:begin -->", f"<!-- {name}:end -->"


_TARGETS = re.compile(r"<!-- targets: (.*?) -->", re.S)


def with_targets(section: str, targets: list[Target]) -> str:
    """The section with its summary rows appended as a hidden comment (see module doc),
    replacing the one it may hold already."""
    section = _TARGETS.sub("", section)
    # ">" only occurs inside JSON strings here: escaped, no "-->" can end the comment early.
    payload = json.dumps([asdict(t) for t in targets], ensure_ascii=False).replace(">", "\\u003e")
    return section.rstrip("\n") + f"\n\n<!-- targets: {payload} -->"


def targets_in(section: str) -> list[Target]:
    """The summary rows hidden in a section written by ``with_targets`` (none if absent)."""
    found = _TARGETS.search(section)
    if not found:
        return []
    return [Target(**t) for t in json.loads(found.group(1))]


def sections(doc: str) -> dict[str, str]:
    """Every ``<!-- NAME:begin -->…<!-- NAME:end -->`` block of the page, by NAME."""
    found = {}
    for match in re.finditer(r"<!-- ([\w-]+):begin -->\n?(.*?)<!-- \1:end -->", doc, re.S):
        found[match.group(1)] = match.group(2)
    return found


def replace_section(doc: str, name: str, body: str, *, after: str | None = None) -> str:
    """``doc`` with NAME's block replaced by ``body``; a block not yet in the page goes after
    the ``after`` block (or at the end). Text outside the block is never touched."""
    begin, end = markers(name)
    block = f"{begin}\n{body.strip(chr(10))}\n{end}"
    if begin in doc and end in doc:
        head, rest = doc.split(begin, 1)
        return head + block + rest.split(end, 1)[1]
    if after is not None:
        _, after_end = markers(after)
        if after_end in doc:
            head, rest = doc.split(after_end, 1)
            return head + after_end + "\n\n" + block + rest
    return doc.rstrip("\n") + "\n\n" + block + "\n"
