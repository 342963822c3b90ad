# Sourced by scripts/test.sh and scripts/bench.sh: a throwaway PostgreSQL cluster in /tmp,
# on a Unix socket only, durability off (it measures and tests our code, not the disk).
#
#   start_postgres PREFIX [EXTRA_SERVER_OPTIONS]   sets $pg_tmp (socket dir); prints the version
#   stop_postgres                                  stops it and removes the directory
#   pg_bindir                                      the newest /usr/lib/postgresql/*/bin, or fails
# start_postgres returns 3 when PostgreSQL is not installed, 1 on any other failure.

pg_tmp=""
pg_as=()

pg_bindir() {
    local dirs
    dirs=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
    [[ -n $dirs && -x $dirs/initdb ]] && echo "$dirs"
}

start_postgres() {
    local prefix=$1 extra=${2:-} bindir
    bindir=$(pg_bindir) || return 3
    pg_tmp=$(mktemp -d "/tmp/$prefix.XXXXXX")
    if [[ $EUID -eq 0 ]]; then
        # initdb refuses to run as root.
        chown postgres: "$pg_tmp" || return 1
        pg_as=(runuser -u postgres --)
    fi
    "${pg_as[@]}" "$bindir/initdb" -D "$pg_tmp/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$pg_tmp/initdb.log" 2>&1 || {
        cat "$pg_tmp/initdb.log"
        return 1
    }
    "${pg_as[@]}" "$bindir/pg_ctl" -D "$pg_tmp/data" -l "$pg_tmp/server.log" -w \
        -o "-k $pg_tmp -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off $extra" \
        start >/dev/null || {
        cat "$pg_tmp/server.log"
        return 1
    }
    echo "$("$bindir/postgres" --version) on socket $pg_tmp"
}

stop_postgres() {
    [[ -n $pg_tmp && -d $pg_tmp ]] || return 0
    if [[ -f $pg_tmp/data/postmaster.pid ]]; then
        "${pg_as[@]}" "$(pg_bindir)/pg_ctl" -D "$pg_tmp/data" -m immediate -w stop >/dev/null 2>&1
    fi
    rm -rf "$pg_tmp"
    pg_tmp=""
}
