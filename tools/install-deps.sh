#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, test and run WeMenu.
# Only missing packages are installed; nothing happens when all are present.
# Runs as root, or through sudo when it exists. Needs no terminal.
set -euo pipefail

BUILD_PACKAGES=(
    cmake g++ dpkg-dev file desktop-file-utils appstream
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libgl-dev
    pkg-config libicu-dev libpsl-dev publicsuffix libfontconfig-dev
)
TEST_PACKAGES=(
    xvfb xauth xdotool dbus dbus-x11 gnome-keyring fonts-noto-cjk poppler-utils
)
# The fuzz build (tests/fuzz/) needs clang and its libFuzzer runtime, which clang only
# recommends: --no-install-recommends would leave the runtime out.
FUZZ_PACKAGES=(
    clang libclang-rt-14-dev
)
ALL_PACKAGES=("${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" "${FUZZ_PACKAGES[@]}")

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: dpkg/apt not found; not a Debian system. Install the equivalents of:" >&2
    echo "  ${ALL_PACKAGES[*]}" >&2
    exit 0
fi

missing=()
for pkg in "${ALL_PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null || true)
    if ! grep -q 'install ok installed' <<<"$status"; then
        missing+=("$pkg")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: all ${#ALL_PACKAGES[@]} Debian packages WeMenu needs to build and test are installed"
    exit 0
fi

echo "install-deps: installing ${#missing[@]} missing Debian package(s) WeMenu needs: ${missing[*]}"

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        if [ -t 0 ]; then
            SUDO=(sudo)
        else
            # No terminal to ask for a password: fail at once instead of hanging.
            SUDO=(sudo -n)
        fi
    else
        echo "install-deps: not root and sudo is not installed; as root run:" >&2
        echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
fi

if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update </dev/null; then
    echo "install-deps: warning: apt-get update failed; trying the install with the current package lists" >&2
fi
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
