#!/usr/bin/env bash
# Check that Qt's X11 platform plugin (xcb) finds every system library it needs, and install the
# missing ones with apt-get when run as root; otherwise print the exact apt-get line and fail.
# Why: without them Qt aborts (exit 134) with "Could not load the Qt platform plugin xcb", which
# names no package. Usage: bash scripts/qt-libs.sh   (uses .venv's PySide6)
set -euo pipefail
cd "$(dirname "$0")/.."
plugins="$(.venv/bin/python -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt", "plugins", "platforms"))')"
# library file -> Debian/Ubuntu package; xcb-cursor is opened at run time, so ldd cannot see it.
declare -A package=(
  [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-icccm.so.4]=libxcb-icccm4
  [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxcb-image.so.0]=libxcb-image0
  [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-xkb.so.1]=libxcb-xkb1
  [libxkbcommon-x11.so.0]=libxkbcommon-x11-0 [libxkbcommon.so.0]=libxkbcommon0
  [libxcb-shape.so.0]=libxcb-shape0 [libxcb-randr.so.0]=libxcb-randr0
  [libxcb-xfixes.so.0]=libxcb-xfixes0 [libxcb-sync.so.1]=libxcb-sync1
  [libxcb-shm.so.0]=libxcb-shm0 [libxcb-xinerama.so.0]=libxcb-xinerama0
  [libX11-xcb.so.1]=libx11-xcb1 [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1
  [libfontconfig.so.1]=libfontconfig1 [libdbus-1.so.3]=libdbus-1-3
)
missing=()
for lib in $(ldd "$plugins/libqxcb.so" | awk '/not found/ {print $1}' | sort -u) libxcb-cursor.so.0; do
  ldconfig -p | grep -q " $lib " && continue
  missing+=("${package[$lib]:-$lib}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
line="apt-get install -y ${missing[*]}"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Qt needs system libraries to open a window: $line" >&2
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Qt cannot open a window: system libraries are missing. Install them, then run again:" >&2
  echo "    sudo $line" >&2
  exit 1
fi
