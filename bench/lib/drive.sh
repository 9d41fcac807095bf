# The load: wrk against the running portal, one line of results.tsv per row.
# Sourced by bench/run.sh; defines functions only. Reads PORT, THREADS, CONNECTIONS, WARMUP,
# DURATION, ROOT, OUT, JAR, LISTS, and the targets choose_targets sets.

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 120 "http://127.0.0.1:$PORT$1"; }

# bench_one SIZE LABEL PATH CONNECTIONS THREADS SCRIPT: one URL, warmed up then measured. A page
# that answers 404 (not built yet, e.g. /map) prints as n/a instead of failing the run.
bench_one() {
    local size=$1 label=$2 path=$3 conns=$4 threads=$5 script=$6
    wanted "$label" || return 0
    local status
    status=$(status_of "$path")
    if [ "$status" = 404 ]; then
        log "  $label: n/a (404) $path"
        row "$size" "$label" "$path" "n/a (404)"
        return
    fi
    log "  $label: $path (HTTP $status)"
    local url="http://127.0.0.1:$PORT$path"
    wrk -t"$threads" -c"$conns" -d"$WARMUP" --timeout 60s "$url" > /dev/null 2>&1 || true
    local line
    line=$(wrk -t"$threads" -c"$conns" -d"$DURATION" --timeout 60s -s "$ROOT/bench/wrk/$script" "$url" 2>&1 \
        | grep '^BENCH ' || true)
    row "$size" "$label" "$path" "${line:-failed}"
}

# bench_list SIZE LABEL PREFIX LIST: a different URL on every request (PREFIX + the next value of
# the file LIST, bench/wrk/urls.lua), so that no answer can come from the page cache. The warm-up
# takes the first values, the measurement goes on from where it stopped, so that it asks for none
# the warm-up asked for; a list too short for the run wraps around and the report says how often.
# The warm-up is FRESH_WARMUP seconds (--fresh-warmup) in slices of WARMUP (whole seconds), and stops
# early where the list would not last through the measurement at the last slice's rate: the JIT
# compiles a page's own path (its statement's rows, its JSON or HTML) only after it has run for a
# while, and a few seconds measured the compilers' progress rather than the page (issue 13).
bench_list() {
    local size=$1 label=$2 prefix=$3 list=$4
    wanted "$label" || return 0
    if ! [ -s "$list" ]; then
        row "$size" "$label" "$prefix" "n/a (nothing to ask for)"
        return
    fi
    local first status length
    length=$(wc -l < "$list")
    # Encoded as urls.lua does: everything but unreserved characters and the query's & and =.
    first=$(head -n 1 "$list" | tr -d '\n' | jq -sRr @uri | sed 's/%26/\&/g; s/%3D/=/g')
    status=$(status_of "$prefix$first")
    if [ "$status" = 404 ]; then
        row "$size" "$label" "$prefix" "n/a (404)"
        return
    fi
    log "  $label: $prefix… ($length values; first HTTP $status)"
    local url="http://127.0.0.1:$PORT/" script=$ROOT/bench/wrk/urls.lua start=0 line
    if [ "$WARMUP" != 0s ]; then
        local warmed=0 slice=${WARMUP%s} before
        while :; do
            line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 60s -s "$script" "$url" \
                -- "$list" "$prefix" "$start" "$THREADS" 2>&1 | grep '^BENCH ' || true)
            before=$start
            if [[ "$line" =~ next=([0-9]+) ]]; then start=${BASH_REMATCH[1]}; fi
            warmed=$((warmed + slice))
            # Another slice only while the values left cover it and the measurement at the last slice's
            # rate, with half again to spare (the rate still rises): the measurement must not wrap around
            # to addresses already asked for.
            [ "$warmed" -lt "${FRESH_WARMUP%s}" ] \
                && [ $((start + (start - before) * (slice + ${DURATION%s}) * 3 / 2 / slice)) -lt "$length" ] || break
        done
        log "    warmed up ${warmed} s on $start of its values"
    fi
    line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 60s -s "$script" "$url" \
        -- "$list" "$prefix" "$start" "$THREADS" 2>&1 | grep '^BENCH ' || true)
    row "$size" "$label" "$prefix" "${line:-failed}"
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

