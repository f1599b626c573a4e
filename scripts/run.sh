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

# The demo school's coordinator, for the web admin: created once, with a password generated
# on the first run and kept (owner-only) in the demo folder, so later runs show it again.
admin_env="$state/server/coordinator.env"
if [ ! -s "$admin_env" ]; then
    email="coordinator@regenboog.example"
    password=$(LC_ALL=C tr -dc 'A-HJ-NP-Za-km-z2-9' </dev/urandom | head -c 16 || true)
    "$bin/kortelijn-server" create-coordinator --data "$state/server" --school "$school_id" \
        --name "Coördinator De Regenboog" --email "$email" --server-url "$url" >/dev/null
    printf '%s\n' "$password" | "$bin/kortelijn-server" set-password --data "$state/server" --school "$school_id" \
        --email "$email" >/dev/null
    (umask 077 && printf 'email=%s\npassword=%s\n' "$email" "$password" > "$admin_env.tmp")
    mv "$admin_env.tmp" "$admin_env"
fi
admin_email=$(sed -n 's/^email=//p' "$admin_env")
admin_password=$(sed -n 's/^password=//p' "$admin_env")

# The app needs a screen; check before a single-use invite is spent on enrolling.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "Geen beeldscherm gevonden (DISPLAY/WAYLAND_DISPLAY leeg): start dit op een bureaublad." >&2
    echo "No display found: run this from a desktop session." >&2
    exit 1
fi

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

echo "Schoolserver: $url (logboek: $state/server/serve.log)"
echo "Beheer in de browser: $url/admin/  e-mail: $admin_email  wachtwoord: $admin_password"
echo "  (bewaard in $admin_env)"
"$bin/kortelijn" "${app_args[@]}" "$@"
