#!/usr/bin/env bash
# The database-outage drill: a PostgreSQL of its own (initdb + pg_ctl as user postgres, port
# $PG_PORT, data in a temporary directory) and the packaged portal on it (port $PORTAL_PORT); reads and
# writes go on while the database is stopped for $DOWN seconds and started again. Prints the requests,
# the status counts, the slowest answer, the time to recovery and the writes acknowledged vs found.
#
#   drills/database-outage.sh [--down 10] [--before 10] [--after 15] [--readers 2] [--build] [--keep]
#
# Environment: PG_PORT (55433), PORTAL_PORT (18111), PORTAL_ADMIN_USERNAME / PORTAL_ADMIN_PASSWORD
# (the drill's own administrator; defaults below), PG_BIN (the newest /usr/lib/postgresql/*/bin).
# Talks only to 127.0.0.1; every loop is bounded; stops what it started (by process id) and removes
# its directory.
set -Eeuo pipefail
{
DOWN=10 BEFORE=10 AFTER=15 READERS=2 BUILD=0 KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --down) DOWN=$2; shift 2 ;;
        --before) BEFORE=$2; shift 2 ;;
        --after) AFTER=$2; shift 2 ;;
        --readers) READERS=$2; shift 2 ;;
        --build) BUILD=1; shift ;;
        --keep) KEEP=1; shift ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "Unknown option: $1" >&2; exit 2 ;;
    esac
done
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PG_PORT=${PG_PORT:-55433}
PORTAL_PORT=${PORTAL_PORT:-18111}
ADMIN_USER=${PORTAL_ADMIN_USERNAME:-drill-admin}
ADMIN_PASSWORD=${PORTAL_ADMIN_PASSWORD:-drill passphrase $(date +%s%N)}
. drills/lib.sh
trap drill_cleanup EXIT
trap 'exit 130' INT TERM

JAR=$(portal_jar)
echo "PostgreSQL ($PG_BIN) on 127.0.0.1:$PG_PORT, portal $JAR on 127.0.0.1:$PORTAL_PORT, data in $DRILL_DIR"
pg_init "$PG_PORT"
portal_start main "$PORTAL_PORT" "$PG_PORT"
wait_ready "$PORTAL_PORT" 600
BASE="http://127.0.0.1:$PORTAL_PORT"
TOKEN=$(token "$PORTAL_PORT")
[ -n "$TOKEN" ] || { echo "No token issued" >&2; exit 1; }

