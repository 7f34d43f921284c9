#!/usr/bin/env bash
# Install Guichet into .venv (created if missing) and start the counter app on the demo
# database (built on first run in the user data directory). Log in as amina / demo.
# Usage: bash scripts/run-demo.sh [--lang ar|fr|en]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
exec .venv/bin/guichet-app --demo "$@"
