#!/usr/bin/env bash
# The benchmarks of docs/BENCHMARKS.md: import (issue 3) on SQLite and PostgreSQL, then the site (issue 4).
#
# Starts a throwaway PostgreSQL cluster in /tmp (as scripts/test.sh does; removed on exit) unless
# DATABASE_URL points at a server whose databases may be dropped and created. Bounded: about 10–15
# minutes on 2 cores. Not run by CI. Results go to stdout and to $KEXIE_BENCH_OUT (default /tmp/kexie-bench).
#
# Environment: BENCH_IMPORT_SETS (default 440 → ~22 MB, ~10,500 items), BENCH_ARTICLES (100000),
# BENCH_WRK_SECONDS (20), BENCH_WORKERS (3 gunicorn workers), BENCH_COLD_REQUESTS (7 cold requests per
# URL, each after emptying the cache), BENCH_SKIP_IMPORT=1 (site only).
set -uo pipefail

cd "$(dirname "$0")/.."
py=.venv/bin/python
out=${KEXIE_BENCH_OUT:-/tmp/kexie-bench}
mkdir -p "$out"

# shellcheck source=scripts/throwaway_pg.sh
source scripts/throwaway_pg.sh
trap stop_postgres EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

createdb_url() { # createdb_url NAME: a fresh database on the throwaway cluster, printed as a URL
    "$(pg_bindir)/dropdb" --if-exists -h "$pg_tmp" -U postgres "$1" && "$(pg_bindir)/createdb" -h "$pg_tmp" -U postgres "$1" &&
        echo "postgresql://postgres@/$1?host=$pg_tmp"
}

# wrk for the load run and postgresql for the cluster, installed with apt when missing (as root, as
# scripts/test.sh installs its packages); without wrk the load run is skipped and says so.
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[[ -n ${DATABASE_URL:-} ]] || pg_bindir >/dev/null || missing+=(postgresql)
if ((${#missing[@]})) && [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "==> installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -q >/dev/null 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends \
        "${missing[@]}" >/dev/null 2>&1 || echo "could not install ${missing[*]}"
fi

start=$SECONDS
if [[ -n ${DATABASE_URL:-} ]]; then
    import_pg=$DATABASE_URL
    site_pg=$DATABASE_URL
else
    # More shared memory than the test cluster: the site benchmark holds 100,000 articles.
    start_postgres kexie-bench-pg "-c shared_buffers=512MB -c max_connections=50" ||
        { echo "could not start PostgreSQL (apt-get install postgresql, or set DATABASE_URL)"; exit 1; }
    import_pg=$(createdb_url bench_import) || exit 1
    site_pg=$(createdb_url bench_site) || exit 1
fi

status=0
if [[ -z ${BENCH_SKIP_IMPORT:-} ]]; then
echo "==> import benchmark (issue 3)"
timeout 900 "$py" scripts/bench_import.py --sets "${BENCH_IMPORT_SETS:-440}" \
    --database-url "sqlite:///$out/bench_import.sqlite3" --database-url "$import_pg" \
    --json "$out/import.json" || status=1
rm -f "$out"/bench_import.sqlite3*
fi

echo "==> site benchmark (issue 4)"
DATABASE_URL=$site_pg timeout 1200 "$py" scripts/bench_site.py --articles "${BENCH_ARTICLES:-100000}" \
    --duration "${BENCH_WRK_SECONDS:-20}" --workers "${BENCH_WORKERS:-3}" --cold-requests "${BENCH_COLD_REQUESTS:-7}" \
    --explain-dir "$out/explain" --json "$out/site.json" || status=1

echo "==> an editor's changes on the same data (issue 4)"
DATABASE_URL=$site_pg timeout 600 "$py" scripts/bench_editing.py || status=1

echo "==> done in $((SECONDS - start)) s; results in $out (exit $status: 1 = a target was missed)"
exit $status