PAGES=(/agreements /partners /meetings /api/v1/agreements /api/v1/partners /partners/rome /)
accept() { case "$1" in /api/*) echo application/json ;; *) echo text/html ;; esac; }
# Every page the readers ask for again is read once first, so that a copy of it is kept.
for url in "${PAGES[@]}"; do curl -s -o /dev/null --max-time 30 -H "Accept: $(accept "$url")" "$BASE$url" || true; done

START=$(now_ms)
END=$((START + (BEFORE + DOWN + AFTER) * 1000))
# Each request: start_ms kind what status seconds stale
reader() {
    local n=0 url kind
    while [ "$(now_ms)" -lt "$END" ] && [ $n -lt 20000 ]; do
        n=$((n + 1))
        if [ $((n % 4)) = 0 ]; then
            url="/agreements?q=drill$1x$n"; kind=fresh   # never kept: needs the database
        else
            url=${PAGES[$((n % ${#PAGES[@]}))]}; kind=kept
        fi
        local t=$(now_ms)
        local r=$(curl -s -o /dev/null -H "Accept: $(accept "$url")" --max-time 30 -w '%{http_code} %{time_total} %header{portal-stale}' "$BASE$url" || true)
        echo "$t $kind $url $r" >>"$DRILL_DIR/reads.$1"
    done
}
writer() {
    local n=0
    while [ "$(now_ms)" -lt "$END" ] && [ $n -lt 5000 ]; do
        n=$((n + 1))
        local slug="drill-$n" t=$(now_ms)
        local r=$(curl -s -o /dev/null --max-time 30 -w '%{http_code} %{time_total}' -X POST "$BASE/api/v1/partners" \
            -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
            -d "{\"slug\":\"$slug\",\"name\":\"Drill city $n\",\"kind\":\"CITY\",\"country\":\"FR\",\"relationship\":\"PARTNER\",\"visibility\":\"PUBLISHED\"}" || true)
        echo "$t write $slug $r" >>"$DRILL_DIR/writes"
        sleep 0.2
    done
}
LOAD=()
for i in $(seq 1 "$READERS"); do reader "$i" & LOAD+=($!); done
writer & LOAD+=($!)

sleep "$BEFORE"
STOPPED=$(now_ms)
pg_stop
echo "Database stopped at +$(( (STOPPED - START) / 1000 )) s"
sleep 1
READY_DOWN=$(curl -s -o /dev/null --max-time 10 -w '%{http_code} %{time_total}' "$BASE/actuator/health/readiness" || true)
LIVE_DOWN=$(curl -s -o /dev/null --max-time 10 -w '%{http_code} %{time_total}' "$BASE/actuator/health/liveness" || true)
sleep "$(awk -v until=$((STOPPED + DOWN * 1000)) -v now="$(now_ms)" 'BEGIN { d = (until - now) / 1000; print (d > 0 ? d : 0) }')"
pg_start "$PG_PORT"
BACK=$(now_ms)
echo "Database started again at +$(( (BACK - START) / 1000 )) s (down $(( (BACK - STOPPED) )) ms)"
n=0
until [ "$(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ] || [ $n -ge 300 ]; do
    n=$((n + 1)); sleep 0.1
done
READY_AGAIN=$(now_ms)
wait "${LOAD[@]}"

cat "$DRILL_DIR"/reads.* >"$DRILL_DIR/all"
cat "$DRILL_DIR/writes" >>"$DRILL_DIR/all"
ACKED=$(awk '$4 == 201 { print $3 }' "$DRILL_DIR/writes" | sort)
FOUND=$(psql_q "$PG_PORT" "SELECT slug FROM partner WHERE slug LIKE 'drill-%'" | sort)
REFUSED=$(awk '$4 != 201 { print $3 }' "$DRILL_DIR/writes" | sort)
FIRST_WRITE_BACK=$(awk -v back="$BACK" '$1 >= back && $4 == 201 { printf "%d\n", $1 + $5 * 1000; exit }' <(sort -n "$DRILL_DIR/writes"))

echo
echo "== database-outage drill: $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) =="
echo "timeline: load ${BEFORE} s, database stopped ${DOWN} s, load ${AFTER} s more; ${READERS} reader loop(s) + 1 writer (5/s)"
awk '{ n++; s[$4]++ } END { printf "requests: %d\nstatus counts:", n; for (k in s) printf " %s=%d", k, s[k]; print "" }' "$DRILL_DIR/all"
awk -v a="$STOPPED" -v b="$BACK" '$1 >= a && $1 < b { n++; s[$2 " " $4 ($6 == "true" ? " stale" : "")]++ }
    END { printf "during the outage: %d requests:", n; for (k in s) printf " [%s]=%d", k, s[k]; print "" }' "$DRILL_DIR/all"
awk '{ if ($5 > max) { max = $5; what = $2 " " $3 " -> " $4 } } END { printf "slowest answer: %.3f s (%s)\n", max, what }' "$DRILL_DIR/all"
awk -v a="$STOPPED" -v b="$BACK" '$1 >= a && $1 < b && $4 == 503 { if ($5 > max) max = $5 } END { printf "slowest 503 during the outage: %.3f s\n", max }' "$DRILL_DIR/all"
awk '$4 >= 500 && $4 != 503 { n++ } $4 == "000" { z++ } END { printf "5xx other than 503: %d, no answer (000): %d\n", n + 0, z + 0 }' "$DRILL_DIR/all"
echo "readiness while down: ${READY_DOWN% *} in ${READY_DOWN#* } s; liveness while down: ${LIVE_DOWN% *} in ${LIVE_DOWN#* } s"
echo "recovery: readiness 200 again $(( READY_AGAIN - BACK )) ms after the database was back; first acknowledged write $(( ${FIRST_WRITE_BACK:-$BACK} - BACK )) ms after"
echo "writes: acknowledged $(echo "$ACKED" | grep -c . || true), found in the database $(comm -12 <(echo "$ACKED") <(echo "$FOUND") | grep -c . || true), acknowledged but missing $(comm -23 <(echo "$ACKED") <(echo "$FOUND") | grep -c . || true); refused $(echo "$REFUSED" | grep -c . || true), of which found (half-saved or committed before the answer was lost) $(comm -12 <(echo "$REFUSED") <(echo "$FOUND") | grep -c . || true)"
stacks=$(grep -c '^\s*at org\.' "$DRILL_DIR/portal-main.log" || true)
echo "portal log: $stacks stack-trace lines (server side only; no answer carried one)"
}
