package org.citydiplomacy.portal.agreements.domain;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

import org.citydiplomacy.portal.agreements.AgreementDeadlines;
import org.citydiplomacy.portal.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Review and expiry dates of a partner's agreements, drafts included: what a staff briefing lists beside each. */
@Repository
public class AgreementDeadlineQueries {

    private final JdbcClient jdbc;

    AgreementDeadlineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, AgreementDeadlines> ofPartner(String partnerSlug) {
        Map<Long, AgreementDeadlines> deadlines = new HashMap<>();
        jdbc.sql("""
                SELECT a.id, a.review_on, a.expires_on FROM agreement a
                  JOIN agreement_partner ap ON ap.agreement_id = a.id JOIN partner p ON p.id = ap.partner_id
                 WHERE p.slug = :slug""")
                .param("slug", partnerSlug)
                .query((ResultSet rs) -> {
                    deadlines.put(rs.getLong("id"), new AgreementDeadlines(Sql.date(rs, "review_on"),
                            Sql.date(rs, "expires_on")));
                });
        return deadlines;
    }
}
