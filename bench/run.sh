#!/usr/bin/env bash
# The portal's benchmark: builds the jar, loads a synthetic data set into a fresh PostgreSQL
# database, starts the packaged portal with -Xmx256m the way docs/performance.md recommends for
# production (the jar extracted, with the JDK's class cache trained on it: an AOT cache on JDK 24+,
# CDS before), warms it up, drives wrk against its pages and API, and prints one table. Runs at each size given (default 1,000 and 100,000 agreements) so that
# the figures can be compared. Cleans up after itself (its own processes by id, its databases).
#
#   bench/run.sh [--sizes 1000,100000] [--duration 15s] [--warmup 5s] [--connections 32]
#                [--threads 2] [--partners 500] [--meetings 20000] [--only REGEX] [--no-build]
#                [--keep-db] [--jar PATH] [--java PATH] [--launch cached|plain] [--no-startup]
#                [--no-rendered] [--compare-jar PATH [--compare-tag NAME]]
#
# --java: the JDK that runs the portal; by default the newest one under /usr/lib/jvm (the
# portal is built for Java 17 and runs on any later JDK), else the java on the PATH.
# --launch plain: java -jar on the fat jar, without extraction or class cache.
#
# Needs: Debian with PostgreSQL on PGHOST:PGPORT (default 127.0.0.1:5432) that trusts PGUSER
# (default postgres), a JDK 17, curl; installs wrk with apt-get if it is missing.
# Results: the table on stdout, plus target/bench/<stamp>/ (results.md, logs, GC logs).
set -Eeuo pipefail
# The whole script is one block, read before it runs: editing this file during a run cannot
# change the run.
{

SIZES=1000,100000
DURATION=15s
WARMUP=5s
CONNECTIONS=32
THREADS=2
PARTNERS=500
MEETINGS=20000
ONLY=
BUILD=1
KEEP_DB=0
REPORT_ONLY=
JAR=
STARTUP=1
STARTUP_DONE=
LAUNCH=cached
RUN_JAVA=
RENDERED=1
COMPARE_JAR=
COMPARE_TAG=compare

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
        --report) REPORT_ONLY=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
done

cd "$(dirname "$0")/.."
ROOT=$(pwd)

# --- the table -------------------------------------------------------------------------------

