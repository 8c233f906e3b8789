#!/usr/bin/env bash
# Installs what is missing, builds WeMenu into build/, shows the command line at work
# on the sample menu, then starts the editor on it when a display is available.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

WEMENU=build/app/wemenu
SAMPLE=resources/samples/sample-menu.json

tools/install-deps.sh
tools/build.sh build

echo
echo "== $WEMENU --help"
"$WEMENU" --help

echo
echo "== $WEMENU validate $SAMPLE"
rc=0
"$WEMENU" validate "$SAMPLE" || rc=$?
case "$rc" in
    0) ;;
    1) echo "(exit 1: the menu has errors, listed above)" ;;
    *) echo "validate failed with exit code $rc" >&2; exit "$rc" ;;
esac

echo
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    echo "== starting the editor: $WEMENU $SAMPLE"
    exec "$WEMENU" "$SAMPLE"
else
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset); not starting the editor."
    echo "To run it on a virtual display: xvfb-run -a $ROOT/$WEMENU $ROOT/$SAMPLE"
fi
