#!/usr/bin/env bash
# Run every benchmark and rewrite docs/benchmarks.md (figures, targets, the machine).
# Usage: bash scripts/bench.sh [--quick] [--only NAME]... [--accounts N] [--db PATH] [--doc PATH]
# The full run uses bench-data/search-1m.db (1,000,000 accounts; built first if missing,
# ~27 min) and a temporary copy of it; see tests/bench/run_all.py for what it does.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[test]"
fi
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python tests/bench/run_all.py "$@"
