# Helpers every part of the benchmark uses. Sourced by bench/run.sh; defines functions only.

# Progress goes to stderr so that stdout carries nothing but the table.
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

now_ms() { date +%s%3N; }

# core_speed: how long one core takes for a fixed task (SHA-256 of 300 MB of zeros), in ms. A shared
# virtual machine's cores are not always as fast: the same task took 851 and 1,333 ms half an hour
# apart on one machine, so a run's figures are read against this and the static file of the same run.
core_speed() {
    local started
    started=$(now_ms)
    head -c 300000000 /dev/zero | sha256sum > /dev/null
    echo $(( $(now_ms) - started ))
}

# sql DATABASE STATEMENT: one statement, unaligned output, stops on the first error.
sql() { psql -d "$1" -v ON_ERROR_STOP=1 -Atqc "$2"; }

# wanted LABEL: whether --only (ONLY) selects the row and the current pass (SKIP) does not leave it out.
wanted() {
    if [ -n "$ONLY" ] && ! [[ "$1" =~ $ONLY ]]; then
        return 1
    fi
    if [ -n "${SKIP:-}" ] && [[ "$1" =~ $SKIP ]]; then
        return 1
    fi
    return 0
}

# row SIZE LABEL PATH RESULT: one line of results.tsv, which report.sh turns into the table.
row() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$RESULTS"; }

# note SIZE TEXT: a line printed under the table.
note() { printf '#\t%s\t%s\n' "$1" "$2" >> "$RESULTS"; }

# Debian packages the run needs (wrk, jq): installed with apt-get when missing.
need_packages() {
    local missing=() tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    [ ${#missing[@]} -gt 0 ] || return 0
    log "installing ${missing[*]} (Debian packages)"
    local sudo=
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The EXIT trap: the portal stopped by its process id, every database of the run dropped (unless
# --keep-db), whether the run ends normally, fails or is interrupted.
cleanup() {
    local status=$? db
    trap - EXIT INT TERM
    stop_portal
    if [ "$KEEP_DB" = 0 ]; then
        for db in "${DATABASES[@]}"; do
            dropdb --if-exists --force "$db" 2>/dev/null || log "could not drop database $db"
        done
    else
        [ ${#DATABASES[@]} -eq 0 ] || log "kept databases: ${DATABASES[*]}"
    fi
    exit "$status"
}
