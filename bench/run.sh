#!/usr/bin/env bash
# The portal's benchmark: builds the jar, loads a synthetic data set into a fresh PostgreSQL
# database, starts the packaged portal with -Xmx256m the way docs/performance.md recommends for
# production (the jar extracted, with the JDK's class cache trained on it: an AOT cache on JDK 24+,
# trained with a minute of public reading on JDK 25+ by tools/train-aot-cache.sh; CDS before), warms
# it up, drives wrk against its pages and API, and prints one table. Runs at each size given (default
# 1,000 and 100,000 agreements) so that the figures can be compared. Cleans up after itself (its own
# processes by id, its databases).
#
# A fixed URL is answered from the page cache after its first request; the rows "new ... each
# request" ask for a URL nobody asked for before on every request (a page number, a search word
# from the loaded vocabulary, a partner), and "32 readers right after a save" saves through the
# write API and then reads, so that both measure pages as they are rendered.
#
#   bench/run.sh [--sizes 1000,100000] [--duration 15s] [--warmup 5s] [--connections 32]
#                [--threads 2] [--partners 500] [--meetings 20000] [--only REGEX] [--no-build]
#                [--keep-db] [--jar PATH] [--java PATH] [--launch cached|plain] [--no-startup]
#                [--no-rendered] [--compare-jar PATH [--compare-tag NAME]] [--rounds 10]
#                [--fresh-warmup 30s]
#
# --java: the JDK that runs the portal; by default the newest one under /usr/lib/jvm (the
# portal is built for Java 17 and runs on any later JDK), else the java on the PATH.
# --launch plain: java -jar on the fat jar, without extraction or class cache.
# --rounds: how often the "32 readers right after a save" row saves and reads.
# --fresh-warmup: how long each "new ... each request" row warms up on addresses it then does not
# measure (in slices of --warmup; less where its list would not last), so that it measures pages, not the JIT;
# --fresh-warmup 0s gives one slice, as before 2 December.
#
# Needs: Debian with PostgreSQL on PGHOST:PGPORT (default 127.0.0.1:5432) that trusts PGUSER
# (default postgres), a JDK 17, curl, unzip; installs wrk and jq with apt-get if they are missing.
# Results: the table on stdout, plus target/bench/<stamp>/ (results.md, logs, GC logs).
#
# The parts, one job each, under bench/lib/: launch.sh (jar, JDK, class cache, start and stop),
# load.sh (databases, the data set, what the rows ask for), drive.sh (wrk rows), readers.sh (the
# first readers after a save), report.sh (the table); common.sh (logging, results lines).
set -Eeuo pipefail
# The whole script is one block, read before it runs, and the parts only define functions when
# sourced: editing these files during a run cannot change the run (bench/wrk/*.lua excepted).
{

SIZES=1000,100000 DURATION=15s WARMUP=5s CONNECTIONS=32 THREADS=2 PARTNERS=500 MEETINGS=20000
ONLY= BUILD=1 KEEP_DB=0 REPORT_ONLY= JAR= STARTUP=1 STARTUP_DONE= LAUNCH=cached RUN_JAVA=
RENDERED=1 COMPARE_JAR= COMPARE_TAG=compare ROUNDS=10 FRESH_WARMUP=30s

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) SIZES=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --threads) THREADS=$2; shift 2 ;;
        --partners) PARTNERS=$2; shift 2 ;;
        --meetings) MEETINGS=$2; shift 2 ;;
        --only) ONLY=$2; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --jar) JAR=$2; BUILD=0; shift 2 ;;
        --keep-db) KEEP_DB=1; shift ;;
        --no-startup|--no-cds) STARTUP=0; shift ;;
        --java) RUN_JAVA=$2; shift 2 ;;
        --launch) LAUNCH=$2; shift 2 ;;
        --no-rendered) RENDERED=0; shift ;;
        --compare-jar) COMPARE_JAR=$2; shift 2 ;;
        --compare-tag) COMPARE_TAG=$2; shift 2 ;;
        --rounds) ROUNDS=$2; shift 2 ;;
        --fresh-warmup) FRESH_WARMUP=$2; shift 2 ;;
        --report) REPORT_ONLY=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
