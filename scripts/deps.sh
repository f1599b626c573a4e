#!/usr/bin/env bash
# Installs what building, running and testing KorteLijn needs on Debian 12 (bookworm).
# Safe to run again: it only calls apt-get when a package is missing.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config git curl
    # Qt 6.4 (bookworm)
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools qt6-httpserver-dev
    qt6-websockets-dev qt6-positioning-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql
    # the PostgreSQL backend and its tests (scripts/test-services.sh starts a cluster)
    postgresql
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-window
    qml6-module-qtquick-templates qml6-module-qtquick-dialogs qml6-module-qtqml-workerscript
    # the file dialogs without a desktop platform theme (Qt Quick Dialogs' own FileDialog)
    qml6-module-qt-labs-folderlistmodel
    qml6-module-qttest qml6-module-qtpositioning qt6-multimedia-dev qml6-module-qtmultimedia qtkeychain-qt6-dev
    # libraries
    libphonenumber-dev libzxing-dev libsodium-dev libsqlite3-dev
    # the Android type check (scripts/check-android-sources.sh): Qt's private headers
    # (QtAndroidPrivate) and a JDK's jni.h
    qt6-base-private-dev openjdk-17-jdk-headless
    # the fuzz targets (scripts/fuzz-build.sh): Debian's clang and its libFuzzer/sanitizer runtimes
    clang libclang-rt-14-dev
    # running and testing headless
    xvfb xauth libgl1-mesa-dri zbar-tools fonts-dejavu-core
    # public pages: an independent vCard parser, a PDF rasteriser for the poster's QR;
    # the browser the web tests drive (playwright-core from npm, tests/web)
    python3-vobject poppler-utils chromium
    # CardDAV interoperability: a real client syncing the address book (tests/server)
    vdirsyncer
)

# Node.js for the web UI tests: Debian's nodejs + npm unless a node with npm is already
# there (a NodeSource node bundles npm, and Debian's npm package would conflict with it).
if ! command -v npm > /dev/null 2>&1; then
    packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

# npm: Debian's package, unless a Node.js that bundles its own npm is installed already
# (asking apt for Debian's npm next to such a nodejs would fail).
if ! command -v npm >/dev/null 2>&1; then
    missing+=(npm)
fi

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
