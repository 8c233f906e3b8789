#!/usr/bin/env bash
# Installs what is missing, builds WeMenu and runs the whole test suite headless.
#  1. build/       normal build, tests on
#  2. build-asan/  AddressSanitizer + UBSan build of the core tests only; runs `ctest -L core`
#  3. build/       the whole suite, offscreen, inside a D-Bus session with an unlocked
#                  throwaway keyring. It runs last, so its summary is the last thing printed.
# Both test runs always run; the script fails if either of them (or a build) failed.
# WEMENU_JOBS sets the number of parallel jobs (default 2).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1
JOBS=${WEMENU_JOBS:-2}

tools/install-deps.sh || { echo "run-tests: installing the dependencies failed" >&2; exit 1; }

echo "== building build/"
tools/build.sh build || { echo "run-tests: the build in build/ failed" >&2; exit 1; }

asan_rc=0
echo "== building build-asan/ (core-tests with AddressSanitizer and UBSan)"
if cmake -S "$ROOT" -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWEMENU_SANITIZE=ON \
    && cmake --build build-asan --target core-tests -j"$JOBS"; then
    echo "== core tests under AddressSanitizer and UBSan"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:halt_on_error=1 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        ctest --test-dir build-asan -L core --output-on-failure
    asan_rc=$?
    if [ "$asan_rc" -ne 0 ]; then
        echo "run-tests: the sanitizer run failed (exit $asan_rc); running the main suite all the same" >&2
    fi
else
    asan_rc=1
    echo "run-tests: the build in build-asan/ failed; running the main suite all the same" >&2
fi

echo "== the Debian package: contents, install, run, remove"
package_rc=0
tools/check-package.sh build || package_rc=$?

echo "== the whole suite in build/ (offscreen, throwaway keyring)"
export QT_QPA_PLATFORM=offscreen
if command -v dbus-run-session >/dev/null 2>&1; then
    # The throwaway keyring keeps its files and control socket in a temporary directory,
    # so a developer's own login keyring is never touched.
    keyring_home=$(mktemp -d)
    mkdir -m 700 "$keyring_home/data" "$keyring_home/run"
    trap 'rm -rf "$keyring_home"' EXIT
    # shellcheck disable=SC2016 # expanded by the inner shell
    session_script='
        echo -n throwaway | XDG_DATA_HOME="$1/data" XDG_RUNTIME_DIR="$1/run" \
            gnome-keyring-daemon --unlock --components=secrets >/dev/null
        has_secrets() {
            dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
                | grep -q "boolean true"
        }
        i=0
        while [ "$i" -lt 50 ] && ! has_secrets; do sleep 0.1; i=$((i + 1)); done
        ctest --test-dir build --output-on-failure --timeout 600 -j"$2"
        rc=$?
        pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null \
            | awk "/uint32/ { print \$2 }")
        [ -n "$pid" ] && kill "$pid" 2>/dev/null
        exit "$rc"'
    dbus-run-session -- sh -c "$session_script" sh "$keyring_home" "$JOBS"
    main_rc=$?
else
    ctest --test-dir build --output-on-failure --timeout 600 -j"$JOBS"
    main_rc=$?
fi

if [ "$asan_rc" -ne 0 ] || [ "$package_rc" -ne 0 ] || [ "$main_rc" -ne 0 ]; then
    exit 1
fi
exit 0
