# Sourced by the scripts: make .venv (created if missing) hold Guichet installed with the extras
# given in GUICHET_EXTRAS (e.g. "[test]"), and reinstall only when pyproject.toml changed since the
# last install (a launch must not spend 15 s in pip when nothing changed).
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=".venv/.guichet-installed${GUICHET_EXTRAS:-}"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
# an install with the test extras also serves a plain run
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ] && [ "$(cat .venv/.guichet-installed[test] 2>/dev/null)" != "$want" ]; then
  echo "Installing Guichet${GUICHET_EXTRAS:-} into .venv (first run or pyproject.toml changed)…" >&2
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".${GUICHET_EXTRAS:-}"
  echo "$want" >"$stamp"
fi
