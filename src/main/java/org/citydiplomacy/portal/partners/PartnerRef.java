package org.citydiplomacy.portal.partners;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.shared.Sql;

/** Enough of a partner to name and link it. */
public record PartnerRef(String slug, String name, String nameJa) {

    /** The name in the reader's language where it exists, English otherwise. */
    public String nameIn(Locale locale) {
        return "ja".equals(locale.getLanguage()) && nameJa != null ? nameJa : name;
    }

    /**
     * Reads the partners of one row from three parallel arrays ({@code partner_slugs},
     * {@code partner_names}, {@code partner_names_ja}, the last with '' for "no Japanese name").
     */
    public static List<PartnerRef> fromArrays(ResultSet rs) throws SQLException {
        List<String> slugs = Sql.strings(rs, "partner_slugs");
        List<String> names = Sql.strings(rs, "partner_names");
        List<String> namesJa = Sql.strings(rs, "partner_names_ja");
        List<PartnerRef> partners = new ArrayList<>(slugs.size());
        for (int i = 0; i < slugs.size(); i++) {
            String nameJa = namesJa.get(i);
            partners.add(new PartnerRef(slugs.get(i), names.get(i), nameJa.isEmpty() ? null : nameJa));
        }
        return partners;
    }
}