# choose_ceiling: the ceiling row asks for a small static asset of the portal's own stack (the
# smallest file under static/ in the jar), the liveness probe while there is none. Sets
# static_path and static_label.
choose_ceiling() {
    static_path=$(unzip -l "$JAR" 'BOOT-INF/classes/static/*' 2>/dev/null \
        | awk '$1 > 0 && $4 !~ /\/$/ && $4 ~ /^BOOT-INF/ { print $1, $4 }' | sort -n | head -n 1 \
        | awk '{ sub("BOOT-INF/classes/static", "", $2); print $2 }' || true)
    # Served under spring.mvc.static-path-pattern (e.g. /assets/**) where the portal sets one.
    local static_prefix
    static_prefix=$(unzip -p "$JAR" BOOT-INF/classes/application.properties 2>/dev/null \
        | sed -n 's/^spring\.mvc\.static-path-pattern=[[:space:]]*\(.*\)\/\*\*[[:space:]]*$/\1/p' | head -n 1 || true)
    [ -z "$static_path" ] || static_path=$static_prefix$static_path
    if [ -n "$static_path" ]; then
        static_label="static asset (ceiling)"
    else
        static_path=/actuator/health/liveness
        static_label="liveness probe (ceiling; no static asset yet)"
    fi
}

# Searched words of the fixed-URL rows: an English word, a two-character and a four-character
# Japanese word, each in about 12% of the agreements.
q_en=resilience
q_ja2=%E9%98%B2%E7%81%BD           # 防災 (disaster prevention): two characters
q_ja4=%E8%A6%B3%E5%85%89%E6%8C%AF%E8%88%88   # 観光振興 (tourism promotion)

# bench_all SIZE TAG: every row but the CSV, against the running portal (TAG marks the rows of a
# comparison jar or of the start with the page cache off). LISTS is write_lists's directory.
bench_all() {
    local size=$1 tag=$2 c=$CONNECTIONS t=$THREADS
    bench_one "$size" "$static_label$tag" "$static_path" "$c" "$t" report.lua
    bench_one "$size" "listing$tag" "/agreements" "$c" "$t" report.lua
    bench_one "$size" "listing, partner ($list_partner_count)$tag" "/agreements?partner=$list_partner" "$c" "$t" report.lua
    bench_one "$size" "listing, type$tag" "/agreements?type=JOINT_STATEMENT" "$c" "$t" report.lua
    bench_one "$size" "listing, search en$tag" "/agreements?q=$q_en" "$c" "$t" report.lua
    bench_one "$size" "listing, search ja, 2 chars$tag" "/agreements?q=$q_ja2" "$c" "$t" report.lua
    bench_one "$size" "listing, search ja, 4 chars$tag" "/agreements?q=$q_ja4" "$c" "$t" report.lua
    bench_one "$size" "listing, page $deep_page$tag" "/agreements?page=$deep_page" "$c" "$t" report.lua
    bench_one "$size" "agreement page$tag" "/agreements/$agreement_id" "$c" "$t" report.lua
    bench_one "$size" "partner page ($page_partner_events events)$tag" "/partners/$page_partner" "$c" "$t" report.lua
    bench_one "$size" "API list$tag" "/api/v1/agreements" "$c" "$t" report.lua
    bench_one "$size" "API partner ($list_partner_count)$tag" "/api/v1/agreements?partner=$list_partner" "$c" "$t" report.lua
    bench_one "$size" "API search en$tag" "/api/v1/agreements?q=$q_en" "$c" "$t" report.lua
    bench_one "$size" "API search ja, 2 chars$tag" "/api/v1/agreements?q=$q_ja2" "$c" "$t" report.lua
    bench_one "$size" "API page $deep_page$tag" "/api/v1/agreements?page=$deep_page" "$c" "$t" report.lua
    bench_one "$size" "API agreement$tag" "/api/v1/agreements/$agreement_id" "$c" "$t" report.lua
    bench_one "$size" "API timeline ($page_partner_events events)$tag" "/api/v1/partners/$page_partner/timeline" "$c" "$t" report.lua
    # Issue 13: what the page cache cannot answer, a URL nobody asked for before on every request.
    bench_list "$size" "listing, new page each request$tag" "/agreements?" "$LISTS/pages.txt"
    bench_list "$size" "listing, new word each request, en$tag" "/agreements?q=" "$LISTS/words-en.txt"
    bench_list "$size" "listing, new word each request, ja 2 chars$tag" "/agreements?q=" "$LISTS/words-ja2.txt"
    bench_list "$size" "listing, new word each request, ja 4 chars$tag" "/agreements?q=" "$LISTS/words-ja4.txt"
    # The partners, then each partner with a type (bench/lib/load.sh): a new filter on every request.
    bench_list "$size" "listing, new partner each request$tag" "/agreements?partner=" "$LISTS/partners.txt"
    bench_list "$size" "API list, new page each request$tag" "/api/v1/agreements?" "$LISTS/api-pages.txt"
    # Pages other work adds; n/a (404) until they exist.
    bench_one "$size" "map page$tag" "/map" "$c" "$t" report.lua
    bench_one "$size" "statistics page$tag" "/statistics" "$c" "$t" report.lua
    first_readers "$size" "32 readers right after a save$tag"
}

