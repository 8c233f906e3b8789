#!/bin/bash
# Startup benchmark: the editor against a bare Qt Widgets window, both shown on one Xvfb
# display and quit after their first paint (WEMENU_QUIT_AFTER_FIRST_PAINT): the editor as it
# usually starts (no file, not the first start) and on the sample menu (Chinese names), the
# latter also against the bare window showing the sample's Chinese names.
# Whole processes, timed by /usr/bin/time: wall seconds and peak resident memory, in turn
# A B A B ..., after one warm-up of each. Settings, recovery files and history go to a
# temporary home, so the user's own are never read or touched.
#
# Needs xvfb-run and dbus-run-session (packages xvfb, xauth, dbus).
#
#   bench/startup.sh [BUILD_DIR] [RUNS]        (defaults: build 101)
set -eu
BUILD=${1:-build}
RUNS=${2:-101}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EDITOR="$BUILD/app/wemenu"
BARE="$BUILD/bench/wemenu-bare-window"
SAMPLE="$ROOT/resources/samples/sample-menu.json"
for f in "$EDITOR" "$BARE"; do
    [ -x "$f" ] || { echo "startup.sh: $f not built (cmake --build $BUILD --target wemenu wemenu-bare-window)" >&2; exit 2; }
done
# A desktop session has a display and a session bus; without a bus, both programs would start
# one of their own (D-Bus autolaunch) and the figures would time that.
[ -z "${DISPLAY:-}" ] && exec xvfb-run -a -s "-screen 0 1280x720x24" "$0" "$@"
[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && exec dbus-run-session -- "$0" "$@"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data"
export XDG_CACHE_HOME="$TMP/cache" WEMENU_QUIT_AFTER_FIRST_PAINT=1 QT_QPA_PLATFORM=xcb
mkdir -p "$HOME" "$XDG_CONFIG_HOME/WeMenu"
# Not the first start: the welcome has been seen.
printf '[welcome]\nshown=true\n' >"$XDG_CONFIG_HOME/WeMenu/wemenu.conf"

run() { # label command...: one timed run, "label wall_s max_rss_kb" appended to the results
    local label=$1 start end rss
    shift
    start=$EPOCHREALTIME
    /usr/bin/time -f "%M" -o "$TMP/rss" "$@" >/dev/null 2>&1 </dev/null
    end=$EPOCHREALTIME
    read -r rss <"$TMP/rss"
    echo "$label $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }') $rss" >>"$TMP/results"
}
BARE_TEXT=() # the bare window's label, when not its own English line
measure() { # editor arguments...: RUNS alternating pairs into $TMP/results
    run warmup "$EDITOR" "$@"
    run warmup "$BARE" "${BARE_TEXT[@]}"
    : >"$TMP/results"
    local i=0
    while [ "$i" -lt "$RUNS" ]; do
        run editor "$EDITOR" "$@"
        run bare "$BARE" "${BARE_TEXT[@]}"
        i=$((i + 1))
    done
}

report() { # title
    echo "$1"
    awk -v runs="$RUNS" '
    function median(a, n,   i, j, t) {
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    $1 == "editor" { ew[++ne] = $2; em[ne] = $3 }
    $1 == "bare"   { bw[++nb] = $2; bm[nb] = $3 }
    END {
        for (i = 1; i <= ne && i <= nb; i++) { rw[i] = (bw[i] > 0 ? ew[i] / bw[i] : 0); rm[i] = em[i] / bm[i] }
        printf "runs: %d each, alternating, on one Xvfb 1280x720 display\n", runs
        printf "%-28s %10s %10s %8s\n", "median", "editor", "bare", "ratio"
        printf "%-28s %10.1f %10.1f %8.2f\n", "wall to first paint (ms)", 1000 * median(ew, ne), 1000 * median(bw, nb), median(rw, ne)
        printf "%-28s %10d %10d %8.2f\n", "peak resident memory (kB)", median(em, ne), median(bm, nb), median(rm, ne)
    }' "$TMP/results"
}

measure
report "The editor with no file (a usual start):"
echo
measure "$SAMPLE"
report "The editor on the sample menu:"

# Chinese text needs a CJK font, whoever shows it: the same sample start against the bare
# window with the sample's Chinese button names in its label.
echo
BARE_TEXT=("今日推荐 门店 附近门店 发送位置找店 扫码领优惠券 会员中心 会员权益 我的会员卡 晒单有礼 联系客服")
measure "$SAMPLE"
report "The editor on the sample menu, against the bare window showing its Chinese names:"
