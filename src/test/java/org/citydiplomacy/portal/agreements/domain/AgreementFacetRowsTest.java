package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citydiplomacy.portal.agreements.AgreementFacets;
import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The facet rows and the kept counts (V150) follow every kind of write to agreements, their areas
 * and their partners, and the counts read from them are the counts of the agreements themselves.
 * Each test writes in a transaction that it rolls back.
 */
@PortalTest
class AgreementFacetRowsTest {

    /** The counts as the agreements give them, and as kept, where they differ. */
    private static final String DIFFERENCES = """
            WITH expected AS (
                SELECT visibility, 'type' AS facet, type::text AS key, count(*) AS n FROM agreement GROUP BY 1, 2, 3
                UNION ALL SELECT visibility, 'year', extract(year FROM signed_on)::int::text, count(*) FROM agreement GROUP BY 1, 2, 3
                UNION ALL SELECT a.visibility, 'area', ar.area, count(*)
                            FROM agreement a JOIN agreement_area ar ON ar.agreement_id = a.id GROUP BY 1, 2, 3
                UNION ALL SELECT a.visibility, 'partner', ap.partner_id::text, count(*)
                            FROM agreement a JOIN agreement_partner ap ON ap.agreement_id = a.id GROUP BY 1, 2, 3)
            SELECT coalesce(e.facet, k.facet) || ' ' || coalesce(e.key, k.key) || ': ' || coalesce(e.n, 0) || ' kept as ' || coalesce(k.n, 0)
              FROM expected e FULL JOIN (SELECT * FROM agreement_facet_count WHERE n <> 0) k USING (visibility, facet, key)
             WHERE e.n IS DISTINCT FROM k.n
            """;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AgreementFacetQueries facets;

    @Test
    void keptCountsFollowEveryWrite() {
        transactions.executeWithoutResult(status -> {
            assertThat(differences()).isEmpty();
            long first = jdbc.sql("SELECT min(id) FROM agreement").query(Long.class).single();
            long last = jdbc.sql("SELECT max(id) FROM agreement").query(Long.class).single();
            jdbc.sql("UPDATE agreement SET visibility = 'DRAFT' WHERE id = ?").params(first).update();
            jdbc.sql("INSERT INTO agreement_area (agreement_id, area) SELECT id, 'SPORT' FROM agreement"
                    + " WHERE id NOT IN (SELECT agreement_id FROM agreement_area WHERE area = 'SPORT') ORDER BY id LIMIT 3").update();
            jdbc.sql("DELETE FROM agreement_partner WHERE agreement_id = ?").params(last).update();
            jdbc.sql("UPDATE agreement SET signed_on = signed_on - 400, type = 'OTHER'"
                    + " WHERE id IN (SELECT id FROM agreement ORDER BY id LIMIT 5)").update();
            jdbc.sql("UPDATE agreement_area SET area = 'HEALTH' WHERE agreement_id = ? AND area = 'SPORT'"
                    + " AND NOT EXISTS (SELECT 1 FROM agreement_area WHERE agreement_id = ? AND area = 'HEALTH')")
                    .params(first, first).update();
            jdbc.sql("DELETE FROM agreement WHERE id = ?").params(last).update();
            assertThat(differences()).isEmpty();
            status.setRollbackOnly();
        });
    }

    @Test
    void aRebuildAfterABulkLoadWithTheTriggersOffCountsAgain() {
        transactions.executeWithoutResult(status -> {
            // What bench/data/load.sql does: write with every trigger off, then rebuild once.
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql("UPDATE agreement SET type = 'OTHER', signed_on = signed_on - 800 WHERE id IN (SELECT id FROM agreement ORDER BY id LIMIT 4)").update();
            jdbc.sql("DELETE FROM agreement_partner WHERE agreement_id = (SELECT max(id) FROM agreement)").update();
            jdbc.sql("SELECT 1 FROM agreement_facet_rebuild()").query(Integer.class).single();
            assertThat(differences()).isEmpty();
            status.setRollbackOnly();
        });
    }

    @Test
    void facetsReadFromTheKeptCountsAreTheCountedOnes() {
        transactions.executeWithoutResult(status -> {
            // A draft, so that the staff's and the public's counts differ.
            jdbc.sql("UPDATE agreement SET visibility = 'DRAFT' WHERE id = (SELECT min(id) FROM agreement)").update();
            String partner = jdbc.sql("SELECT p.slug FROM partner p JOIN agreement_partner ap ON ap.partner_id = p.id"
                    + " GROUP BY p.slug ORDER BY count(*) DESC, p.slug LIMIT 1").query(String.class).single();
            for (Audience audience : List.of(Audience.PUBLIC, Audience.STAFF)) {
                // Unfiltered, every facet is read from the kept counts; filtered by a partner, all but
                // the partners' are counted from the rows. A word makes every facet counted.
                AgreementFacets kept = facets.facets(AgreementFilter.none(), audience);
                AgreementFacets counted = facets.facets(AgreementFilter.none().withQuery("tokyo"), audience);
                assertThat(kept.total()).isGreaterThanOrEqualTo(counted.total()).isPositive();
                AgreementFacets byPartner = facets.facets(AgreementFilter.none().withPartner(partner), audience);
                assertThat(byPartner.partners()).isEqualTo(kept.partners());
                assertThat(byPartner.total()).isEqualTo(kept.partners().stream()
                        .filter(p -> p.partner().slug().equals(partner)).findFirst().orElseThrow().count());
                assertThat(byPartner.types().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(byPartner.total());
                AgreementFacets byType = facets.facets(AgreementFilter.none().withType(AgreementType.MEMORANDUM_OF_UNDERSTANDING), audience);
                assertThat(byType.types()).isEqualTo(kept.types());
                assertThat(byType.total()).isEqualTo(kept.count(AgreementType.MEMORANDUM_OF_UNDERSTANDING));
                AgreementFacets byArea = facets.facets(AgreementFilter.none().withArea(CooperationArea.CULTURE), audience);
                assertThat(byArea.areas()).isEqualTo(kept.areas());
                assertThat(byArea.total()).isEqualTo(kept.count(CooperationArea.CULTURE));
                assertThat(jdbc.sql("SELECT count(*) FROM agreement a WHERE " + audience.visibilityCondition("a.visibility"))
                        .query(Long.class).single()).isEqualTo(kept.total());
            }
            status.setRollbackOnly();
        });
    }

    private List<String> differences() {
        return jdbc.sql(DIFFERENCES).query(String.class).list();
    }
}
