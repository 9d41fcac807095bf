-- Issue 13: a search word is looked up as a prefix ('tourism':*, so that "touris" finds tourism and
-- tourist), and the search index (V111) answers a prefix by reading every key from the prefix on
-- into a bitmap of its own before the usual scan: at 100,000 agreements 'tourism':* took 6.3 ms
-- where the one key 'tourism' took 1.4 ms, and 'digit':* & 'skill':* 13.2 ms against 7.1 ms for the
-- keys they stand for. The facet counts of a search and the page of a rare word read the index
-- through agreement_search_matches (V160) with every new word.
--
-- So the words the search documents hold are kept in search_lexeme, and a prefix that stands for at
-- most 32 of them is looked up as those words (search_exact_query): the same agreements, read as
-- exact keys. The table only ever grows: a word no document holds any more finds nothing, so a
-- superset of the documents' words gives the same matches, and nothing need be removed when an
-- agreement changes. It has no unique key on purpose: two saves that bring the same new word at
-- once each add a row, instead of one waiting for the other (or both for each other).

CREATE TABLE search_lexeme (
    lexeme text COLLATE "C" NOT NULL
);

INSERT INTO search_lexeme (lexeme)
SELECT word FROM ts_stat('SELECT search_vector FROM agreement') ORDER BY word;

CREATE INDEX search_lexeme_lexeme_idx ON search_lexeme (lexeme);

-- The words of the search documents a statement wrote that are not kept yet (rows of other
-- transactions in progress are not seen: a word they also bring is then kept twice, which is harmless).
CREATE FUNCTION agreement_search_lexemes_on_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_lexeme (lexeme)
    SELECT DISTINCT x.lexeme
      FROM new_search_rows n CROSS JOIN LATERAL unnest(tsvector_to_array(n.search_vector)) AS x(lexeme)
     WHERE NOT EXISTS (SELECT FROM search_lexeme s WHERE s.lexeme = x.lexeme COLLATE "C");
    RETURN NULL;
END;
$$;

CREATE TRIGGER agreement_search_lexemes_insert_trg
    AFTER INSERT ON agreement REFERENCING NEW TABLE AS new_search_rows
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_search_lexemes_on_rows();

CREATE TRIGGER agreement_search_lexemes_update_trg
    AFTER UPDATE ON agreement REFERENCING NEW TABLE AS new_search_rows
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_search_lexemes_on_rows();

-- A query with each prefix that stands for at most 32 kept words replaced by those words, joined by
-- OR; a prefix that stands for more (two letters, say) stays a prefix, and so does one that stands
-- for none (the index finds nothing for it either way). The query's text quotes each word, with
-- quotes doubled and backslashes escaped; the word is read back through tsvector input, which reads
-- the same quoting, and the replacement is written with the same quoting.
CREATE FUNCTION search_exact_query(query tsquery) RETURNS tsquery
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    quoted text;
    prefix text;
    words text[];
    result tsquery := query;
BEGIN
    FOR quoted IN
        SELECT DISTINCT m[1] FROM regexp_matches(query::text, '''((?:[^''\\]|''''|\\.)*)'':\*', 'g') AS m
    LOOP
        prefix := (SELECT u.lexeme FROM unnest(('''' || quoted || '''')::tsvector) AS u);
        words := ARRAY(SELECT s.lexeme FROM search_lexeme s
                        WHERE s.lexeme >= prefix COLLATE "C" AND starts_with(s.lexeme, prefix)
                        GROUP BY s.lexeme ORDER BY s.lexeme LIMIT 33);
        IF cardinality(words) BETWEEN 1 AND 32 THEN
            result := ts_rewrite(result, ('''' || quoted || ''':*')::tsquery,
                                 array_to_string(ARRAY(SELECT '''' || replace(replace(w, '\', '\\'), '''', '''''') || ''''
                                                         FROM unnest(words) AS w), ' | ')::tsquery);
        END IF;
    END LOOP;
    RETURN result;
END;
$$;

-- As in V160, with the query's prefixes read as the words they stand for: worked out once (an
-- uncorrelated subquery is an init plan, evaluated once and then given to the index scan as its key).
CREATE OR REPLACE FUNCTION agreement_search_matches(query tsquery, exact text[], visible text[], max integer)
    RETURNS TABLE (id bigint, visibility varchar(10), type varchar(30), signed_on date, title varchar(500))
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 2000
    SET enable_seqscan = off
AS $$
    SELECT a.id, a.visibility, a.type, a.signed_on, a.title
      FROM agreement a
     WHERE a.search_vector @@ (SELECT search_exact_query(query))
       AND (a.visibility = ANY (visible)) IS TRUE
       AND (cardinality(exact) = 0 OR NOT EXISTS (SELECT FROM unnest(exact) w WHERE strpos(a.search_text, w) = 0))
     LIMIT max
$$;
