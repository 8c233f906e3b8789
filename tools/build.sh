#!/usr/bin/env bash
# Configures and builds WeMenu.
# Usage: tools/build.sh [BUILD_DIR] [extra cmake arguments...]
#   BUILD_DIR defaults to "build" in the repository root; a relative BUILD_DIR given
#   on the command line is taken from the current directory, as cmake does.
#   If the first argument starts with "-", it is a cmake argument and BUILD_DIR is the default.
#   WEMENU_JOBS sets the number of parallel build jobs (default 2).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR="$ROOT/build"
if [ "$#" -gt 0 ] && [ "${1#-}" = "$1" ]; then
    BUILD_DIR=$1
    shift
fi
JOBS=${WEMENU_JOBS:-2}

cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build "$BUILD_DIR" -j"$JOBS"