# bench_csv SIZE: the whole-set CSV with two connections, rows/s, and the heap while it streams
# (GCLOG is the running portal's GC log). Sets CSV_NOTE, which run.sh writes among the run's notes.
bench_csv() {
    local size=$1 gclog=$2 gc_offset csv_status
    CSV_NOTE=
    gc_offset=$(stat -c %s "$gclog" 2>/dev/null || echo 0)
    csv_status=$(status_of "/agreements.csv")
    if [ "$csv_status" != 404 ] && wanted "CSV export"; then
        local one heap_before heap_after gcs
        one=$(curl -s -o /dev/null -w '%{time_total} %{size_download}' --max-time 600 "http://127.0.0.1:$PORT/agreements.csv")
        # Long enough for each of the two connections to finish a download at the rate of the one
        # above (a 16 s download in a 10 s run answered none), never shorter than the other rows.
        local csv_duration
        csv_duration=$(awk -v t="${one% *}" -v d="$DURATION" 'BEGIN {
            s = d + 0; if (d ~ /m$/) s *= 60; need = int(2 * t) + 5; print (need > s ? need : s) "s" }')
        DURATION=$csv_duration bench_one "$size" "CSV export ($published rows)" "/agreements.csv" 2 1 stream.lua
        read -r heap_before heap_after gcs < <(heap_peaks "$gclog" "$gc_offset")
        CSV_NOTE=$(awk -v t="${one% *}" -v b="${one#* }" -v r="$published" -v hb="$heap_before" -v ha="$heap_after" -v n="$gcs" \
            'BEGIN { printf "CSV: one download of %.1f MB in %.2f s = %.0f rows/s; heap while streaming: at most %d MB in use before a GC, %d MB after (%d GCs; limit 256 MB)", b / 1048576, t, (t > 0 ? r / t : 0), hb, ha, n }')
    else
        bench_one "$size" "CSV export" "/agreements.csv" 2 1 stream.lua
    fi
}

# rendered_pass SIZE DATABASE: public pages are kept rendered per data version (PageCacheFilter),
# so bench_all's rows measure a page already kept. Here the same pages rendered on every request
# (the portal restarted with its page cache off): the cost of a page's first reader after each
# change, or of a crawler reading every page once. The rows with a new URL per request and after a
# save are left out: the cache changes nothing there.
rendered_pass() {
    log "the pages again, with the page cache off (rendered on every request)"
    start_portal "$2" "$OUT/portal-$1-rendered.log" "" "" "-Dportal.page-cache.enabled=false"
    warm_all /agreements "/agreements/$agreement_id" "/partners/$page_partner" /api/v1/agreements
    SKIP='ceiling|each request|after a save' bench_all "$1" " [rendered]"
    stop_portal
}

# compare_pass SIZE DATABASE: every row again with --compare-jar (another build) on the same data.
compare_pass() {
    log "the same endpoints with $(basename "$COMPARE_JAR") on the same data"
    # The other build may lack some of this build's migrations: let its Flyway accept them.
    start_portal "$2" "$OUT/portal-$1-compare.log" "" "$COMPARE_JAR" "-Dspring.flyway.ignore-migration-patterns=*:missing,*:future"
    note "$1" "comparison jar $(basename "$COMPARE_JAR"): start-up to ready $READY_MS ms, $READY_CPU s of CPU"
    bench_all "$1" " [$COMPARE_TAG]"
    stop_portal
}
