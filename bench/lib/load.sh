# The data: one fresh database per size, the synthetic set loaded into it (bench/data/), what the
# rows ask for chosen from what was loaded, and the database dropped afterwards.
# Sourced by bench/run.sh; defines functions only. Reads PARTNERS, MEETINGS, OUT, KEEP_DB.

# create_database SIZE: an empty database, remembered in DATABASES so that cleanup drops it even
# when the run stops half-way. Sets DB.
create_database() {
    DB="bench_${1}_$(date +%H%M%S)_$$"
    DATABASES+=("$DB")
    log "== $1 agreements: database $DB"
    createdb "$DB"
}

# load_data DATABASE SIZE: the synthetic set, set-based in SQL, into a database the portal's own
# Flyway has migrated. Sets LOAD_S (seconds).
load_data() {
    local db=$1 size=$2 started
    log "loading $size agreements, $PARTNERS partners, $MEETINGS meetings"
    started=$(now_ms)
    psql -d "$db" -q -v ON_ERROR_STOP=1 -v agreements="$size" -v partners="$PARTNERS" -v meetings="$MEETINGS" \
        -f "$ROOT/bench/data/load.sql" > "$OUT/load-$size.log" 2>&1 \
        || { tail -n 20 "$OUT/load-$size.log" >&2; die "loading failed"; }
    LOAD_S=$(( ($(now_ms) - started) / 1000 ))
}

# drop_database DATABASE: unless --keep-db.
drop_database() {
    [ "$KEEP_DB" = 0 ] || return 0
    dropdb --if-exists --force "$1"
}

# choose_targets DATABASE: what the fixed-URL rows ask for, chosen from the data: the partner with
# the most agreements for the filtered listing, a partner with about 300 events for its page, a
# full agreement, the middle page. Sets published, list_partner, list_partner_count, page_partner,
# page_partner_events, agreement_id, deep_page.
choose_targets() {
    local db=$1
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
}

# write_lists DATABASE DIR: for the rows that ask for a different URL on every request
# (bench/wrk/urls.lua), one file per row, one query string or word a line, in a fixed shuffled
# order (md5) so that two runs ask for the same sequence. Pages: every listing page (20 a page, from
# one) newest and oldest first, which cost the same, each under three addresses; every API page (from
# zero) at each size from 15 to 25, about 20 on average: about 28,800 and 55,000 URLs at 100,000
# agreements, more than a run asks for at today's rates. The words are the loader's vocabulary (bench/data/01_vocabulary.sql)
# read back from texts it stored: single English words and pairs of neighbouring words (single
# words alone would run out after ~600 requests), each also as typed so far, one and two letters
# short where four or more remain ("touris" finds tourism and tourist: a search nobody made before
# with the same work; words and pairs alone, 1,460, ran out in a 13 s run at 120 a second), and
# every two- and four-character window of
# the Japanese texts' runs of kanji and of katakana (none starting with a small kana or a
# long-vowel mark, which no word does).
write_lists() {
    local db=$1 dir=$2 pages
    mkdir -p "$dir"
    pages=$(( (published + 19) / 20 ))
    [ "$pages" -gt 0 ] || pages=1
    # Each page also with the default order and size written out (sort=newest, size=20): the same
    # page and the same work for the portal, but an address nobody asked for, so that a fast run does
    # not run out of new addresses (about 1,500 a second on a quiet machine ran through 9,600 in 7 s);
    # and the two parameters in either order: 38,400 addresses at 100,000 agreements, enough for the
    # warm-up and the measurement at 1,300 a second.
    sql "$db" "SELECT q FROM (SELECT o || 'page=' || g AS q FROM generate_series(1, $pages) g,
                                     unnest(ARRAY['', 'sort=newest&', 'sort=oldest&', 'size=20&', 'sort=newest&size=20&',
                                                  'sort=oldest&size=20&', 'size=20&sort=newest&', 'size=20&sort=oldest&']) o) p
                ORDER BY md5(q)" > "$dir/pages.txt"
    # Each page of each size also with the default order written out, for the same reason: at 2,000 a
    # second, 30 s of warm-up and 10 s measured would run through the 54,165 pages of sizes 15-25.
    sql "$db" "SELECT 'page=' || g || '&size=' || s || o FROM generate_series(15, 25) s,
                      generate_series(0, greatest(($published + s - 1) / s - 1, 0)) g, unnest(ARRAY['', '&sort=newest']) o
                ORDER BY md5(g || '/' || s || o)" > "$dir/api-pages.txt"
    # Each partner once, then each partner with a type: every value a filter nobody asked for before,
    # enough of them that the run does not run out (500 partners alone last a few seconds).
    sql "$db" "SELECT v FROM (SELECT slug AS v, 0 AS k, md5(slug) AS o FROM partner WHERE visibility = 'PUBLISHED'
                              UNION ALL
                              SELECT p.slug || '&type=' || t, 1, md5(p.slug || t) FROM partner p,
                                     unnest(ARRAY['MEMORANDUM_OF_UNDERSTANDING', 'JOINT_STATEMENT', 'JOINT_COMMUNIQUE',
                                                  'JOINT_DECLARATION', 'LETTER_OF_INTENT', 'OTHER']) t
                               WHERE p.visibility = 'PUBLISHED') x ORDER BY k, o" > "$dir/partners.txt"
    # Each search also with the default order, size and page written out: the same search and the same
    # work, an address nobody asked for (a search drawn from the words kept in memory ran through
    # 3,569 searches in 10 s); the Japanese lists too (845 and 400 windows of the loaded texts).
    local sample="SELECT t.agreement_id AS n, t.body FROM agreement_text t JOIN agreement a ON a.id = t.agreement_id
                   WHERE a.visibility = 'PUBLISHED' AND t.language = '%s' ORDER BY t.agreement_id LIMIT 400"
    sql "$db" "
        WITH tokens AS (
            SELECT s.n, x.i, x.w FROM ($(printf "$sample" en)) s,
                   regexp_split_to_table(lower(s.body), '[^[:alpha:]]+') WITH ORDINALITY x(w, i)),
        pairs AS (
            SELECT w, lead(w) OVER (PARTITION BY n ORDER BY i) AS next FROM tokens),
        words AS (
            SELECT w AS q FROM tokens WHERE length(w) >= 4
            UNION SELECT w || ' ' || next FROM pairs WHERE length(w) >= 4 AND length(next) >= 4)
        SELECT q || o || s || p FROM (SELECT q FROM words
                       UNION SELECT left(q, -k) FROM words, generate_series(1, 2) k WHERE q ~ '[[:alpha:]]{6}\$') typed,
               unnest(ARRAY['', '&sort=newest']) o, unnest(ARRAY['', '&size=20']) s, unnest(ARRAY['', '&page=1']) p
         ORDER BY md5(q || o || s || p)" > "$dir/words-en.txt"
    local width
    for width in 2 4; do
        sql "$db" "
            WITH runs AS (
                SELECT m[1] AS r FROM ($(printf "$sample" ja)) s,
                       regexp_matches(s.body, '[一-龯々]+|[ァ-ヶー]+', 'g') m)
            SELECT q || o || s || p FROM (SELECT DISTINCT substr(r, i, $width) AS q
                             FROM runs, generate_series(1, length(r) - $width + 1) i
                            WHERE substr(r, i, 1) !~ '[ァィゥェォッャュョヮヵヶー]') windows,
                   unnest(ARRAY['', '&sort=newest']) o, unnest(ARRAY['', '&size=20']) s, unnest(ARRAY['', '&page=1']) p
             ORDER BY md5(q || o || s || p)" > "$dir/words-ja$width.txt"
    done
}
