#!/bin/bash
# Agencies benchmark: `wemenu push FILE --targets` to many sandbox accounts, each answering
# every call after 700 ms (wemenu-sandbox --latency-ms), all on loopback. Whole processes,
# timed by the shell and /usr/bin/time: wall seconds and peak resident memory.
#
#   - 1 account; 20 accounts with --jobs 20; 20 accounts with the default --jobs (4);
#   - peak memory for 1, 5 and 20 accounts (default --jobs, and --jobs 20 for 20).
#
# Every run starts from empty accounts (/_sandbox/reset), so each publishes the same two
# calls (menu/create, menu/addconditional) besides its tokens and reads. Settings and history
# go to a temporary home. Not a test; ctest does not run it.
#
#   bench/agencies.sh [BUILD_DIR] [LATENCY_MS]        (defaults: build 700)
set -eu
BUILD=${1:-build}
LATENCY=${2:-700}
WEMENU="$BUILD/app/wemenu"
SANDBOX="$BUILD/sandbox/wemenu-sandbox"
for f in "$WEMENU" "$SANDBOX"; do
    [ -x "$f" ] || { echo "agencies.sh: $f not built (cmake --build $BUILD --target wemenu wemenu-sandbox)" >&2; exit 2; }
done
command -v curl >/dev/null || { echo "agencies.sh: needs curl" >&2; exit 2; }

TMP=$(mktemp -d)
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$TMP"; }
trap cleanup EXIT
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data"
export XDG_CACHE_HOME="$TMP/cache" LC_ALL=C.UTF-8
mkdir -p "$HOME"

ACCOUNTS=20
BASES=()
for i in $(seq 1 $ACCOUNTS); do
    appid=$(printf "wxbench%011d" "$i")
    "$SANDBOX" --appid "$appid" --secret "secret-$i" --latency-ms "$LATENCY" \
        --state "$TMP/state-$i.json" >"$TMP/sandbox-$i.log" 2>&1 &
    PIDS+=($!)
    export "BENCH_SECRET_$i=secret-$i"
done
for i in $(seq 1 $ACCOUNTS); do
    for _ in $(seq 1 100); do
        line=$(head -n 1 "$TMP/sandbox-$i.log" 2>/dev/null || true)
        [[ $line == listening\ on\ * ]] && break
        sleep 0.1
    done
    BASES+=("${line#listening on }")
done

cat >"$TMP/menu.json" <<'JSON'
{"menu":{"button":[{"type":"view","name":"${city}","url":"https://${domain}/home"},
  {"type":"click","name":"Price","key":"PRICE"}]},
 "conditionalmenu":[{"button":[{"type":"view","name":"VIP","url":"https://${domain}/vip"}],
  "matchrule":{"tag_id":"${vip_tag}"}}]}
JSON

targets() { # N: a targets file of the first N accounts
    local n=$1 sep=""
    echo '{"targets":['
    for i in $(seq 1 "$n"); do
        printf '%s{"name":"Shop %d","api_base":"%s","appid":"%s","secret_env":"BENCH_SECRET_%d",' \
            "$sep" "$i" "${BASES[$((i - 1))]}" "$(printf "wxbench%011d" "$i")" "$i"
        printf '"vars":{"city":"Shop%d","domain":"s%d.example.com","vip_tag":"%d"}}\n' "$i" "$i" "$((100 + i))"
        sep=","
    done
    echo ']}'
}
for n in 1 5 20; do targets "$n" >"$TMP/targets-$n.json"; done

reset_all() { for base in "${BASES[@]}"; do curl -s -o /dev/null "$base/_sandbox/reset"; done; }

run() { # label N [push options...]: one timed push to the first N accounts
    local label=$1 n=$2 start end rss code
    shift 2
    reset_all
    start=$EPOCHREALTIME
    code=0
    /usr/bin/time -f "%M" -o "$TMP/rss" "$WEMENU" push "$TMP/menu.json" --targets "$TMP/targets-$n.json" \
        --yes "$@" >"$TMP/out" 2>&1 </dev/null || code=$?
    end=$EPOCHREALTIME
    read -r rss <"$TMP/rss"
    [ "$code" = 0 ] || { echo "agencies.sh: $label exited $code" >&2; cat "$TMP/out" >&2; exit 1; }
    printf "%-28s %8.2f s %8d KB\n" "$label" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$rss"
}

echo "latency ${LATENCY} ms per call; $(nproc) cores; $(date -u +%Y-%m-%d)"
run "1 account" 1
run "5 accounts (default jobs)" 5
run "20 accounts, --jobs 20" 20 --jobs 20
run "20 accounts (default jobs)" 20
