-- Issue 13: a search word must be found through the search document's GIN index (V111), never by
-- testing every agreement's document. PostgreSQL prices the @@ test of a row at almost nothing,
-- not seeing that each test unpacks a document of kilobytes stored out of line; for a word looked
-- up as a prefix it estimates the index as dearer than reading all published agreements through
-- another index and testing each. Measured at 100,000 agreements: 2.2-2.9 s for the count of a
-- common word ('econom':*, 18,454 matches) that way, against some 30 ms through the GIN index.
--
-- This function is the one way the listing, its counts and its facets find a search's matches:
-- the index is the only way it has to read agreements (sequential scans are priced out, and no
-- other condition it tests can be served by an index), and the callers filter what it returns. A function
-- with settings of its own is never inlined, so these settings hold for this query alone.
-- Words that the index cannot find (one character, punctuation inside a word) are given as typed
-- in `exact` and checked on the rows the index found; `visible` are the visibilities the reader may
-- see, tested on each row found (as IS TRUE, so that no index on visibility offers to serve it);
-- `max` stops the reading after that many matches (NULL: all of them), for a count that only needs
-- to know whether there are more than some number.
CREATE FUNCTION agreement_search_matches(query tsquery, exact text[], visible text[], max integer)
    RETURNS TABLE (id bigint, visibility varchar(10), type varchar(30), signed_on date, title varchar(500))
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 2000
    SET enable_seqscan = off
AS $$
    SELECT a.id, a.visibility, a.type, a.signed_on, a.title
      FROM agreement a
     WHERE a.search_vector @@ query
       AND (a.visibility = ANY (visible)) IS TRUE
       AND (cardinality(exact) = 0 OR NOT EXISTS (SELECT FROM unnest(exact) w WHERE strpos(a.search_text, w) = 0))
     LIMIT max
$$;

-- The public's copy of the index (V111) was there so that a count of public matches could come
-- from the index alone; the planner did not choose it at 100,000 agreements (see above), and the
-- function reads the one index of every agreement. Keeping it would only slow every save and import.
DROP INDEX IF EXISTS agreement_published_search_vector_idx;
