#!/usr/bin/env bash
# Installs what is missing, builds WeMenu and runs the whole test suite headless.
#  1. build/       normal build, tests on
#  2. build-asan/  AddressSanitizer + UBSan build of the core tests only; runs `ctest -L core`
#  3. build-fuzz/  clang build of the libFuzzer harness (tests/fuzz/); a short smoke run of
#                  each fuzzer over the JSON files of tests/data/, in a temporary corpus
#  4. build/       the whole suite, offscreen, inside a D-Bus session with an unlocked
#                  throwaway keyring. It runs last, so its summary is the last thing printed.
# Every stage after the first build always runs; the script fails if any of them failed.
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
    LSAN_OPTIONS=suppressions="$ROOT/tools/lsan.supp" \
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

fuzz_rc=0
echo "== fuzzing: build-fuzz/ with clang, each fuzzer for 20000 runs (at most 120 s) over tests/data/"
if CC=clang CXX=clang++ cmake -S "$ROOT" -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWEMENU_FUZZ=ON && cmake --build build-fuzz -j"$JOBS"; then
    # libFuzzer adds what it finds to the first corpus directory: a temporary copy of the
    # seeds, so the repository is never written to. Crashing inputs go to build-fuzz/crashes/.
    fuzz_corpus=$(mktemp -d)
    while IFS= read -r -d '' seed; do
        relative=${seed#"$ROOT"/tests/data/}
        cp "$seed" "$fuzz_corpus/${relative//\//_}"
    done < <(find "$ROOT/tests/data" -name '*.json' -type f -print0)
    mkdir -p build-fuzz/crashes
    fuzzers=0
    for fuzzer in build-fuzz/tests/fuzz/fuzz_*; do
        if [ ! -f "$fuzzer" ] || [ ! -x "$fuzzer" ]; then
            continue
        fi
        fuzzers=$((fuzzers + 1))
        name=$(basename "$fuzzer")
        echo "== fuzzing with $name (its output: build-fuzz/$name.log)"
        if ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
            UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
            "$fuzzer" -runs=20000 -max_total_time=120 -print_final_stats=1 \
            -dict=tests/fuzz/menu.dict -artifact_prefix="build-fuzz/crashes/$name-" \
            "$fuzz_corpus" >"build-fuzz/$name.log" 2>&1; then
            grep -E '^(Done|stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb))' \
                "build-fuzz/$name.log"
        else
            fuzz_rc=1
            tail -n 80 "build-fuzz/$name.log"
            echo "run-tests: $name failed; the input is in build-fuzz/crashes/ (replay it with" \
                "$fuzzer FILE); running the main suite all the same" >&2
        fi
    done
    if [ "$fuzzers" -eq 0 ]; then
        fuzz_rc=1
        echo "run-tests: build-fuzz/ holds no fuzzer; running the main suite all the same" >&2
    fi
    rm -rf "$fuzz_corpus"
else
    fuzz_rc=1
    echo "run-tests: the build in build-fuzz/ failed; running the main suite all the same" >&2
fi

echo "== the Debian package: contents, install, run, remove"
package_rc=0
tools/check-package.sh build || package_rc=$?

echo "== the whole suite in build/ (offscreen, throwaway keyring)"
export QT_QPA_PLATFORM=offscreen
# The editor's background link checks stay off: nothing reaches beyond this computer; and the
# editor neither lists nor runs the user's campaigns.
export WEMENU_LINK_CHECKS=off
export WEMENU_CAMPAIGNS=off
export WEMENU_NOTIFICATIONS=off
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

if [ "$asan_rc" -ne 0 ] || [ "$fuzz_rc" -ne 0 ] || [ "$package_rc" -ne 0 ] \
    || [ "$main_rc" -ne 0 ]; then
    exit 1
fi
exit 0
