# The table: results.tsv (one row per line: size, label, path, wrk's BENCH line or a text; notes
# as "#" lines) printed as text or, with an argument, as Markdown. Sourced by bench/run.sh;
# defines functions only. Reads RESULTS, MACHINE, LOAD_BEFORE, DURATION, CONNECTIONS, THREADS.

# report [MARKDOWN]: each endpoint with its sizes next to each other; "vs ceiling" divides by the
# static file's rate at the same size (and the same tag). Under the table, the run's notes, then
# what the rows with a different URL per request (list=) and the first-readers rows (ROUNDS)
# cannot show in their columns.
report() {
    awk -F'\t' -v machine="$MACHINE" -v loadavg="$LOAD_BEFORE" -v dur="$DURATION" -v conns="$CONNECTIONS" -v threads="$THREADS" -v md="$1" '
    function fmt_ms(us) { return us >= 100000 ? sprintf("%.0f ms", us / 1000) : sprintf("%.1f ms", us / 1000) }
    function tagof(l) { return match(l, / \[[^]]*\]$/) ? substr(l, RSTART) : "" }
    function kv(s, key,   m) { if (match(s, key "=[0-9]+")) return substr(s, RSTART + length(key) + 1, RLENGTH - length(key) - 1) + 0; return 0 }
    function kvs(s, key) { return match(s, key "=[^ ]+") ? substr(s, RSTART + length(key) + 1, RLENGTH - length(key) - 1) : "" }
    function min(a, b) { return a < b ? a : b }
    function extra(s) { rownotes[++nr] = (md ? "- " : "") s }
    $1 == "#" { notes[++nn] = $2 " agreements: " $3; next }
    {
        n++; size[n] = $1; label[n] = $2; path[n] = $3; raw[n] = $4
        if ($4 ~ /^BENCH /) {
            rps[n] = kv($4, "requests") / (kv($4, "duration_us") / 1e6)
            p50[n] = kv($4, "p50_us"); p99[n] = kv($4, "p99_us")
            err[n] = kv($4, "non2xx") + kv($4, "socket_errors")
            if (label[n] ~ /ceiling/) ceiling[$1 SUBSEP tagof(label[n])] = rps[n]
            # repeats counts requests sent, some cut off by the end of the run: at most all answered.
            if ($4 ~ / list=/)
                extra(sprintf("%s, %s agreements: %d requests over a list of %d, %d of them asked again after the list ran out",
                    label[n], $1, kv($4, "requests"), kv($4, "list"), min(kv($4, "repeats"), kv($4, "requests"))))
        } else if ($4 ~ /^ROUNDS /) {
            p50[n] = kv($4, "p50_us"); p99[n] = kv($4, "p99_us"); err[n] = kv($4, "non2xx")
            cnt = split(kvs($4, "slowest_us"), s, ","); slow = ""
            for (j = 1; j <= cnt; j++) slow = slow (j > 1 ? ", " : "") fmt_ms(s[j])
            extra(sprintf("%s, %s agreements: slowest %s over %d rounds (a save through the API, then %d readers at once, half the listing, half the partner page); slowest of each round: %s",
                label[n], $1, fmt_ms(kv($4, "max_us")), kv($4, "rounds"), kv($4, "readers"), slow))
        }
    }
    END {
        # The label column: 44 wide, wider when a label is longer (a --compare-tag on a long label).
        w = 44
        for (i = 1; i <= n; i++) if (length(label[i]) > w) w = length(label[i])
        if (md) {
            print "| endpoint | agreements | requests/s | p50 | p99 | errors | vs ceiling |"
            print "|---|---:|---:|---:|---:|---:|---:|"
        } else {
            printf "Machine: %s\nLoad average before the run: %s\nwrk -t%s -c%s -d%s (CSV: -t1 -c2, for as long as two downloads take)\n\n", machine, loadavg, threads, conns, dur
            printf "%-" w "s %10s %11s %10s %10s %7s %11s\n", "endpoint", "agreements", "requests/s", "p50", "p99", "errors", "vs ceiling"
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
                    else printf "%-" w "s %10s %11s\n", label[i], size[i], "0 (none answered within the run)"
                } else if (raw[i] ~ /^BENCH /) {
                    c = ceiling[size[i] SUBSEP tagof(label[i])]; if (c == "") c = ceiling[size[i] SUBSEP ""]
                    ratio = c > 0 ? sprintf("%.1f%%", 100 * rps[i] / c) : "-"
                    # Below 10 requests/s (whole-set downloads) one decimal, so that 0.3 does not print as 0.
                    r = rps[i] < 10 ? sprintf("%.1f", rps[i]) : sprintf("%.0f", rps[i])
                    if (md) printf "| %s | %s | %s | %s | %s | %d | %s |\n", label[i], size[i], r, fmt_ms(p50[i]), fmt_ms(p99[i]), err[i], ratio
                    else printf "%-" w "s %10s %11s %10s %10s %7d %11s\n", label[i], size[i], r, fmt_ms(p50[i]), fmt_ms(p99[i]), err[i], ratio
                } else if (raw[i] ~ /^ROUNDS /) {
                    # Not a rate: the readers of each round arrive together once; the slowest is under the table.
                    if (md) printf "| %s | %s | - | %s | %s | %d | - |\n", label[i], size[i], fmt_ms(p50[i]), fmt_ms(p99[i]), err[i]
                    else printf "%-" w "s %10s %11s %10s %10s %7d %11s\n", label[i], size[i], "-", fmt_ms(p50[i]), fmt_ms(p99[i]), err[i], "-"
                } else {
                    if (md) printf "| %s | %s | %s | | | | |\n", label[i], size[i], raw[i]
                    else printf "%-" w "s %10s %11s\n", label[i], size[i], raw[i]
                }
            }
        }
        print ""
        for (i = 1; i <= nn; i++) print (md ? "- " : "") notes[i]
        for (i = 1; i <= nr; i++) print rownotes[i]
    }' "$RESULTS"
}

