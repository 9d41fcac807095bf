# The first readers after a change (issue 13): a staff save through the write API starts a new
# data version, so every kept page is stale and the readers who arrive next pay for the renders.
# Sourced by bench/run.sh; defines functions only. Reads PORT, ROUNDS, OUT, page_partner.

READERS=32

# The administrator the portal creates at start-up from PORTAL_ADMIN_USERNAME/_PASSWORD (README,
# Configuration); run.sh passes them to the first start of each database only (the one that
# migrates), so that the measured starts do what they did before this row existed.
ADMIN_USERNAME=bench-admin
ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
TOKEN=

# staff_token: a personal access token for the administrator (POST /api/v1/tokens with HTTP Basic),
# once per run: tokens live in the database, so a later start on it accepts the same one.
staff_token() {
    [ -z "$TOKEN" ] || return 0
    TOKEN=$(curl -s -u "$ADMIN_USERNAME:$ADMIN_PASSWORD" -X POST -H 'Content-Type: application/json' \
        -d '{"name": "bench/run.sh", "days": 1}' "http://127.0.0.1:$PORT/api/v1/tokens" | jq -r '.token // empty' 2>/dev/null || true)
    [ -n "$TOKEN" ]
}

# save_partner SLUG NOTE DIR: one staff save, the partner's staff notes set to NOTE with the ETag of
# its editable state (If-Match). Prints the HTTP status of the PUT.
save_partner() {
    local api="http://127.0.0.1:$PORT/api/v1/partners/$1" dir=$3 etag
    curl -s -D "$dir/editable.headers" -o "$dir/editable.json" -H "Authorization: Bearer $TOKEN" "$api/editable" || true
    etag=$(sed -n 's/^[Ee][Tt][Aa][Gg]:[[:space:]]*//p' "$dir/editable.headers" | tr -d '\r')
    # The editable state wraps the command a PUT takes ({id, slug, version, command}).
    jq --arg note "$2" '(.command // .) | .staffNotes = $note' "$dir/editable.json" > "$dir/save.json" || { echo 0; return; }
    curl -s -o "$dir/save-answer.json" -w '%{http_code}' -X PUT -H "Authorization: Bearer $TOKEN" \
        -H "If-Match: $etag" -H 'Content-Type: application/json' --data-binary @"$dir/save.json" "$api" || true
}

# first_readers SIZE LABEL: ROUNDS times, a save of the partner whose page is measured, then
# READERS requests at once (half the listing, half that partner's page; one curl, all
# connections opened together). Records p50, p99 and the slowest over all rounds, and the
# slowest of each round.
first_readers() {
    local size=$1 label=$2
    wanted "$label" || return 0
    local dir base="http://127.0.0.1:$PORT" i round status
    dir=$(mktemp -d "$OUT/first-readers-$size-XXXX")
    if ! staff_token; then
        log "  $label: n/a (no staff token)"
        row "$size" "$label" "/api/v1/partners/$page_partner" "n/a (no staff token)"
        return
    fi
    for i in $(seq 1 "$READERS"); do
        if [ $((i % 2)) = 1 ]; then echo "url = \"$base/agreements\""; else echo "url = \"$base/partners/$page_partner\""; fi
        echo 'output = "/dev/null"'
    done > "$dir/readers.conf"
    log "  $label: $ROUNDS rounds of a save then $READERS readers"
    : > "$dir/times.txt"
    for round in $(seq 1 "$ROUNDS"); do
        status=$(save_partner "$page_partner" "bench/run.sh: round $round at $(date -u +%FT%T.%NZ)" "$dir") || true
        if [ "$status" != 200 ]; then
            log "  $label: the save answered $status ($dir/save-answer.json)"
            row "$size" "$label" "/api/v1/partners/$page_partner" "n/a (the save answered $status)"
            return
        fi
        # (curl 7.88 draws its parallel progress meter even with -s: stderr goes to a file.)
        curl -s --parallel --parallel-immediate --parallel-max "$READERS" --max-time 120 -K "$dir/readers.conf" \
            -w "$round %{http_code} %{time_total}\n" >> "$dir/times.txt" 2>> "$dir/readers.err" || true
        # Let the round's stragglers and the JVM settle before the next save.
        sleep 1
    done
    # Sorted by time first (mawk, Debian's default awk, has no asort).
    row "$size" "$label" "/agreements + /partners/$page_partner" "$(sort -k3,3g "$dir/times.txt" | awk -v readers="$READERS" '
        { t = $3 * 1e6; all[++n] = t; if ($2 != 200) bad++; if (t > slowest[$1]) slowest[$1] = t; if ($1 > nr) nr = $1 }
        END {
            for (r = 1; r <= nr; r++) list = list (r > 1 ? "," : "") int(slowest[r])
            printf "ROUNDS rounds=%d readers=%d requests=%d p50_us=%d p99_us=%d max_us=%d non2xx=%d slowest_us=%s\n",
                nr, readers, n, all[int((n + 1) / 2)], all[int(n * 0.99 + 0.999)], all[n], bad, list
        }')"
}
