#!/usr/bin/env bash
# Lint the whole tree as CI does: ruff's rules (no dead noqa) and ruff's formatting, no changes made.
# Usage: bash scripts/lint.sh        (bash scripts/lint.sh --fix rewrites the tree instead)
set -euo pipefail
cd "$(dirname "$0")/.."
GUICHET_EXTRAS="[test]" source scripts/venv.sh
if [ "${1:-}" = "--fix" ]; then
  .venv/bin/ruff check --fix .
  exec .venv/bin/ruff format .
fi
.venv/bin/ruff check .
exec .venv/bin/ruff format --check .
