#!/usr/bin/env bash
# The test command. Runs every step, then prints a summary; exits non-zero if any step failed.
#
#   1. venv with the dev requirements (scripts/setup_venv.sh --dev)
#   2. Debian packages postgresql, chromium and a CJK font, installed with apt when
#      missing (as root; apt is not touched when all are present)
#   3. ruff check, manage.py check, makemigrations --check --dry-run
#   4. pytest on SQLite, browser tests included (chromium at $KEXIE_CHROMIUM)
#   5. pytest on PostgreSQL, browser tests excluded: against $DATABASE_URL when it is
#      set, otherwise against a throwaway cluster in /tmp that is removed on exit
#
# Extra arguments go to both pytest runs: scripts/test.sh tests/test_settings.py -x
# Environment: DATABASE_URL (use this server for the PostgreSQL pass),
# KEXIE_CHROMIUM (default /usr/bin/chromium), KEXIE_PYTEST_WORKERS (xdist workers,
# default 2, 0 for none), CI=true (missing tools fail instead of being skipped).
set -uo pipefail

cd "$(dirname "$0")/.."
py=.venv/bin/python
export KEXIE_CHROMIUM=${KEXIE_CHROMIUM:-/usr/bin/chromium}
workers=${KEXIE_PYTEST_WORKERS:-2}
in_ci=false
[[ ${CI:-} == true || ${CI:-} == 1 ]] && in_ci=true

summary=()
failures=()
tests_passed=0
tests_failed=0
tests_skipped=0
readonly SKIP=99 # a step function returns this when it could not run here

# step NAME COMMAND...: run one step, time it and record the outcome.
step() {
    local name=$1 start=$SECONDS rc status
    shift
    echo
    echo "==> $name"
    "$@"
    rc=$?
    case $rc in
        0) status=ok ;;
        "$SKIP") status=skipped ;;
        *)
            status="FAILED($rc)"
            failures+=("$name")
            ;;
    esac
    summary+=("$(printf '%-10s %-34s %5ss' "$status" "$name" $((SECONDS - start)))")
    return "$rc"
}

print_summary() {
    echo
    echo "==> summary"
    printf '%s\n' "${summary[@]}"
    if ((${#failures[@]})); then
        echo "scripts/test.sh: FAILED: ${failures[*]}"
    else
        echo "scripts/test.sh: all steps passed"
    fi
    echo "tests: $tests_passed passed, $tests_failed failed, $tests_skipped skipped"
}

pkg_installed() {
    [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

# shellcheck source=scripts/throwaway_pg.sh
source scripts/throwaway_pg.sh

system_packages() {
    local missing=() log
    [[ -n ${DATABASE_URL:-} ]] || pg_bindir >/dev/null || missing+=(postgresql)
    [[ -x $KEXIE_CHROMIUM ]] || missing+=(chromium)
    pkg_installed fonts-noto-cjk || pkg_installed fonts-wqy-microhei || missing+=(fonts-wqy-microhei)
    if ((${#missing[@]} == 0)); then
        echo "all present"
        return 0
    fi
    if [[ $EUID -ne 0 ]] || ! command -v apt-get >/dev/null; then
        echo "missing Debian packages: ${missing[*]}"
        echo "install them as root: apt-get install --no-install-recommends ${missing[*]}"
        echo "(without them the PostgreSQL pass or the browser tests are skipped)"
        $in_ci && return 1
        return "$SKIP"
    fi
    echo "installing ${missing[*]}"
    log=$(mktemp)
    export DEBIAN_FRONTEND=noninteractive
    if apt-get -o DPkg::Lock::Timeout=300 update -q >"$log" 2>&1 &&
        apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
        rm -f "$log"
        return 0
    fi
    tail -n 40 "$log"
    rm -f "$log"
    return 1
}

# run_pytest LABEL ARGS...: run pytest, add its counts to the totals.
run_pytest() {
    local label=$1 log rc counts n
    shift
    local args=()
    ((workers > 0)) && args+=(-n "$workers")
    [[ -t 1 ]] && args+=(--color=yes)
    log=$(mktemp)
    "$py" -m pytest "${args[@]}" "$@" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    counts=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^=+ .* in [0-9.]+s' | tail -n1)
    rm -f "$log"
    n=$(grep -oE '[0-9]+ passed' <<<"$counts" | cut -d' ' -f1)
    tests_passed=$((tests_passed + ${n:-0}))
    for n in $(grep -oE '[0-9]+ (failed|errors?)' <<<"$counts" | cut -d' ' -f1); do
        tests_failed=$((tests_failed + n))
    done
    n=$(grep -oE '[0-9]+ skipped' <<<"$counts" | cut -d' ' -f1)
    tests_skipped=$((tests_skipped + ${n:-0}))
    if [[ $label == postgresql && $rc -eq 5 ]]; then
        echo "(no test selected for the PostgreSQL pass)"
        return 0
    fi
    return "$rc"
}

pytest_sqlite() {
    local had=${DATABASE_URL+x} saved=${DATABASE_URL-} rc
    unset DATABASE_URL
    run_pytest sqlite "$@"
    rc=$?
    [[ -n $had ]] && export DATABASE_URL=$saved
    return "$rc"
}

# Browser tests run in the SQLite pass only; pytest-django creates test_kexie.
pytest_postgres() {
    local url=${DATABASE_URL:-"postgresql://postgres@/kexie?host=$pg_tmp"}
    DATABASE_URL=$url run_pytest postgresql -m "not browser" "$@"
}

# --- throwaway PostgreSQL cluster (scripts/throwaway_pg.sh) -----------------
test_cluster() {
    start_postgres kexie-pg
    case $? in
        0) ;;
        3)
            echo "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)."
            echo "Install it as root (apt-get install postgresql) or set DATABASE_URL to a server."
            $in_ci && return 1
            return "$SKIP"
            ;;
        *) return 1 ;;
    esac
    "$(pg_bindir)/createdb" -h "$pg_tmp" -U postgres kexie
}

trap stop_postgres EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- steps -------------------------------------------------------------------
if ! step "venv (dev requirements)" bash scripts/setup_venv.sh --dev; then
    print_summary
    exit 1
fi
step "Debian packages" system_packages
step "ruff check" "$py" -m ruff check .
step "manage.py check" "$py" manage.py check
step "makemigrations --check" "$py" manage.py makemigrations --check --dry-run

step "pytest on SQLite (+browser)" pytest_sqlite "$@"
if [[ -n ${DATABASE_URL:-} ]]; then
    step "pytest on PostgreSQL (\$DATABASE_URL)" pytest_postgres "$@"
elif step "PostgreSQL cluster start" test_cluster; then
    step "pytest on PostgreSQL" pytest_postgres "$@"
fi
stop_postgres

print_summary
((${#failures[@]} == 0))
