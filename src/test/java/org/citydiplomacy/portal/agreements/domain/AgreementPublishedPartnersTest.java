package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kept partner lists (V173) follow every kind of write to partners and their links, and are the
 * lists the aggregate over the links gives. Each test writes in a transaction that it rolls back.
 */
@PortalTest
class AgreementPublishedPartnersTest {

    /** Each agreement's lists as the links give them, and as kept, where they differ. */
    private static final String DIFFERENCES = """
            WITH expected AS (
                SELECT ap.agreement_id,
                       array_agg(p.slug ORDER BY ap.position, p.name)::text[] AS partner_slugs,
                       array_agg(p.name ORDER BY ap.position, p.name)::text[] AS partner_names,
                       array_agg(coalesce(p.name_ja, '') ORDER BY ap.position, p.name)::text[] AS partner_names_ja
                  FROM agreement_partner ap JOIN partner p ON p.id = ap.partner_id
                 WHERE p.visibility = 'PUBLISHED'
                 GROUP BY ap.agreement_id)
            SELECT coalesce(e.agreement_id, k.agreement_id) || ': ' || coalesce(e.partner_names::text, '-')
                   || ' kept as ' || coalesce(k.partner_names::text, '-')
              FROM expected e FULL JOIN agreement_published_partners k USING (agreement_id)
             WHERE (e.partner_slugs, e.partner_names, e.partner_names_ja)
                   IS DISTINCT FROM (k.partner_slugs, k.partner_names, k.partner_names_ja)
            """;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void keptListsFollowEveryWrite() {
        transactions.executeWithoutResult(status -> {
            assertThat(kept()).isPositive();
            assertThat(differences()).isEmpty();
            long first = jdbc.sql("SELECT min(agreement_id) FROM agreement_partner").query(Long.class).single();
            long last = jdbc.sql("SELECT max(agreement_id) FROM agreement_partner").query(Long.class).single();
            long partner = jdbc.sql("SELECT partner_id FROM agreement_partner WHERE agreement_id = ? ORDER BY position LIMIT 1")
                    .params(first).query(Long.class).single();
            long other = jdbc.sql("SELECT min(id) FROM partner WHERE visibility = 'PUBLISHED' AND id <> ?")
                    .params(partner).query(Long.class).single();
            // A second partner, first in order; a renamed one; one made a draft; a link removed.
            jdbc.sql("INSERT INTO agreement_partner (agreement_id, partner_id, position) VALUES (?, ?, -1)"
                    + " ON CONFLICT DO NOTHING").params(last, other).update();
            jdbc.sql("UPDATE agreement_partner SET position = position + 10 WHERE agreement_id = ?").params(first).update();
            jdbc.sql("UPDATE partner SET name = name || ' (renamed)', name_ja = NULL WHERE id = ?").params(other).update();
            assertThat(differences()).isEmpty();
            jdbc.sql("UPDATE partner SET visibility = 'DRAFT' WHERE id = ?").params(partner).update();
            assertThat(differences()).isEmpty();
            jdbc.sql("DELETE FROM agreement_partner WHERE agreement_id = ?").params(last).update();
            jdbc.sql("DELETE FROM agreement WHERE id = ?").params(first).update();
            assertThat(differences()).isEmpty();
            jdbc.sql("UPDATE partner SET visibility = 'PUBLISHED' WHERE id = ?").params(partner).update();
            assertThat(differences()).isEmpty();
            status.setRollbackOnly();
        });
    }

    @Test
    void aRebuildAfterABulkLoadWithTheTriggersOffMakesThemAgain() {
        transactions.executeWithoutResult(status -> {
            // What bench/data/load.sql does: write with every trigger off, then rebuild once.
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql("UPDATE partner SET name = name || ' (bulk)' WHERE id IN (SELECT partner_id FROM agreement_partner LIMIT 3)").update();
            jdbc.sql("DELETE FROM agreement_partner WHERE agreement_id = (SELECT max(agreement_id) FROM agreement_partner)").update();
            assertThat(differences()).isNotEmpty();
            jdbc.sql("SELECT 1 FROM agreement_published_partners_rebuild()").query(Integer.class).single();
            assertThat(differences()).isEmpty();
            status.setRollbackOnly();
        });
    }

    @Test
    void emptyingTheLinksEmptiesTheLists() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("TRUNCATE agreement_partner").update();
            assertThat(kept()).isZero();
            status.setRollbackOnly();
        });
    }

    private long kept() {
        return jdbc.sql("SELECT count(*) FROM agreement_published_partners").query(Long.class).single();
    }

    private List<String> differences() {
        return jdbc.sql(DIFFERENCES).query(String.class).list();
    }
}
