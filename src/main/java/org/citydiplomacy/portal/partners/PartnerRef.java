package org.citydiplomacy.portal.partners;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.citydiplomacy.portal.shared.Sql;
import org.citydiplomacy.portal.shared.Texts;

/** Enough of a partner to name and link it. */
public record PartnerRef(String slug, String name, String nameJa) {

    /** The name in the reader's language where it exists, English otherwise. */
    public String nameIn(Locale locale) {
        return Texts.in(locale, name, nameJa);
    }

    /**
     * Items ordered by their partner's name in the reader's language, as a dictionary of that
     * language orders them. Collation keys are computed once per name ({@link NameCollationKeys}):
     * comparing with the collator directly normalises both names again at every comparison.
     */
    public static <T> List<T> sortedByName(Collection<T> items, Function<T, PartnerRef> partner, Locale locale) {
        return items.stream()
                .map(item -> Map.entry(NameCollationKeys.of(partner.apply(item).nameIn(locale), locale), item))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
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
