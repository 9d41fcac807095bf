package org.citydiplomacy.portal.agreements.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.agreements.AgreementStatus;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.SearchMatch;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.DataVersion;
import org.citydiplomacy.portal.shared.Sql;
import org.citydiplomacy.portal.shared.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A listing row as its statements select it and as it is read back: the columns, the partners, the match. */
final class SummaryRows {

    /** What {@link #summary} reads of an agreement, besides its partners ({@code ps.*}). */
    static final String COLUMNS =
            "a.id, a.type, a.title, a.title_ja, a.signed_on, a.signed_on_precision, a.status, a.visibility";

    private SummaryRows() {
    }

    static AgreementSummary summary(ResultSet rs, SearchMatch match) throws SQLException {
        return new AgreementSummary(rs.getLong("id"), AgreementType.valueOf(rs.getString("type")),
                rs.getString("title"), rs.getString("title_ja"), Sql.partialDate(rs, "signed_on"),
                AgreementStatus.valueOf(rs.getString("status")), Visibility.valueOf(rs.getString("visibility")),
                PartnerRef.fromArrays(rs), match);
    }

    /** Rows read by their ids, in the order of the ids (null when one was not read), and the data version seen. */
    record ByIds(List<AgreementSummary> rows, long version) {
    }

    /**
     * The rows of these ids that the audience may see, with where the words are found in each when there are
     * words ({@link AgreementFilterSql#matchLateral()}), and the data version, in one statement. Every id
     * must be read for the rows to be given: the caller found the ids at a version and checks that one.
     */
    static ByIds byIds(JdbcClient jdbc, long[] ids, Audience audience, List<String> words) {
        boolean searched = !words.isEmpty();
        long[] seen = { DataVersion.UNKNOWN };
        Map<Long, AgreementSummary> byId = new HashMap<>();
        JdbcClient.StatementSpec statement = jdbc.sql("SELECT " + COLUMNS + ", ps.*" + (searched ? ", m.*" : "")
                        + ", (SELECT version FROM data_version WHERE id) AS data_version FROM agreement a "
                        + AgreementFilterSql.partnersLateral(audience) + (searched ? AgreementFilterSql.matchLateral() : "")
                        + " WHERE a.id = ANY(:ids) AND " + audience.visibilityCondition("a.visibility"))
                .param("ids", ids);
        if (searched) {
            statement = statement.param("hit", SearchWords.excerptWord(words));
        }
        statement.query((ResultSet rs) -> {
            seen[0] = rs.getLong("data_version");
            AgreementSummary row = summary(rs, searched ? match(rs, words) : null);
            byId.put(row.id(), row);
        });
        if (byId.size() != ids.length) {
            return new ByIds(null, seen[0]);
        }
        List<AgreementSummary> rows = new ArrayList<>(ids.length);
        for (long id : ids) {
            rows.add(byId.get(id));
        }
        return new ByIds(rows, seen[0]);
    }

    /** Where the words were found ({@link AgreementFilterSql#matchLateral()}), or null if only a short word was. */
    static SearchMatch match(ResultSet rs, List<String> words) throws SQLException {
        String place = rs.getString("match_place");
        if (place == null) {
            return null;
        }
        return new SearchMatch(SearchMatch.Place.valueOf(place), rs.getString("match_source"),
                Excerpts.html(rs.getString("match_text"), rs.getBoolean("match_cut_start"),
                        rs.getBoolean("match_cut_end"), words));
    }
}
