-- Issue 13: the listing's facet counts (types, years, areas, partners) for a filter nobody asked
-- for before. Counted from the agreement table they read its wide rows (titles, summaries, the
-- search columns: some 700 bytes a row at 100,000 agreements, most of its 8,800 pages) and look up
-- each row's areas and partners in two more indexes: 300 ms for the whole listing, 200 ms for a
-- common word. A narrow row per agreement holding just what the counts group by, its areas and
-- partners as arrays, is read in a tenth of the pages with no lookups.
--
-- Kept by triggers, so that every writer (the staff forms, the API, the import, a migration) keeps
-- it right: one statement-level trigger per table and event, with the changed rows as transition
-- tables, so that a statement writing many rows refreshes each agreement once.
CREATE TABLE agreement_facet (
    id          bigint      PRIMARY KEY REFERENCES agreement (id) ON DELETE CASCADE,
    visibility  varchar(10) NOT NULL,
    type        varchar(30) NOT NULL,
    signed_on   date        NOT NULL,
    areas       text[]      NOT NULL DEFAULT '{}',
    partner_ids bigint[]    NOT NULL DEFAULT '{}'
);

CREATE FUNCTION agreement_facet_refresh(ids bigint[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO agreement_facet AS f (id, visibility, type, signed_on, areas, partner_ids)
    SELECT a.id, a.visibility, a.type, a.signed_on,
           coalesce((SELECT array_agg(ar.area::text ORDER BY ar.area) FROM agreement_area ar WHERE ar.agreement_id = a.id), '{}'),
           coalesce((SELECT array_agg(ap.partner_id ORDER BY ap.partner_id) FROM agreement_partner ap WHERE ap.agreement_id = a.id), '{}')
      FROM agreement a
     WHERE a.id = ANY (ids)
    ON CONFLICT (id) DO UPDATE
       SET visibility = EXCLUDED.visibility, type = EXCLUDED.type, signed_on = EXCLUDED.signed_on,
           areas = EXCLUDED.areas, partner_ids = EXCLUDED.partner_ids
     WHERE (f.visibility, f.type, f.signed_on, f.areas, f.partner_ids)
           IS DISTINCT FROM (EXCLUDED.visibility, EXCLUDED.type, EXCLUDED.signed_on, EXCLUDED.areas, EXCLUDED.partner_ids);
$$;

-- Every agreement's row at once, for a bulk load that ran with the triggers off (bench/, tests).
CREATE FUNCTION agreement_facet_rebuild() RETURNS void LANGUAGE sql AS $$
    TRUNCATE agreement_facet;
    INSERT INTO agreement_facet (id, visibility, type, signed_on, areas, partner_ids)
    SELECT a.id, a.visibility, a.type, a.signed_on, coalesce(ar.areas, '{}'), coalesce(ap.partner_ids, '{}')
      FROM agreement a
      LEFT JOIN (SELECT agreement_id, array_agg(area::text ORDER BY area) AS areas
                   FROM agreement_area GROUP BY agreement_id) ar ON ar.agreement_id = a.id
      LEFT JOIN (SELECT agreement_id, array_agg(partner_id ORDER BY partner_id) AS partner_ids
                   FROM agreement_partner GROUP BY agreement_id) ap ON ap.agreement_id = a.id;
$$;

-- The agreements a statement touched, from whichever transition tables its event has.
CREATE FUNCTION agreement_facet_on_agreement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM agreement_facet_refresh(ARRAY(SELECT id FROM new_rows));
    RETURN NULL;
END;
$$;

CREATE FUNCTION agreement_facet_on_child() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM agreement_facet_refresh(ARRAY(SELECT DISTINCT agreement_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM agreement_facet_refresh(ARRAY(SELECT DISTINCT agreement_id FROM old_rows));
    ELSE
        PERFORM agreement_facet_refresh(ARRAY(SELECT agreement_id FROM old_rows UNION SELECT agreement_id FROM new_rows));
    END IF;
    RETURN NULL;
END;
$$;

-- Statement-level triggers with transition tables, one per table and event (PostgreSQL allows one
-- event per trigger that has transition tables): named <table>_<function>_<event>_trg.
CREATE FUNCTION agreement_facet_create_triggers(target regclass, handler text, events text[]) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    event text;
BEGIN
    FOREACH event IN ARRAY events LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER %s ON %s REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION %I()',
                       target::text || '_' || handler || '_' || lower(event) || '_trg', event, target,
                       CASE event WHEN 'INSERT' THEN 'NEW TABLE AS new_rows'
                                  WHEN 'DELETE' THEN 'OLD TABLE AS old_rows'
                                  ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
                       handler);
    END LOOP;
END;
$$;

SELECT agreement_facet_create_triggers('agreement', 'agreement_facet_on_agreement', ARRAY['INSERT', 'UPDATE']);
SELECT agreement_facet_create_triggers('agreement_area', 'agreement_facet_on_child', ARRAY['INSERT', 'UPDATE', 'DELETE']);
SELECT agreement_facet_create_triggers('agreement_partner', 'agreement_facet_on_child', ARRAY['INSERT', 'UPDATE', 'DELETE']);

-- The counts of the whole listing per visibility (each type, signing year, area and partner), kept
-- from the facet rows' changes: a listing filtered by one facet or none, which is most pages and
-- every first reader after a save, reads its other facets' counts here instead of counting 100,000
-- rows. Rows are locked in one order, so that two saves never deadlock on them.
CREATE TABLE agreement_facet_count (
    visibility varchar(10) NOT NULL,
    facet      varchar(10) NOT NULL,
    key        text        NOT NULL,
    n          bigint      NOT NULL,
    PRIMARY KEY (visibility, facet, key)
);

-- What a row adds to the counts (sign 1) or takes from them (sign -1).
CREATE FUNCTION agreement_facet_count_terms(row_visibility text, row_type text, row_signed_on date,
        row_areas text[], row_partner_ids bigint[], sign int, OUT visibility text, OUT facet text, OUT key text, OUT d int)
    RETURNS SETOF record LANGUAGE sql IMMUTABLE AS $$
    SELECT $1, 'type', $2, $6
    UNION ALL SELECT $1, 'year', extract(year FROM $3)::int::text, $6
    UNION ALL SELECT $1, 'area', x, $6 FROM unnest($4) AS x
    UNION ALL SELECT $1, 'partner', x::text, $6 FROM unnest($5) AS x
$$;

CREATE FUNCTION agreement_facet_count_on_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO agreement_facet_count AS c (visibility, facet, key, n)
        SELECT t.visibility, t.facet, t.key, sum(t.d)
          FROM new_rows r, agreement_facet_count_terms(r.visibility, r.type, r.signed_on, r.areas, r.partner_ids, 1) t
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (visibility, facet, key) DO UPDATE SET n = c.n + EXCLUDED.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO agreement_facet_count AS c (visibility, facet, key, n)
        SELECT t.visibility, t.facet, t.key, sum(t.d)
          FROM old_rows r, agreement_facet_count_terms(r.visibility, r.type, r.signed_on, r.areas, r.partner_ids, -1) t
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (visibility, facet, key) DO UPDATE SET n = c.n + EXCLUDED.n;
    ELSE
        INSERT INTO agreement_facet_count AS c (visibility, facet, key, n)
        SELECT t.visibility, t.facet, t.key, sum(t.d)
          FROM (SELECT r.*, 1 AS sign FROM new_rows r UNION ALL SELECT r.*, -1 FROM old_rows r) r,
               agreement_facet_count_terms(r.visibility, r.type, r.signed_on, r.areas, r.partner_ids, r.sign) t
         GROUP BY 1, 2, 3 HAVING sum(t.d) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (visibility, facet, key) DO UPDATE SET n = c.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END;
$$;

SELECT agreement_facet_create_triggers('agreement_facet', 'agreement_facet_count_on_rows', ARRAY['INSERT', 'UPDATE', 'DELETE']);
DROP FUNCTION agreement_facet_create_triggers(regclass, text, text[]);

-- A rebuild (bulk loads) empties the rows with TRUNCATE, which no row trigger sees: the counts go too.
CREATE FUNCTION agreement_facet_count_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE agreement_facet_count;
    RETURN NULL;
END;
$$;

CREATE TRIGGER agreement_facet_count_truncate_trg AFTER TRUNCATE ON agreement_facet
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_facet_count_on_truncate();

SELECT agreement_facet_rebuild();
