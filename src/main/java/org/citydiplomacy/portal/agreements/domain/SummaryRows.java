package org.citydiplomacy.portal.agreements.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.citydiplomacy.portal.agreements.AgreementStatus;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.SearchMatch;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.Sql;
import org.citydiplomacy.portal.shared.Visibility;

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