done

cd "$(dirname "$0")/.."
ROOT=$(pwd)
for part in common launch load drive readers report; do
    . "$ROOT/bench/lib/$part.sh"
done

if [ -n "$REPORT_ONLY" ]; then
    report_again "$REPORT_ONLY"
    exit 0
fi

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
OUT=$ROOT/target/bench/$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT"
RESULTS=$OUT/results.tsv
: > "$RESULTS"
PORTAL_PID=
PORTAL_ENV=()
DATABASES=()

trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in java psql createdb dropdb curl awk; do
    command -v "$tool" >/dev/null || die "$tool is missing"
done
need_packages wrk jq
psql -d postgres -Atqc 'SELECT 1' >/dev/null || die "PostgreSQL does not answer at $PGHOST:$PGPORT as $PGUSER"
build_jar
choose_java

# run_size SIZE: one data set from creation to drop; every row of the table at this size.
run_size() {
    local size=$1 db ready_ms ready_cpu started_line migrate_ms gclog=$OUT/gc-$size.log
    create_database "$size"; db=$DB
    log "migrating (the portal's own Flyway migrations, first start)"
    # This start also creates the administrator whose token the "after a save" row uses, so that
    # the measured starts do exactly what they did before that row existed.
    PORTAL_ENV=(PORTAL_ADMIN_USERNAME="$ADMIN_USERNAME" PORTAL_ADMIN_PASSWORD="$ADMIN_PASSWORD")
    start_portal "$db" "$OUT/portal-$size-migrate.log" "" "$JAR"
    PORTAL_ENV=()
    migrate_ms=$READY_MS
    stop_portal
    load_data "$db" "$size"
    choose_targets "$db"
    LISTS=$OUT/lists-$size
    write_lists "$db" "$LISTS"

    [ -n "${LAUNCH_JAR:-}" ] || prepare_launch "$db"
    log "starting the portal: $LAUNCH_DESCRIPTION"
    start_portal "$db" "$OUT/portal-$size.log" "$gclog"
    ready_ms=$READY_MS ready_cpu=$READY_CPU
    started_line=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds (process running for [0-9.]*)' "$OUT/portal-$size.log" || true)
    log "ready in ${ready_ms} ms, ${ready_cpu} s of CPU ($started_line)"

    choose_ceiling
    warm_all "$static_path" /agreements "/agreements?partner=$list_partner" "/agreements?q=$q_en" "/agreements?q=$q_ja2" \
        "/agreements/$agreement_id" "/partners/$page_partner" /api/v1/agreements "/api/v1/agreements/$agreement_id" \
        "/api/v1/partners/$page_partner/timeline"
    log "wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after $WARMUP of warm-up each)"
    TOKEN=
    bench_all "$size" ""
    bench_csv "$size" "$gclog"

    size_notes "$size" "$db" "$gclog" "$ready_ms" "$ready_cpu" "$migrate_ms" "$started_line"
    stop_portal

    [ "$RENDERED" = 0 ] || rendered_pass "$size" "$db"
    [ -z "$COMPARE_JAR" ] || compare_pass "$size" "$db"
    if [ "$STARTUP" = 1 ] && [ -z "$STARTUP_DONE" ]; then
        STARTUP_DONE=1
        measure_startup "$db" "$size"
    fi
    drop_database "$db"
}

describe_machine

IFS=',' read -r -a SIZE_LIST <<< "$SIZES"
for size in "${SIZE_LIST[@]}"; do
    run_size "$size"
done

echo
report "" | tee "$OUT/results.txt"
report 1 > "$OUT/results.md"
log "results: $OUT/results.txt and results.md"
exit 0
}
