#!/usr/bin/env bash
# The rolling-restart drill: two instances of the packaged portal on a PostgreSQL of its own, under a
# load of reads and writes sent round-robin to both, as a balancer would; each instance in turn gets
# SIGTERM while it serves, finishes what it has in flight (graceful shutdown), stops, starts again and
# rejoins. A request refused at connect (the stopping instance no longer accepts) is sent to the other
# instance once, which is what a balancer does and is safe for any method: nothing reached the portal.
# Prints the requests, status counts, retries, lost requests (no answer, or a 5xx), the requests in
# flight at each SIGTERM and how they ended, and the writes acknowledged vs found.
#
#   drills/rolling-restart.sh [--clients 3] [--build] [--keep]
#
# Environment: PG_PORT (55434), PORT_A (18112), PORT_B (18113), PG_BIN. Talks only to 127.0.0.1; every
# loop is bounded; stops what it started (by process id) and removes its directory.
set -Eeuo pipefail
{
CLIENTS=3 BUILD=0 KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --clients) CLIENTS=$2; shift 2 ;;
        --build) BUILD=1; shift ;;
        --keep) KEEP=1; shift ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "Unknown option: $1" >&2; exit 2 ;;
    esac
done
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PG_PORT=${PG_PORT:-55434}
PORT_A=${PORT_A:-18112}
PORT_B=${PORT_B:-18113}
ADMIN_USER=drill-admin
ADMIN_PASSWORD="drill passphrase $(date +%s%N)"
. drills/lib.sh
trap drill_cleanup EXIT
trap 'exit 130' INT TERM

JAR=$(portal_jar)
echo "PostgreSQL on 127.0.0.1:$PG_PORT, instances on $PORT_A and $PORT_B, data in $DRILL_DIR"
pg_init "$PG_PORT"
portal_start A "$PORT_A" "$PG_PORT"
wait_ready "$PORT_A" 600          # A migrates the empty database first
portal_start B "$PORT_B" "$PG_PORT"
wait_ready "$PORT_B" 600
TOKEN=$(token "$PORT_A")
[ -n "$TOKEN" ] || { echo "No token issued" >&2; exit 1; }

touch "$DRILL_DIR/running"
PAGES=(/agreements /partners /meetings /api/v1/agreements /partners/rome /agreements.csv)
# send PORT METHOD URL -> "status seconds curl_exit"
send() {
    local port=$1 method=$2 url=$3 body=${4:-}
    if [ "$method" = POST ]; then
        curl -s -o /dev/null --max-time 60 -w '%{http_code} %{time_total}' -X POST "http://127.0.0.1:$port$url" \
            -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$body"
    else
        curl -s -o /dev/null --max-time 60 -w '%{http_code} %{time_total}' "http://127.0.0.1:$port$url"
    fi
    echo " $?"
}
client() {
    local n=0 port other url method body slug r start end retried
    while [ -f "$DRILL_DIR/running" ] && [ $n -lt 50000 ]; do
        n=$((n + 1))
        if [ $(( (n + $1) % 2 )) = 0 ]; then port=$PORT_A other=$PORT_B; else port=$PORT_B other=$PORT_A; fi
        if [ $((n % 5)) = 0 ]; then
            method=POST slug="roll-$1-$n" url=/api/v1/partners
            body="{\"slug\":\"$slug\",\"name\":\"Rolling city $1 $n\",\"kind\":\"CITY\",\"country\":\"FR\",\"relationship\":\"PARTNER\",\"visibility\":\"PUBLISHED\"}"
        elif [ $((n % 3)) = 0 ]; then
            method=GET slug=- url="/agreements?q=roll$1x$n" body=
        else
            method=GET slug=- url=${PAGES[$((n % ${#PAGES[@]}))]} body=
        fi
        start=$(now_ms)
        r=$(send "$port" "$method" "$url" "$body" || true)
        retried=no
        # curl exit 7: the connection was refused, nothing was sent: the balancer tries the other instance.
        if [ "${r##* }" = 7 ]; then
            retried=yes
            r=$(send "$other" "$method" "$url" "$body" || true)
        fi
        end=$(now_ms)
        echo "$start $end $port $method $url $slug $retried $r" >>"$DRILL_DIR/requests.$1"
    done
}
LOAD=()
for i in $(seq 1 "$CLIENTS"); do client "$i" & LOAD+=($!); done

restart() {
    local name=$1 port=$2 pid
    pid=$(eval echo "\$PORTAL_PID_$name")
    sleep 5
    echo "$(now_ms) $name $port" >>"$DRILL_DIR/sigterms"
    kill -TERM "$pid"
    local t0=$(now_ms)
    wait "$pid" 2>/dev/null || true
    echo "instance $name: SIGTERM, stopped after $(( $(now_ms) - t0 )) ms; starting again"
    portal_start "$name" "$port" "$PG_PORT"
    wait_ready "$port" 600
    echo "instance $name: ready again after $(( $(now_ms) - t0 )) ms"
}
restart A "$PORT_A"
restart B "$PORT_B"
sleep 5
rm -f "$DRILL_DIR/running"
wait "${LOAD[@]}"

cat "$DRILL_DIR"/requests.* | sort -n >"$DRILL_DIR/all"
ACKED=$(awk '$4 == "POST" && $8 == 201 { print $6 }' "$DRILL_DIR/all" | sort)
FOUND=$(psql_q "$PG_PORT" "SELECT slug FROM partner WHERE slug LIKE 'roll-%'" | sort)

echo
echo "== rolling-restart drill: $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) =="
echo "$CLIENTS client loops, round-robin over two instances; each instance restarted once (SIGTERM, graceful shutdown)"
awk '{ n++; s[$8]++; if ($7 == "yes") r++ } END { printf "requests: %d (sent again to the other instance after a refused connect: %d)\nstatus counts:", n, r + 0; for (k in s) printf " %s=%d", k, s[k]; print "" }' "$DRILL_DIR/all"
awk '$8 == "000" || $8 >= 500 { n++; print "  lost: " $0 } END { printf "lost requests (no answer or 5xx): %d\n", n + 0 }' "$DRILL_DIR/all"
while read -r at name port; do
    awk -v at="$at" -v port="$port" -v name="$name" '$3 == port && $1 < at && $2 > at && $7 == "no" { n++; s[$8]++; if ($2 - at > m) m = $2 - at }
        END { printf "in flight on %s at its SIGTERM: %d, answered:", name, n + 0; for (k in s) printf " %s=%d", k, s[k]; printf " (last one finished %d ms after the signal)\n", m }' "$DRILL_DIR/all"
done <"$DRILL_DIR/sigterms"
awk '{ if ($9 > max) { max = $9; what = $4 " " $5 " -> " $8 } } END { printf "slowest answer: %.3f s (%s)\n", max, what }' "$DRILL_DIR/all"
echo "writes: acknowledged $(echo "$ACKED" | grep -c . || true), found in the database $(comm -12 <(echo "$ACKED") <(echo "$FOUND") | grep -c . || true), acknowledged but missing $(comm -23 <(echo "$ACKED") <(echo "$FOUND") | grep -c . || true)"
}
