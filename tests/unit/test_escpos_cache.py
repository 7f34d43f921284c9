"""python-escpos's parsed printer profiles are cached per user, not re-parsed at every start.

Why: parsing its printer database costs 0.3-1.3 s of every app start (the window imports
the receipt encoder) and, by default, leaves a new folder in the temporary directory each
time. Found by tests/bench/bench_app_start.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = (
    "import reports.receipt_escpos, escpos.capabilities as c, json; "
    "print(json.dumps({'dir': c.pickle_dir, 'parsed': c.full_load}))"
)


def _start(cache: Path, **extra: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "ESCPOS_CAPABILITIES_PICKLE_DIR"}
    env.update(XDG_CACHE_HOME=str(cache), QT_QPA_PLATFORM="offscreen", **extra)
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_second_start_loads_the_cached_profiles(tmp_path: Path) -> None:
    first = _start(tmp_path)
    second = _start(tmp_path)
    assert first["dir"] == second["dir"] == str(tmp_path / "guichet" / "escpos")
    assert first["parsed"] is True
    assert second["parsed"] is False, "the printer database was parsed again"


def test_a_folder_chosen_by_the_user_wins(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    assert _start(tmp_path, ESCPOS_CAPABILITIES_PICKLE_DIR=str(mine))["dir"] == str(mine)
