#!/usr/bin/env bash
# Install Guichet into .venv (created if missing; reinstalled only when pyproject.toml changed),
# check Qt's system libraries, and start the counter app on the demo database (built on first run
# in the user data directory). Log in as amina / demo.
# Usage: bash scripts/run-demo.sh [--lang ar|fr|en]
set -euo pipefail
cd "$(dirname "$0")/.."
GUICHET_EXTRAS="" source scripts/venv.sh
if [ "${QT_QPA_PLATFORM:-xcb}" = xcb ] && [ "$(uname -s)" = Linux ]; then
  bash scripts/qt-libs.sh
fi
exec .venv/bin/guichet-app --demo "$@"
