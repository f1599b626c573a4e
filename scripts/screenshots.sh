#!/usr/bin/env bash
# Renders every app screen at 390x844, light and dark, Dutch, into docs/screenshots/ (home,
# partner, person, line editor and the induction path also at font scale 2.0: *-font2.png),
# and the public partner page and poster (web-*.png).
# Material needs OpenGL for its backgrounds and shadows, so this runs under Xvfb (Mesa
# llvmpipe) rather than the offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${KL_BUILD_DIR:-build}
out=${1:-docs/screenshots}
if [ ! -x "$build_dir/bin/kortelijn" ]; then
    scripts/build.sh
fi
mkdir -p "$out"
rm -f "$out"/[0-9][0-9]-*.png
QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 xvfb-run -a -s "-screen 0 1280x1024x24" \
    "$build_dir/bin/kortelijn" --screenshots "$out"
# The public partner page (phone, light and dark) and the A4 poster, from headless
# Chromium; tests/web/public.spec.mjs writes them into docs/screenshots/.
if [ -d tests/web/node_modules/playwright-core ] && [ "$out" = docs/screenshots ]; then
    cmake --build "$build_dir" -j2 --target kortelijn-server
    node tests/web/public.spec.mjs "$build_dir/bin/kortelijn-server"
fi
ls "$out"
