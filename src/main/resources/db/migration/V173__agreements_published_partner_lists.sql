-- Issue 13: every public list of agreements (the listing, the API, the CSV, a partner's page) names each
-- agreement's published partners in order. They were aggregated per row at every read: for a page of 20,
-- 20 aggregates of three index lookups each, about two thirds of the database's work for an API page
-- nobody asked for before. They are kept here instead, one row per agreement that has a published
-- partner, so that a page reads them with one index lookup per row. Staff lists (drafts' partners too)
-- still aggregate at the read: they are few.
--
-- The rows are kept by the triggers below, in the statement that changes a partner or a link. Their
-- names sort after the data version's triggers (V20: triggers of one event fire in the order of their
-- names), so that a statement's lists are made once its transaction holds the data_version row, which
-- every writing transaction holds to its commit: two transactions never make the same agreement's lists
-- from snapshots that miss each other's change.
CREATE TABLE agreement_published_partners (
    agreement_id     bigint PRIMARY KEY,
    partner_slugs    text[] NOT NULL,
    partner_names    text[] NOT NULL,
    partner_names_ja text[] NOT NULL
);

-- Each agreement's lists as its links give them; an agreement without a published partner has no row (as
-- the aggregate over no rows was NULL). A condition on agreement_id is applied before the grouping.
CREATE VIEW agreement_published_partners_source AS
SELECT ap.agreement_id,
       array_agg(p.slug ORDER BY ap.position, p.name)::text[] AS partner_slugs,
       array_agg(p.name ORDER BY ap.position, p.name)::text[] AS partner_names,
       array_agg(coalesce(p.name_ja, '') ORDER BY ap.position, p.name)::text[] AS partner_names_ja
  FROM agreement_partner ap JOIN partner p ON p.id = ap.partner_id
 WHERE p.visibility = 'PUBLISHED'
 GROUP BY ap.agreement_id;

-- The lists of the agreements given, made again from their links.
CREATE FUNCTION agreement_published_partners_refresh(ids bigint[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM agreement_published_partners k
     WHERE k.agreement_id = ANY(ids)
       AND k.agreement_id NOT IN (SELECT s.agreement_id FROM agreement_published_partners_source s
                                   WHERE s.agreement_id = ANY(ids));
    INSERT INTO agreement_published_partners (agreement_id, partner_slugs, partner_names, partner_names_ja)
    SELECT * FROM agreement_published_partners_source s WHERE s.agreement_id = ANY(ids)
    ON CONFLICT (agreement_id) DO UPDATE
       SET partner_slugs = EXCLUDED.partner_slugs,
           partner_names = EXCLUDED.partner_names,
           partner_names_ja = EXCLUDED.partner_names_ja;
$$;

-- Every list made again: for bulk loads that write with the triggers off (bench/data/load.sql, test data).
CREATE FUNCTION agreement_published_partners_rebuild() RETURNS void LANGUAGE sql AS $$
    TRUNCATE agreement_published_partners;
    INSERT INTO agreement_published_partners (agreement_id, partner_slugs, partner_names, partner_names_ja)
    SELECT * FROM agreement_published_partners_source;
$$;

-- Links: statement triggers with transition tables (one event each, as V140's), each agreement once.
CREATE FUNCTION agreement_published_partners_on_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Each branch names only the transition tables its event has (PL/pgSQL plans a statement when it runs).
    IF TG_OP = 'INSERT' THEN
        PERFORM agreement_published_partners_refresh(ARRAY(SELECT DISTINCT n.agreement_id FROM new_link_rows n));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM agreement_published_partners_refresh(ARRAY(SELECT DISTINCT o.agreement_id FROM old_link_rows o));
    ELSE
        PERFORM agreement_published_partners_refresh(ARRAY(SELECT o.agreement_id FROM old_link_rows o
                                                           UNION SELECT n.agreement_id FROM new_link_rows n));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER agreement_partner_published_partners_insert_trg
    AFTER INSERT ON agreement_partner REFERENCING NEW TABLE AS new_link_rows
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_published_partners_on_links();

CREATE TRIGGER agreement_partner_published_partners_update_trg
    AFTER UPDATE ON agreement_partner REFERENCING OLD TABLE AS old_link_rows NEW TABLE AS new_link_rows
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_published_partners_on_links();

CREATE TRIGGER agreement_partner_published_partners_delete_trg
    AFTER DELETE ON agreement_partner REFERENCING OLD TABLE AS old_link_rows
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_published_partners_on_links();

CREATE FUNCTION agreement_published_partners_on_links_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE agreement_published_partners;
    RETURN NULL;
END;
$$;

CREATE TRIGGER agreement_partner_published_partners_truncate_trg
    AFTER TRUNCATE ON agreement_partner
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_published_partners_on_links_truncate();

-- Partners: a new slug, name, Japanese name or visibility changes the lists of the agreements they sign.
CREATE FUNCTION agreement_published_partners_on_partners() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM agreement_published_partners_refresh(ARRAY(
        SELECT DISTINCT ap.agreement_id
          FROM new_partner_rows n
          JOIN old_partner_rows o ON o.id = n.id
          JOIN agreement_partner ap ON ap.partner_id = n.id
         WHERE (n.slug, n.name, n.name_ja, n.visibility) IS DISTINCT FROM (o.slug, o.name, o.name_ja, o.visibility)));
    RETURN NULL;
END;
$$;

CREATE TRIGGER partner_published_partners_update_trg
    AFTER UPDATE ON partner REFERENCING OLD TABLE AS old_partner_rows NEW TABLE AS new_partner_rows
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_published_partners_on_partners();

SELECT agreement_published_partners_rebuild();