report() {
    awk -F'\t' -v machine="$MACHINE" -v loadavg="$LOAD_BEFORE" -v dur="$DURATION" -v conns="$CONNECTIONS" -v threads="$THREADS" -v md="$1" '
    function fmt_ms(us) { return us >= 100000 ? sprintf("%.0f ms", us / 1000) : sprintf("%.1f ms", us / 1000) }
    function tagof(l) { return match(l, / \[[^]]*\]$/) ? substr(l, RSTART) : "" }
    function kv(s, key,   m) { if (match(s, key "=[0-9]+")) return substr(s, RSTART + length(key) + 1, RLENGTH - length(key) - 1) + 0; return 0 }
    $1 == "#" { notes[++nn] = $2 " agreements: " $3; next }
    {
        n++; size[n] = $1; label[n] = $2; path[n] = $3; raw[n] = $4
        if ($4 ~ /^BENCH /) {
            rps[n] = kv($4, "requests") / (kv($4, "duration_us") / 1e6)
            p50[n] = kv($4, "p50_us"); p99[n] = kv($4, "p99_us")
            err[n] = kv($4, "non2xx") + kv($4, "socket_errors")
            if (label[n] ~ /ceiling/) ceiling[$1 SUBSEP tagof(label[n])] = rps[n]
        }
    }
    END {
        if (md) {
            print "| endpoint | agreements | requests/s | p50 | p99 | errors | vs ceiling |"
            print "|---|---:|---:|---:|---:|---:|---:|"
        } else {
            printf "Machine: %s\nLoad average before the run: %s\nwrk -t%s -c%s -d%s (CSV: -t1 -c2)\n\n", machine, loadavg, threads, conns, dur
            printf "%-44s %10s %11s %10s %10s %7s %11s\n", "endpoint", "agreements", "requests/s", "p50", "p99", "errors", "vs ceiling"
        }
        # Each endpoint with its sizes next to each other.
        for (i = 1; i <= n; i++) {
            key = label[i]; sub(/ \[[^]]*\]$/, "", key); sub(/ \([0-9]+( rows| events)?\)$/, "", key); sub(/ [0-9]+$/, "", key)
            if (!(key in seen)) { seen[key] = ++nk; keys[nk] = key }
            rows[key] = rows[key] " " i
        }
        for (k = 1; k <= nk; k++) {
            cnt = split(rows[keys[k]], idx, " ")
            for (j = 1; j <= cnt; j++) {
                i = idx[j]
                if (raw[i] ~ /^BENCH / && kv(raw[i], "requests") == 0) {
                    if (md) printf "| %s | %s | 0 (none answered within the run) | | | | |\n", label[i], size[i]
                    else printf "%-44s %10s %11s\n", label[i], size[i], "0 (none answered within the run)"
                } else if (raw[i] ~ /^BENCH /) {
                    c = ceiling[size[i] SUBSEP tagof(label[i])]; if (c == "") c = ceiling[size[i] SUBSEP ""]
                    ratio = c > 0 ? sprintf("%.1f%%", 100 * rps[i] / c) : "-"
                    # Below 10 requests/s (whole-set downloads) one decimal, so that 0.3 does not print as 0.
                    r = rps[i] < 10 ? sprintf("%.1f", rps[i]) : sprintf("%.0f", rps[i])
                    if (md) printf "| %s | %s | %s | %s | %s | %d | %s |\n", label[i], size[i], r, fmt_ms(p50[i]), fmt_ms(p99[i]), err[i], ratio
                    else printf "%-44s %10s %11s %10s %10s %7d %11s\n", label[i], size[i], r, fmt_ms(p50[i]), fmt_ms(p99[i]), err[i], ratio
                } else {
                    if (md) printf "| %s | %s | %s | | | | |\n", label[i], size[i], raw[i]
                    else printf "%-44s %10s %11s\n", label[i], size[i], raw[i]
                }
            }
        }
        print ""
        for (i = 1; i <= nn; i++) print (md ? "- " : "") notes[i]
    }' "$RESULTS"
}

if [ -n "$REPORT_ONLY" ]; then
    # Re-renders the table of an earlier run: bench/run.sh --report target/bench/<stamp>
    RESULTS=$REPORT_ONLY/results.tsv
    MACHINE=$(sed -n 's/^machine\t//p' "$REPORT_ONLY/machine.tsv")
    LOAD_BEFORE=$(sed -n 's/^load\t//p' "$REPORT_ONLY/machine.tsv")
    DURATION=$(sed -n 's/^duration\t//p' "$REPORT_ONLY/machine.tsv"); DURATION=${DURATION:-15s}
    CONNECTIONS=$(sed -n 's/^connections\t//p' "$REPORT_ONLY/machine.tsv"); CONNECTIONS=${CONNECTIONS:-32}
    THREADS=$(sed -n 's/^threads\t//p' "$REPORT_ONLY/machine.tsv"); THREADS=${THREADS:-2}
    report "${REPORT_MD:-}"
    exit 0
fi

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
STAMP=$(date +%Y%m%d-%H%M%S)
OUT=$ROOT/target/bench/$STAMP
mkdir -p "$OUT"
RESULTS=$OUT/results.tsv
: > "$RESULTS"

PORTAL_PID=
DATABASES=()

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

