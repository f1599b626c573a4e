#!/usr/bin/env bash
# Refreshes assets/translations/*.ts from the sources (qml, app, platform, core). New
# messages arrive unfinished; tests/app/tst_translations fails until each has a
# Dutch and an English translation.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$lupdate" -no-obsolete -locations none qml/*.qml app/*.cpp app/*.h platform/*.cpp core/*.cpp \
    -ts assets/translations/kortelijn_nl.ts assets/translations/kortelijn_en.ts
