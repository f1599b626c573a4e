#!/usr/bin/env bash
# Services the test suites need, sourced by scripts/test.sh (also runnable on its own):
# a real PostgreSQL 15 cluster with a role that may create databases. Every PostgreSQL
# test creates and drops a database of its own under this role, so `ctest -j` is safe.
# Exports KL_TEST_PG_URL. Installs nothing (scripts/deps.sh does); safe to run again.
set -euo pipefail

kl_pg_version=15
kl_pg_cluster=main
kl_pg_role=kl_test
kl_pg_password=kl_test

kl_as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        sudo -n -u postgres "$@"
    fi
}

# Runs a command that starts a daemon without the descriptors this shell holds open beyond
# stdin/stdout/stderr: a PostgreSQL that kept a caller's pipe or lock file (CI's output
# pipe, a build lock) open would keep that caller waiting long after the tests ended.
kl_detached() {
    (
        for fd in /proc/$BASHPID/fd/*; do
            fd=${fd##*/}
            if [ "$fd" -gt 2 ] 2>/dev/null; then
                eval "exec $fd>&-" 2>/dev/null || true
            fi
        done
        exec "$@"
    )
}

kl_start_postgres() {
    if ! command -v pg_lsclusters >/dev/null; then
        echo "test-services: PostgreSQL is not installed (run scripts/deps.sh)" >&2
        return 1
    fi
    if ! pg_lsclusters -h | awk -v v="$kl_pg_version" -v c="$kl_pg_cluster" '$1 == v && $2 == c { found = 1 } END { exit !found }'; then
        # A fresh machine whose package did not create the default cluster.
        kl_detached pg_createcluster "$kl_pg_version" "$kl_pg_cluster" >/dev/null
    fi
    local status
    status=$(pg_lsclusters -h | awk -v v="$kl_pg_version" -v c="$kl_pg_cluster" '$1 == v && $2 == c { print $4 }')
    if [ "$status" != "online" ]; then
        kl_detached pg_ctlcluster "$kl_pg_version" "$kl_pg_cluster" start
    fi
    local port
    port=$(pg_lsclusters -h | awk -v v="$kl_pg_version" -v c="$kl_pg_cluster" '$1 == v && $2 == c { print $3 }')
    for _ in $(seq 1 50); do
        if kl_as_postgres psql -p "$port" -Atqc 'SELECT 1' >/dev/null 2>&1; then
            break
        fi
        sleep 0.2
    done
    # The test role: password login over TCP (Debian's pg_hba allows scram on 127.0.0.1).
    kl_as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -Atq <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$kl_pg_role') THEN
        CREATE ROLE $kl_pg_role LOGIN CREATEDB PASSWORD '$kl_pg_password';
    ELSE
        ALTER ROLE $kl_pg_role LOGIN CREATEDB PASSWORD '$kl_pg_password';
    END IF;
END
\$\$;
SQL
    if ! kl_as_postgres psql -p "$port" -Atqc "SELECT 1 FROM pg_database WHERE datname = '$kl_pg_role'" | grep -q 1; then
        kl_as_postgres createdb -p "$port" -O "$kl_pg_role" "$kl_pg_role"
    fi
    export KL_TEST_PG_URL="postgresql://$kl_pg_role:$kl_pg_password@127.0.0.1:$port/$kl_pg_role"
    echo "test-services: PostgreSQL $kl_pg_version at $KL_TEST_PG_URL"
}

kl_start_postgres
