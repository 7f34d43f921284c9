#!/usr/bin/env bash
# Install Guichet with its test extras into .venv (created if missing, reinstalled only when
# pyproject.toml changed) and run the whole suite.
# Usage: bash scripts/test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
GUICHET_EXTRAS="[test]" source scripts/venv.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
