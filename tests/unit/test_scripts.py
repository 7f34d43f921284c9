"""The shell scripts a newcomer runs first: no reinstall when nothing changed, the Qt libraries named.

Why: every launch of the demo re-ran ``pip install`` (13-15 s), and Qt's "could not load the
platform plugin xcb" abort named no package. These run the real scripts against a fake
``.venv`` whose python only records how it was called.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _fake_project(tmp_path: Path) -> Path:
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "venv.sh").write_text((ROOT / "scripts" / "venv.sh").read_text())
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    python.write_text('#!/bin/sh\necho "$@" >> "$(dirname "$0")/../calls"\n')
    python.chmod(0o755)
    return tmp_path


def _source(project: Path, extras: str) -> list[str]:
    subprocess.run(
        ["bash", "-c", "set -euo pipefail; source scripts/venv.sh"],
        cwd=project,
        env={**os.environ, "GUICHET_EXTRAS": extras},
        check=True,
        capture_output=True,
    )
    calls = project / ".venv" / "calls"
    return calls.read_text().splitlines() if calls.exists() else []


def test_install_runs_once_then_only_when_pyproject_changes(tmp_path: Path) -> None:
    project = _fake_project(tmp_path)
    first = _source(project, "[test]")
    assert any("install --quiet -e .[test]" in c for c in first)
    assert _source(project, "[test]") == first  # nothing changed: no pip at all
    assert _source(project, "") == first  # the test install serves a plain run too
    (project / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "2"\n')
    assert len(_source(project, "[test]")) > len(first)  # changed: installed again


def test_qt_library_check_knows_the_packages_reported_missing() -> None:
    """Each library Qt 6's xcb plugin failed on, on a bare Debian, maps to its package."""
    script = (ROOT / "scripts" / "qt-libs.sh").read_text()
    for lib, package in (
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ):
        assert f"[{lib}]={package}" in script
    result = subprocess.run(["bash", "-n", str(ROOT / "scripts" / "qt-libs.sh")], check=False)
    assert result.returncode == 0
