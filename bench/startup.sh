#!/usr/bin/env bash
# Start-up to ready, and where its CPU went: starts the portal STARTS times with the README's
# production launch, as bench/run.sh starts it (bench/lib/launch.sh: extracted jar, AOT cache,
# Spring AOT, the README's heap), against an existing database, and prints per start the time to
# ready, the process's CPU seconds and each thread's (named as the JVM names them, numbered threads
# folded), read from /proc at ready. Extra java options after -- are added to the launch, so that a
# change can be tried against the plain launch by alternating runs of this script
# (docs/performance.md, "Start-up, and the landed code on a slower hour").
#
#   bench/startup.sh DATABASE APP_JAR CACHE [STARTS] [-- JAVA_OPTION...]
#
# DATABASE is on PGHOST:PGPORT as PGUSER (default 127.0.0.1:5432, postgres), as for bench/run.sh;
# APP_JAR is the extracted jar (java -Djarmode=tools -jar ... extract), CACHE its AOT cache (README,
# "Running in production"). JAVA picks the JDK (default: java). Linux only (/proc); needs curl.
set -Eeuo pipefail

[ $# -ge 3 ] || { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
DATABASE=$1 LAUNCH_JAR=$2 CACHE=$3
STARTS=3
shift 3
if [ $# -gt 0 ] && [ "$1" != -- ]; then STARTS=$1; shift; fi
[ $# -eq 0 ] || { [ "$1" = -- ] && shift; }
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/common.sh"
source "$here/lib/launch.sh"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
# What start_portal reads: the JDK, the jar, the launch's options (prepare_launch's for JDK 24+ and
# a jar built with Spring AOT), no extra environment.
RUN_JAVA=${JAVA:-java}
LAUNCH_OPTS=(-XX:AOTCache="$CACHE" -Xlog:aot=off -Dspring.aot.enabled=true)
PORTAL_ENV=()
PORTAL_PID=
log=$(mktemp)
trap 'stop_portal; rm -f "$log"' EXIT

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
    start_portal "$DATABASE" "$log" "" "" "$@"
    echo "start $i: ready in $READY_MS ms, $READY_CPU s of CPU; load average $(cut -d' ' -f1-3 /proc/loadavg)"
    thread_cpu "$PORTAL_PID" | sed 's/^/    /'
    stop_portal
done
