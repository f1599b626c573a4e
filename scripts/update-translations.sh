#!/usr/bin/env bash
# Refreshes assets/translations/*.ts from the sources (app, qml, core).
#
# Core validation messages go through kl::detail::tr(), which translates in the
# "kl::Validation" context at runtime but which lupdate files under "kl::detail". This
# script maps the context both ways around the lupdate run so existing translations are
# kept and land in the context the app actually looks up.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
ts=(assets/translations/kortelijn_nl.ts assets/translations/kortelijn_en.ts)
python3 scripts/ts_context.py to-lupdate "${ts[@]}"
"$lupdate" -no-obsolete -locations none qml/*.qml app/*.cpp app/*.h core/*.cpp -ts "${ts[@]}"
python3 scripts/ts_context.py to-runtime "${ts[@]}"