stop_portal() {
    local pid=$PORTAL_PID
    PORTAL_PID=
    [ -n "$pid" ] || return 0
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local status=$?
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
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- prerequisites ---------------------------------------------------------------------------

for tool in java psql createdb dropdb curl awk; do
    command -v "$tool" >/dev/null || die "$tool is missing"
done
if ! command -v wrk >/dev/null; then
    log "installing wrk (Debian package)"
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
    else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
    fi
fi
psql -d postgres -Atqc 'SELECT 1' >/dev/null || die "PostgreSQL does not answer at $PGHOST:$PGPORT as $PGUSER"

if [ "$BUILD" = 1 ]; then
    log "building the jar"
    ./mvnw -q -B -DskipTests package
fi
[ -n "$JAR" ] || JAR=$(ls target/portal-*.jar 2>/dev/null | grep -v -- '-plain.jar$' | head -n 1 || true)
[ -n "$JAR" ] && [ -f "$JAR" ] || die "no jar in target/ (run without --no-build)"
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")

# --- helpers ---------------------------------------------------------------------------------

now_ms() { date +%s%3N; }

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 20000))
        if ! (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    die "no free port"
}

# start_portal DATABASE LOGFILE [GCLOG [JAR [JAVA_OPTION...]]]: starts the portal in the background
# (the configured launch: RUN_JAVA with LAUNCH_OPTS on LAUNCH_JAR; with a JAR given, that jar with the
# java on the PATH), waits until it is ready; sets PORTAL_PID, PORT, READY_MS (launch to readiness)
# and READY_CPU.
start_portal() {
    local db=$1 logfile=$2 gclog=${3:-} jar=${4:-}
    shift $(( $# < 4 ? $# : 4 ))
    local java_bin=java opts=("$@")
    if [ -z "$jar" ]; then
        java_bin=$RUN_JAVA
        jar=$LAUNCH_JAR
        opts+=("${LAUNCH_OPTS[@]}")
    fi
    opts+=(-Xmx256m)
    [ -z "$gclog" ] || opts+=("-Xlog:gc:file=$gclog:uptime")
    local attempt started
    for attempt in 1 2 3 4 5; do
        PORT=$(free_port)
        started=$(now_ms)
        SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
        SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
            "$java_bin" "${opts[@]}" -jar "$jar" --server.port="$PORT" > "$logfile" 2>&1 &
        PORTAL_PID=$!
        for _ in $(seq 1 2400); do
            if curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; then
                READY_MS=$(( $(now_ms) - started ))
                # CPU seconds the JVM used to get there: a figure that a busy machine distorts less.
                READY_CPU=$(awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$PORTAL_PID/stat")
                return 0
            fi
            kill -0 "$PORTAL_PID" 2>/dev/null || break
            sleep 0.05
        done
        if ! kill -0 "$PORTAL_PID" 2>/dev/null && grep -q "Port $PORT was already in use" "$logfile"; then
            wait "$PORTAL_PID" 2>/dev/null || true
            PORTAL_PID=
            log "port $PORT was taken meanwhile; another one"
            continue
        fi
        kill -0 "$PORTAL_PID" 2>/dev/null || { tail -n 30 "$logfile" >&2; die "the portal exited during start-up"; }
        die "the portal was not ready after 120 s (log: $logfile)"
    done
    die "no free port for the portal"
}

sql() { psql -d "$1" -v ON_ERROR_STOP=1 -Atqc "$2"; }

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 120 "http://127.0.0.1:$PORT$1"; }

# bench_one SIZE LABEL PATH CONNECTIONS THREADS SCRIPT: warms up, measures, appends a row.
bench_one() {
    local size=$1 label=$2 path=$3 conns=$4 threads=$5 script=$6
    if [ -n "$ONLY" ] && ! [[ "$label" =~ $ONLY ]]; then
        return
    fi
    if [ -n "${SKIP:-}" ] && [[ "$label" =~ $SKIP ]]; then
        return
    fi
    local status
    status=$(status_of "$path")
    if [ "$status" = 404 ]; then
        log "  $label: n/a (404) $path"
        printf '%s\t%s\t%s\tn/a (404)\n' "$size" "$label" "$path" >> "$RESULTS"
        return
    fi
    log "  $label: $path (HTTP $status)"
    local url="http://127.0.0.1:$PORT$path"
    wrk -t"$threads" -c"$conns" -d"$WARMUP" --timeout 60s "$url" > /dev/null 2>&1 || true
    local line
    line=$(wrk -t"$threads" -c"$conns" -d"$DURATION" --timeout 60s -s "$ROOT/bench/wrk/$script" "$url" 2>&1 \
        | grep '^BENCH ' || true)
    if [ -z "$line" ]; then
        printf '%s\t%s\t%s\tfailed\n' "$size" "$label" "$path" >> "$RESULTS"
        return
    fi
    printf '%s\t%s\t%s\t%s\n' "$size" "$label" "$path" "$line" >> "$RESULTS"
}

# Largest heap occupancy before and after a collection in a GC log, from byte offset $2 on.
heap_peaks() {
    tail -c +"$(( ${2:-0} + 1 ))" "$1" 2>/dev/null | awk '
        { if (match($0, /[0-9]+M->[0-9]+M\([0-9]+M\)/)) { s = substr($0, RSTART, RLENGTH); split(s, p, /M->|M\(|M\)/);
          if (p[1] + 0 > before) before = p[1] + 0; if (p[2] + 0 > after) after = p[2] + 0; n++ } }
        END { printf "%d %d %d\n", before, after, n }'
}

# The launch: with --launch cached (the default), the jar extracted (Spring Boot's jarmode tools)
# and a training run that starts the portal once against DATABASE and writes the JDK's class cache
# (-XX:AOTCacheOutput on JDK 24+, -XX:ArchiveClassesAtExit before); every later start reads it.
# Sets LAUNCH_JAR and LAUNCH_OPTS.
prepare_launch() {
    local db=$1 dir=$OUT/launch
    LAUNCH_JAR=$JAR
    LAUNCH_OPTS=()
    [ "$LAUNCH" = cached ] || return 0
    rm -rf "$dir"
    java -Djarmode=tools -jar "$JAR" extract --destination "$dir" > "$OUT/launch-extract.log" 2>&1 \
        || die "could not extract the jar (log: $OUT/launch-extract.log)"
    LAUNCH_JAR=$(ls "$dir"/*.jar | head -n 1)
    local write read
    if [ "$RUN_JAVA_VERSION" -ge 24 ]; then
        write=(-XX:AOTCacheOutput="$dir/portal.aot"); read=(-XX:AOTCache="$dir/portal.aot" -Xlog:aot=off)
    else
        write=(-XX:ArchiveClassesAtExit="$dir/portal.jsa"); read=(-XX:SharedArchiveFile="$dir/portal.jsa")
    fi
    log "training the class cache: ${write[*]}"
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
    SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
        "$RUN_JAVA" "${write[@]}" -Xmx256m -Dspring.context.exit=onRefresh -jar "$LAUNCH_JAR" \
        > "$OUT/launch-training.log" 2>&1 || die "the training run failed (log: $OUT/launch-training.log)"
    LAUNCH_OPTS=("${read[@]}")
}

# Start-up to ready, three times each, alternating: the configured launch, and the plain fat jar
# (java -jar with the java on the PATH: what a newcomer's ./mvnw package gives).
measure_startup() {
    local db=$1 size=$2 runs=() plain=() i
    log "start-up: the launch and the plain fat jar, three times each"
    for i in 1 2 3; do
        start_portal "$db" "$OUT/startup-launch-$i.log"
        runs+=("$READY_MS ms ($READY_CPU s CPU)")
        stop_portal
        start_portal "$db" "$OUT/startup-plain-$i.log" "" "$JAR"
        plain+=("$READY_MS ms ($READY_CPU s CPU)")
        stop_portal
    done
    printf '#\t%s\tstart-up to ready, %s: %s\n' "$size" "$LAUNCH_DESCRIPTION" "$(IFS=';'; echo "${runs[*]}" | sed 's/;/; /g')" >> "$RESULTS"
    printf '#\t%s\tstart-up to ready, java -jar %s on %s: %s\n' "$size" "$(basename "$JAR")" "$(java -version 2>&1 | head -n 1)" "$(IFS=';'; echo "${plain[*]}" | sed 's/;/; /g')" >> "$RESULTS"
}

# JIT warm-up: every endpoint a few seconds, so that none is measured while the compilers still
# work on code that the others share (the first one measured would otherwise pay for all).
warm_all() {
    [ "$WARMUP" != 0s ] || return 0
    log "warming up every endpoint"
    local path
    for path in "$@"; do
        wrk -t"$THREADS" -c"$CONNECTIONS" -d3s --timeout 60s "http://127.0.0.1:$PORT$path" > /dev/null 2>&1 || true
    done
}

# bench_all SIZE TAG: every endpoint but the CSV, against the running portal (TAG marks the rows
# of a comparison jar). Uses run_size's variables (bash gives callees the caller's locals).
bench_all() {
    local size=$1 tag=$2
    bench_one "$size" "$static_label$tag" "$static_path" "$CONNECTIONS" "$THREADS" report.lua
    bench_one "$size" "listing$tag" "/agreements" "$CONNECTIONS" "$THREADS" report.lua
    bench_one "$size" "listing, partner ($list_partner_count)$tag" "/agreements?partner=$list_partner" "$CONNECTIONS" "$THREADS" report.lua
    bench_one "$size" "listing, type$tag" "/agreements?type=JOINT_STATEMENT" "$CONNECTIONS" "$THREADS" report.lua
    bench_one "$size" "listing, search en$tag" "/agreements?q=$q_en" "$CONNECTIONS" "$THREADS" report.lua
    bench_one "$size" "listing, search ja, 2 chars$tag" "/agreements?q=$q_ja2" "$CONNECTIONS" "$THREADS" report.lua
    bench_one "$size" "listing, search ja, 4 chars$tag" "/agreements?q=$q_ja4" "$CONNECTIONS" "$THREADS" report.lua
    bench_one "$size" "listing, page $deep_page$tag" "/agreements?page=$deep_page" "$CONNECTIONS" "$THREADS" report.lua
    bench_one "$size" "agreement page$tag" "/agreements/$agreement_id" "$CONNECTIONS" "$THREADS" report.lua
    bench_one "$size" "partner page ($page_partner_events events)$tag" "/partners/$page_partner" "$CONNECTIONS" "$THREADS" report.lua
    bench_one "$size" "API list$tag" "/api/v1/agreements" "$CONNECTIONS" "$THREADS" report.lua
    bench_one "$size" "API partner ($list_partner_count)$tag" "/api/v1/agreements?partner=$list_partner" "$CONNECTIONS" "$THREADS" report.lua
    bench_one "$size" "API search en$tag" "/api/v1/agreements?q=$q_en" "$CONNECTIONS" "$THREADS" report.lua
    bench_one "$size" "API search ja, 2 chars$tag" "/api/v1/agreements?q=$q_ja2" "$CONNECTIONS" "$THREADS" report.lua
    bench_one "$size" "API page $deep_page$tag" "/api/v1/agreements?page=$deep_page" "$CONNECTIONS" "$THREADS" report.lua
    bench_one "$size" "API agreement$tag" "/api/v1/agreements/$agreement_id" "$CONNECTIONS" "$THREADS" report.lua
    bench_one "$size" "API timeline ($page_partner_events events)$tag" "/api/v1/partners/$page_partner/timeline" "$CONNECTIONS" "$THREADS" report.lua

}

# --- one data set ----------------------------------------------------------------------------

run_size() {
    local size=$1
    local db
    db="bench_${size}_$(date +%H%M%S)_$$"
    DATABASES+=("$db")
    log "== $size agreements: database $db"
    createdb "$db"

    log "migrating (the portal's own Flyway migrations, first start)"
    start_portal "$db" "$OUT/portal-$size-migrate.log" "" "$JAR"
    local migrate_ms=$READY_MS
    stop_portal

    log "loading $size agreements, $PARTNERS partners, $MEETINGS meetings"
    local load_started
    load_started=$(now_ms)
    psql -d "$db" -q -v ON_ERROR_STOP=1 -v agreements="$size" -v partners="$PARTNERS" -v meetings="$MEETINGS" \
        -f "$ROOT/bench/data/load.sql" > "$OUT/load-$size.log" 2>&1 \
        || { tail -n 20 "$OUT/load-$size.log" >&2; die "loading failed"; }
    local load_s=$(( ($(now_ms) - load_started) / 1000 ))

    # What to ask for, chosen from the data: the partner with the most agreements for the
    # filtered listing, a partner with about 300 events for its page, a full agreement.
    local published list_partner list_partner_count page_partner page_partner_events agreement_id deep_page
    published=$(sql "$db" "SELECT count(*) FROM agreement WHERE visibility = 'PUBLISHED'")
    IFS='|' read -r list_partner list_partner_count < <(sql "$db" "
        SELECT p.slug, count(*) FROM partner p JOIN agreement_partner ap ON ap.partner_id = p.id
          JOIN agreement a ON a.id = ap.agreement_id
         WHERE a.visibility = 'PUBLISHED' AND p.visibility = 'PUBLISHED'
         GROUP BY p.slug ORDER BY 2 DESC, 1 LIMIT 1")
    IFS='|' read -r page_partner page_partner_events < <(sql "$db" "
        SELECT p.slug,
               (SELECT count(*) FROM agreement_partner ap JOIN agreement a ON a.id = ap.agreement_id
                 WHERE ap.partner_id = p.id AND a.visibility = 'PUBLISHED')
             + (SELECT count(*) FROM meeting_partner mp JOIN meeting m ON m.id = mp.meeting_id
                 WHERE mp.partner_id = p.id AND m.visibility = 'PUBLISHED') AS events
          FROM partner p WHERE p.visibility = 'PUBLISHED'
         ORDER BY abs(300 - ((SELECT count(*) FROM agreement_partner ap JOIN agreement a ON a.id = ap.agreement_id
                               WHERE ap.partner_id = p.id AND a.visibility = 'PUBLISHED')
                           + (SELECT count(*) FROM meeting_partner mp JOIN meeting m ON m.id = mp.meeting_id
                               WHERE mp.partner_id = p.id AND m.visibility = 'PUBLISHED'))), p.slug
         LIMIT 1")
    agreement_id=$(sql "$db" "
        SELECT a.id FROM agreement a
         WHERE a.visibility = 'PUBLISHED' AND a.title_ja IS NOT NULL
           AND EXISTS (SELECT 1 FROM agreement_text t WHERE t.agreement_id = a.id AND t.language = 'ja')
           AND EXISTS (SELECT 1 FROM agreement_relation r WHERE r.agreement_id = a.id)
         ORDER BY a.id DESC LIMIT 1")
    [ -n "$agreement_id" ] || agreement_id=$(sql "$db" "SELECT max(id) FROM agreement WHERE visibility = 'PUBLISHED'")
    # The middle page: the deepest OFFSET whichever end a listing counts from.
    deep_page=$(( published / 20 / 2 ))

    [ -n "${LAUNCH_JAR:-}" ] || prepare_launch "$db"
    log "starting the portal: $LAUNCH_DESCRIPTION"
    local gclog=$OUT/gc-$size.log
    start_portal "$db" "$OUT/portal-$size.log" "$gclog"
    local ready_ms=$READY_MS ready_cpu=$READY_CPU
    local started_line
    started_line=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds (process running for [0-9.]*)' "$OUT/portal-$size.log" || true)
    log "ready in ${ready_ms} ms, ${ready_cpu} s of CPU ($started_line)"

    # The ceiling: a small static asset of the portal's own stack (the smallest file under
    # static/ in the jar); the liveness probe while there is none.
    local static_path static_label static_prefix
    static_path=$(unzip -l "$JAR" 'BOOT-INF/classes/static/*' 2>/dev/null \
        | awk '$1 > 0 && $4 !~ /\/$/ && $4 ~ /^BOOT-INF/ { print $1, $4 }' | sort -n | head -n 1 \
        | awk '{ sub("BOOT-INF/classes/static", "", $2); print $2 }' || true)
    # Served under spring.mvc.static-path-pattern (e.g. /assets/**) where the portal sets one.
    static_prefix=$(unzip -p "$JAR" BOOT-INF/classes/application.properties 2>/dev/null \
        | sed -n 's/^spring\.mvc\.static-path-pattern=[[:space:]]*\(.*\)\/\*\*[[:space:]]*$/\1/p' | head -n 1 || true)
    [ -z "$static_path" ] || static_path=$static_prefix$static_path
    if [ -n "$static_path" ]; then
        static_label="static asset (ceiling)"
    else
        static_path=/actuator/health/liveness
        static_label="liveness probe (ceiling; no static asset yet)"
    fi

    # Searched words: an English word, a two-character and a four-character Japanese word, each
    # in about 12% of the agreements.
    local q_en=resilience
    local q_ja2=%E9%98%B2%E7%81%BD           # 防災 (disaster prevention): two characters
    local q_ja4=%E8%A6%B3%E5%85%89%E6%8C%AF%E8%88%88   # 観光振興 (tourism promotion)

    warm_all "$static_path" /agreements "/agreements?partner=$list_partner" "/agreements?q=$q_en" "/agreements?q=$q_ja2" \
        "/agreements/$agreement_id" "/partners/$page_partner" /api/v1/agreements "/api/v1/agreements/$agreement_id" \
        "/api/v1/partners/$page_partner/timeline"
    log "wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after $WARMUP of warm-up each)"
    bench_all "$size" ""

    # The whole-set CSV: two connections, rows/s, and the heap while it streams.
    local gc_offset csv_status csv_note=""
    gc_offset=$(stat -c %s "$gclog" 2>/dev/null || echo 0)
    csv_status=$(status_of "/agreements.csv")
    if [ "$csv_status" != 404 ] && { [ -z "$ONLY" ] || [[ "CSV export" =~ $ONLY ]]; }; then
        local one
        one=$(curl -s -o /dev/null -w '%{time_total} %{size_download}' --max-time 600 "http://127.0.0.1:$PORT/agreements.csv")
        bench_one "$size" "CSV export ($published rows)" "/agreements.csv" 2 1 stream.lua
        read -r heap_before heap_after gcs < <(heap_peaks "$gclog" "$gc_offset")
        csv_note=$(awk -v t="${one% *}" -v b="${one#* }" -v r="$published" -v hb="$heap_before" -v ha="$heap_after" -v n="$gcs" \
            'BEGIN { printf "CSV: one download of %.1f MB in %.2f s = %.0f rows/s; heap while streaming: at most %d MB in use before a GC, %d MB after (%d GCs; limit 256 MB)", b / 1048576, t, (t > 0 ? r / t : 0), hb, ha, n }')
    else
        bench_one "$size" "CSV export" "/agreements.csv" 2 1 stream.lua
    fi

    local rss_kb oom
    rss_kb=$(ps -o rss= -p "$PORTAL_PID" | tr -d ' ')
    oom=$(grep -c 'OutOfMemoryError' "$OUT/portal-$size.log" || true)
    read -r heap_before heap_after gcs < <(heap_peaks "$gclog" 0)
    {
        printf '#\t%s\tdata set: %s agreements (%s published), %s partners, %s meetings; loaded in %s s\n' \
            "$size" "$size" "$published" "$PARTNERS" "$MEETINGS" "$load_s"
        printf '#\t%s\tstart-up to ready: %s ms, %s s of CPU (first start, with migrations: %s ms); %s\n' \
            "$size" "$ready_ms" "$ready_cpu" "$migrate_ms" "$started_line"
        printf '#\t%s\tportal RSS at the end: %s MB; heap peak %s MB before a GC, %s MB after (%s GCs, -Xmx256m); OutOfMemoryError: %s\n' \
            "$size" "$(( rss_kb / 1024 ))" "$heap_before" "$heap_after" "$gcs" "$oom"
        [ -z "$csv_note" ] || printf '#\t%s\t%s\n' "$size" "$csv_note"
        printf '#\t%s\tload average after the run: %s\n' "$size" "$(cut -d' ' -f1-3 /proc/loadavg)"
    } >> "$RESULTS"

    stop_portal
    if [ "$RENDERED" = 1 ]; then
        # Public pages are kept rendered per data version (PageCacheFilter), so the rows above
        # measure a page already kept. Here the same pages rendered on every request: the cost of
        # a page's first reader after each change, or of a crawler reading every page once.
        log "the pages again, with the page cache off (rendered on every request)"
        start_portal "$db" "$OUT/portal-$size-rendered.log" "" "" "-Dportal.page-cache.enabled=false"
        warm_all /agreements "/agreements/$agreement_id" "/partners/$page_partner" /api/v1/agreements
        SKIP='ceiling' bench_all "$size" " [rendered]"
        stop_portal
    fi
    if [ -n "$COMPARE_JAR" ]; then
        log "the same endpoints with $(basename "$COMPARE_JAR") on the same data"
        # The other build may lack some of this build's migrations: let its Flyway accept them.
        start_portal "$db" "$OUT/portal-$size-compare.log" "" "$COMPARE_JAR" "-Dspring.flyway.ignore-migration-patterns=*:missing,*:future"
        printf '#\t%s\tcomparison jar %s: start-up to ready %s ms, %s s of CPU\n' "$size" "$(basename "$COMPARE_JAR")" "$READY_MS" "$READY_CPU" >> "$RESULTS"
        bench_all "$size" " [$COMPARE_TAG]"
        stop_portal
    fi
    if [ "$STARTUP" = 1 ] && [ -z "$STARTUP_DONE" ]; then
        STARTUP_DONE=1
        measure_startup "$db" "$size"
    fi
    if [ "$KEEP_DB" = 0 ]; then
        dropdb --if-exists --force "$db"
    fi
}

# --- the run ---------------------------------------------------------------------------------


# The JDK that runs the portal: the newest under /usr/lib/jvm unless --java says.
java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == 1 ? v[2] : v[1]) + 0; exit }'; }
if [ -z "$RUN_JAVA" ]; then
    RUN_JAVA=$(command -v java)
    best=$(java_major "$RUN_JAVA")
    for candidate in /usr/lib/jvm/*/bin/java; do
        [ -x "$candidate" ] || continue
        v=$(java_major "$candidate")
        if [ "${v:-0}" -gt "$best" ]; then RUN_JAVA=$candidate; best=$v; fi
    done
fi
RUN_JAVA_VERSION=$(java_major "$RUN_JAVA")
[ "${RUN_JAVA_VERSION:-0}" -ge 17 ] || die "$RUN_JAVA is not a JDK 17 or later"
case "$LAUNCH" in
    cached) LAUNCH_DESCRIPTION="$("$RUN_JAVA" -version 2>&1 | head -n 1), extracted jar, $( [ "$RUN_JAVA_VERSION" -ge 24 ] && echo "AOT cache" || echo "CDS archive"), -Xmx256m" ;;
    plain) LAUNCH_DESCRIPTION="$("$RUN_JAVA" -version 2>&1 | head -n 1), java -jar, -Xmx256m" ;;
    *) die "--launch is cached or plain" ;;
esac
LAUNCH_JAR=

MACHINE="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -m | awk '/^Mem:/ { printf "%.1f GB", $2 / 1024 }') memory, $(. /etc/os-release && echo "$PRETTY_NAME"), $(psql -d postgres -Atqc 'SHOW server_version' | cut -d' ' -f1 | sed 's/^/PostgreSQL /'), $(java -version 2>&1 | head -n 1)"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
MACHINE="$MACHINE; portal run by $LAUNCH_DESCRIPTION"
printf 'machine\t%s\nload\t%s\nduration\t%s\nconnections\t%s\nthreads\t%s\n' \
    "$MACHINE" "$LOAD_BEFORE" "$DURATION" "$CONNECTIONS" "$THREADS" > "$OUT/machine.tsv"
log "machine: $MACHINE; load average $LOAD_BEFORE"

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
