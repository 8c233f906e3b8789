#!/usr/bin/env bash
# Builds the Debian package from build/, checks what it holds, installs it on this machine,
# runs the installed WeMenu (version, validate, the editor under Xvfb until its window shows)
# and removes it again. Part of tools/run-tests.sh; needs root or sudo for apt-get.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo -n"

fail() { echo "check-package: $*" >&2; exit 1; }

echo "== packaging: desktop file and metainfo"
desktop-file-validate "$ROOT/packaging/org.wemenu.WeMenu.desktop" || fail "the .desktop file is not valid"
appstreamcli validate --no-net "$ROOT/packaging/org.wemenu.WeMenu.metainfo.xml" >/dev/null \
    || fail "the metainfo file is not valid"

echo "== packaging: cpack -G DEB"
rm -f "$BUILD"/wemenu_*.deb
(cd "$BUILD" && cpack -G DEB >/dev/null) || fail "cpack failed"
deb=$(ls "$BUILD"/wemenu_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no package was made"

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/wemenu ./usr/bin/wemenu-sandbox \
            ./usr/share/applications/org.wemenu.WeMenu.desktop \
            ./usr/share/metainfo/org.wemenu.WeMenu.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.wemenu.WeMenu.svg \
            ./usr/share/icons/hicolor/256x256/apps/org.wemenu.WeMenu.png \
            ./usr/share/mime/packages/org.wemenu.WeMenu.xml \
            ./usr/share/wemenu/translations/wemenu_zh_CN.qm; do
    grep -qF " $path" <<<"$contents" || fail "the package lacks $path"
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q "libqt6widgets6" <<<"$depends" || fail "dependencies were not computed: '$depends'"
for lib in libpsl5 libicu; do
    grep -q "$lib" <<<"$depends" || fail "the package does not depend on $lib: '$depends'"
done
echo "Depends: $depends"
# Its programs use only system libraries: no run path, which would send the dynamic linker
# looking for each library in another folder first (or, empty, in the current one).
unpacked=$(mktemp -d)
dpkg-deb -x "$deb" "$unpacked"
for program in wemenu wemenu-sandbox; do
    if readelf -d "$unpacked/usr/bin/$program" | grep -qE "RPATH|RUNPATH"; then
        rm -rf "$unpacked"
        fail "/usr/bin/$program carries a run path"
    fi
done
rm -rf "$unpacked"

echo "== packaging: install, run, remove"
# A WeMenu the user installed is theirs: the check neither replaces nor removes it.
if dpkg-query -W -f '${Status}' wemenu 2>/dev/null | grep -q "install ok installed"; then
    echo "check-package: wemenu is already installed here; skipping the install check"
    exit 0
fi
home=$(mktemp -d)
trap '$SUDO env DEBIAN_FRONTEND=noninteractive apt-get purge -y wemenu >/dev/null 2>&1 || true
      rm -rf "$home"' EXIT
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb" >/dev/null \
    || fail "the package does not install"
/usr/bin/wemenu --version | grep -q "wemenu" || fail "wemenu --version"
/usr/bin/wemenu validate /usr/share/wemenu/samples/sample-menu.json >/dev/null || fail "wemenu validate"
# The editor's link checks stay off: the sample's links must not be asked from here.
HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data WEMENU_LINK_CHECKS=off timeout 120 \
    xvfb-run -a sh -c '/usr/bin/wemenu /usr/share/wemenu/samples/sample-menu.json & pid=$!
        xdotool search --sync --name "WeMenu" >/dev/null; status=$?; kill $pid; exit $status' \
    || fail "the installed editor did not show its window"
echo "check-package: the package installs, runs and is removed again"