# report_again DIR: the table of an earlier run (bench/run.sh --report target/bench/<stamp>), with
# the run's own machine line and wrk settings.
report_again() {
    RESULTS=$1/results.tsv
    MACHINE=$(sed -n 's/^machine\t//p' "$1/machine.tsv")
    LOAD_BEFORE=$(sed -n 's/^load\t//p' "$1/machine.tsv")
    DURATION=$(sed -n 's/^duration\t//p' "$1/machine.tsv"); DURATION=${DURATION:-15s}
    CONNECTIONS=$(sed -n 's/^connections\t//p' "$1/machine.tsv"); CONNECTIONS=${CONNECTIONS:-32}
    THREADS=$(sed -n 's/^threads\t//p' "$1/machine.tsv"); THREADS=${THREADS:-2}
    report "${REPORT_MD:-}"
}

# describe_machine: the machine line above the table (also kept in machine.tsv for --report).
# Sets MACHINE and LOAD_BEFORE.
describe_machine() {
    MACHINE="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -m | awk '/^Mem:/ { printf "%.1f GB", $2 / 1024 }') memory, $(. /etc/os-release && echo "$PRETTY_NAME"), $(psql -d postgres -Atqc 'SHOW server_version' | cut -d' ' -f1 | sed 's/^/PostgreSQL /'), $(java -version 2>&1 | head -n 1)"
    LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
    MACHINE="$MACHINE; portal run by $LAUNCH_DESCRIPTION; one core: SHA-256 of 300 MB in $(core_speed) ms at the start"
    printf 'machine\t%s\nload\t%s\nduration\t%s\nconnections\t%s\nthreads\t%s\n' \
        "$MACHINE" "$LOAD_BEFORE" "$DURATION" "$CONNECTIONS" "$THREADS" > "$OUT/machine.tsv"
    log "machine: $MACHINE; load average $LOAD_BEFORE"
}

# size_notes SIZE DATABASE GCLOG READY_MS READY_CPU MIGRATE_MS STARTED_LINE: the lines under the
# table about one size's data set, start and memory, while the measured portal still runs.
size_notes() {
    local size=$1 rss_kb oom heap_before heap_after gcs
    rss_kb=$(ps -o rss= -p "$PORTAL_PID" | tr -d ' ')
    oom=$(grep -c 'OutOfMemoryError' "$OUT/portal-$size.log" || true)
    read -r heap_before heap_after gcs < <(heap_peaks "$3" 0)
    note "$size" "data set: $size agreements ($published published), $PARTNERS partners, $MEETINGS meetings; loaded in $LOAD_S s"
    note "$size" "start-up to ready: $4 ms, $5 s of CPU (first start, with migrations: $6 ms); $7"
    note "$size" "portal RSS at the end: $(( rss_kb / 1024 )) MB; heap peak $heap_before MB before a GC, $heap_after MB after ($gcs GCs, $(heap_options)); OutOfMemoryError: $oom"
    [ -z "$CSV_NOTE" ] || note "$size" "$CSV_NOTE"
    note "$size" "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg); one core: SHA-256 of 300 MB in $(core_speed) ms"
}
