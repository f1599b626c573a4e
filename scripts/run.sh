#!/usr/bin/env bash
# Runs KorteLijn on this machine the embedded way: a local school server (SQLite) with
# the demo school "Basisschool De Regenboog" on 127.0.0.1, and the app connected to it
# as a teacher's phone would be. Installs and builds what is missing; safe to run again
# (the demo server and the app keep their data between runs).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
scripts/build.sh

bin=${KL_BUILD_DIR:-build}/bin
state=${KL_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/kortelijn-demo}
port=${KL_PORT:-8470}
url="http://127.0.0.1:$port"
mkdir -p "$state/server" "$state/app"

if [ ! -s "$state/server/school.env" ]; then
    echo "Demo school aanmaken in $state/server ..."
    "$bin/kortelijn-server" create-school --data "$state/server" --name "Basisschool De Regenboog" --demo \
        2>/dev/null | grep -E '^(school_id|epoch)=' > "$state/server/school.env.tmp"
    mv "$state/server/school.env.tmp" "$state/server/school.env"
fi
school_id=$(sed -n 's/^school_id=//p' "$state/server/school.env")

"$bin/kortelijn-server" serve --data "$state/server" --host 127.0.0.1 --port "$port" --public-url "$url" \
    > "$state/server/serve.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 50); do
    if curl -fsS "$url/healthz" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "De schoolserver is niet gestart; zie $state/server/serve.log" >&2
        tail -n 20 "$state/server/serve.log" >&2
        exit 1
    fi
    sleep 0.2
done

app_args=(--data-dir "$state/app")
if [ ! -s "$state/app/device-token.json" ]; then
    # First run: this device joins the demo school with a fresh single-use staff invite.
    invite=$("$bin/kortelijn-server" invite --data "$state/server" --school "$school_id" --server-url "$url" \
        --role teacher 2>/dev/null | sed -n 's/^invite_link=//p')
    app_args+=(--enroll "$invite")
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "Geen beeldscherm gevonden (DISPLAY/WAYLAND_DISPLAY leeg): start dit op een bureaublad." >&2
    echo "No display found: run this from a desktop session." >&2
    exit 1
fi
echo "Schoolserver: $url (logboek: $state/server/serve.log)"
"$bin/kortelijn" "${app_args[@]}" "$@"
