#!/usr/bin/env bash
# Start-up to ready, and where its CPU went: starts the portal STARTS times with the README's
# production launch (extracted jar, AOT cache, Spring AOT, -Xmx256m -XX:MaxNewSize=96m) against an
# existing database, polls the readiness probe every 50 ms, and prints per start the time to ready,
# the process's CPU seconds and each thread's (named as the JVM names them, numbers folded), read
# from /proc at ready. Extra java options after -- are added to the launch, so that a change can be
# tried against the plain launch by alternating runs of this script (docs/performance.md,
# "Start-up, and the landed code on a slower hour").
#
#   bench/startup.sh APP_JAR CACHE [STARTS] [-- JAVA_OPTION...]
#
# APP_JAR is the extracted jar (java -Djarmode=tools -jar ... extract), CACHE its AOT cache (README,
# "Running in production"). The database is the environment's (SPRING_DATASOURCE_URL and the rest);
# JAVA picks the JDK (default: java). Linux only (/proc); needs curl.
set -Eeuo pipefail

[ $# -ge 2 ] || { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
APP_JAR=$1 CACHE=$2
STARTS=3
shift 2
if [ $# -gt 0 ] && [ "$1" != -- ]; then STARTS=$1; shift; fi
[ $# -eq 0 ] || { [ "$1" = -- ] && shift; }
JAVA=${JAVA:-java}
here=$(cd "$(dirname "$0")" && pwd)
# free_port (and the die it calls), as the benchmark finds a port.
source "$here/lib/common.sh"
source "$here/lib/launch.sh"
log=$(mktemp)
pid=
trap 'rm -f "$log"; [ -z "$pid" ] || kill "$pid" 2>/dev/null || true' EXIT

# CPU seconds per thread name of process $1, largest first; numbered threads are one line ("GC
# Thread#0" and "GC Thread#1" are "GC Thread#"); the process's main thread is "java".
thread_cpu() {
    local task
    for task in /proc/"$1"/task/*; do
        # A thread may end between the listing and the read.
        printf '%s\t%s\n' "$(cat "$task/comm" 2>/dev/null || true)" "$(awk '{ print $14 + $15 }' "$task/stat" 2>/dev/null || echo 0)"
    done | awk -F'\t' '$1 != "" { name = $1; gsub(/#[0-9]+/, "#", name); gsub(/-[0-9]+/, "-#", name); cpu[name] += $2 }
        END { for (n in cpu) if (cpu[n] >= 5) printf "%.2f s %s\n", cpu[n] / 100, n }' | sort -rn
}

for i in $(seq 1 "$STARTS"); do
    port=$(free_port)
    started=$(date +%s%N)
    "$JAVA" -XX:AOTCache="$CACHE" -Xlog:aot=off -Dspring.aot.enabled=true -Xmx256m -XX:MaxNewSize=96m "$@" \
        -jar "$APP_JAR" --server.port="$port" --server.address=127.0.0.1 > "$log" 2>&1 &
    pid=$!
    ready=
    for _ in $(seq 1 2400); do
        if curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; then ready=$(date +%s%N); break; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    [ -n "$ready" ] || { tail -n 30 "$log" >&2; echo "start $i: not ready" >&2; exit 1; }
    echo "start $i: ready in $(( (ready - started) / 1000000 )) ms, $(awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$pid/stat") s of CPU; load average $(cut -d' ' -f1-3 /proc/loadavg)"
    thread_cpu "$pid" | sed 's/^/    /'
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=
done
