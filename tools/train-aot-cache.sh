#!/usr/bin/env bash
# Trains the JDK's AOT cache for the production launch (README, "Running in production") with a
# workload: the portal is started on a spare port, reads its public pages for a while the way readers
# do (listing pages, searches, partners, agreements, the API, in both languages), and is stopped; the
# JDK writes the cache when it exits. On JDK 25 and later the cache then holds the methods' profiles
# from those requests (JEP 515), so that a new instance compiles its request paths soon after it
# starts instead of a minute into its load. It only reads: GET requests on public pages.
#
#   tools/train-aot-cache.sh APP_JAR CACHE [SECONDS]
#
# APP_JAR is the extracted jar (java -Djarmode=tools -jar ... extract); CACHE the file to write;
# SECONDS how long to read (default 60). The database is the one the real start uses
# (SPRING_DATASOURCE_URL and the rest of the environment). JAVA picks the JDK (default: java).
# Needs curl.
set -Eeuo pipefail

[ $# -ge 2 ] || { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
APP_JAR=$1 CACHE=$2 SECONDS_TO_READ=${3:-60}
JAVA=${JAVA:-java}
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -z "${pid:-}" ] || kill "$pid" 2>/dev/null || true' EXIT

# A port nothing answers on, found as bench/lib/launch.sh finds one (bash alone, no other tool).
port=
for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 20000))
    if ! (echo > "/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free port" >&2; exit 1; }
base=http://127.0.0.1:$port

"$JAVA" -XX:AOTCacheOutput="$CACHE" -Dspring.aot.enabled=true -Xmx256m -jar "$APP_JAR" \
    --server.port="$port" --server.address=127.0.0.1 > "$work/portal.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
    curl -fs -o /dev/null "$base/actuator/health/readiness" && break
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/portal.log" >&2; echo "the training start failed" >&2; exit 1; }
    sleep 0.2
done
curl -fs -o /dev/null "$base/actuator/health/readiness" || { echo "the portal was not ready after 120 s" >&2; exit 1; }

# What there is to read: some agreements and partners as the API lists them, words of their titles.
for page in 0 1 2 3 4; do
    curl -fs "$base/api/v1/agreements?size=100&page=$page" >> "$work/agreements.json" || true
done
curl -fs "$base/api/v1/partners?size=100" > "$work/partners.json" || true
ids=$(grep -o '"id":[0-9]*' "$work/agreements.json" | cut -d: -f2 | head -n 50 || true)
slugs=$(grep -o '"slug":"[a-z0-9-]*"' "$work/partners.json" | cut -d'"' -f4 | sort -u | head -n 50 || true)
mapfile -t words < <(grep -o '"title":"[^"]*"' "$work/agreements.json" | cut -d'"' -f4 | tr -cs '[:alpha:]' '\n' \
    | tr '[:upper:]' '[:lower:]' | awk 'length($0) >= 4' | sort -u | head -n 400 || true)
# Searches nobody made before in every round (a word, two words, a word's beginning), as readers' searches
# mostly are: a search asked again is answered from what its first request kept, so the cache would hold no
# profile of a new search's path, which a new instance meets at once (issue 13).
searches() {
    local r=$1 n=${#words[@]} i a b
    [ "$n" -gt 0 ] || return 0
    for i in $(seq 0 39); do
        a=${words[$(( (i + 40 * r) % n ))]} b=${words[$(( (7 * i + 3 * r + 1) % n ))]}
        case $(( (i + r) % 3 )) in
            0) echo "$a" ;;
            1) echo "$a+$b" ;;
            *) echo "${a:0:5}" ;;
        esac
    done
}
# One round of addresses; every round adds a number, so that no page is answered from the page cache.
round_urls() {
    local r=$1 n
    for n in $(seq 1 20); do
        echo "$base/agreements?page=$n&r=$r"
        echo "$base/agreements?page=$n&lang=ja&r=$r"
        echo "$base/api/v1/agreements?page=$n&r=$r"
    done
    for w in $(searches "$r"); do echo "$base/agreements?q=$w&r=$r"; echo "$base/api/v1/agreements?q=$w&r=$r"; done
    for s in $slugs; do echo "$base/partners/$s?r=$r"; echo "$base/agreements?partner=$s&r=$r"; done
    for i in $ids; do echo "$base/agreements/$i?r=$r"; done
    for p in / /partners /meetings /map /statistics /agreements.atom; do echo "$base$p?r=$r"; done
}

end=$((SECONDS + SECONDS_TO_READ)) round=0 requests=0
while [ "$SECONDS" -lt "$end" ]; do
    round=$((round + 1))
    round_urls "$round" | sed 's/^/url = "/; s/$/"\noutput = "\/dev\/null"/' > "$work/round.conf"
    curl -s --parallel --parallel-max 8 -K "$work/round.conf" 2> /dev/null || true
    requests=$((requests + $(grep -c '^url' "$work/round.conf")))
done

kill "$pid"
wait "$pid" 2>/dev/null || true
pid=
[ -s "$CACHE" ] || { tail -n 30 "$work/portal.log" >&2; echo "no cache was written to $CACHE" >&2; exit 1; }
echo "trained $CACHE: $requests requests in $round rounds over ${SECONDS_TO_READ} s"
