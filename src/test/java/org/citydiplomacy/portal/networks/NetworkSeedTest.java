package org.citydiplomacy.portal.networks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The city networks the documents name, with the one membership date they give. */
@PortalTest
class NetworkSeedTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void tokyoJoinedTheU20On24January2018() {
        Map<String, Object> u20 = jdbc.sql("SELECT joined_on, joined_on_precision FROM network WHERE slug = 'u20'")
                .query().singleRow();

        assertThat(u20.get("joined_on")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2018, 1, 24)));
        assertThat(u20.get("joined_on_precision")).isEqualTo("DAY");
    }

    @Test
    void seedsTheNetworksNamedInTheDocuments() {
        List<String> names = jdbc.sql("SELECT name FROM network").query(String.class).list();

        assertThat(names).contains("U20 (Urban 20)", "C40 Cities Climate Leadership Group",
                "Global City Network for Sustainability", "OECD Champion Mayors for Inclusive Growth",
                "Network for Crisis Management");
    }

    @Test
    void everyNetworkCitesItsSource() {
        Integer uncited = jdbc.sql("""
                SELECT count(*) FROM network n
                 WHERE NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'NETWORK' AND c.subject_id = n.id)""")
                .query(Integer.class).single();

        assertThat(uncited).isZero();
    }
}
