package org.citydiplomacy.portal.partners;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.shared.Citation;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Texts;
import org.citydiplomacy.portal.shared.Versioned;
import org.citydiplomacy.portal.shared.Visibility;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Every public field of a partner. {@code cityTerm} and {@code partnerTerm} keep each side's own
 * word for the tie, which often differ ("friendship city" in Tokyo, "sister state" in Sydney).
 */
public record PartnerDetails(long id, String slug, String name, String nameJa, String officialName, PartnerKind kind,
        String country, BigDecimal latitude, BigDecimal longitude, Relationship relationship,
        PartialDate relationshipSince, String cityTerm, String cityTermJa, String partnerTerm,
        String relationshipNote, String relationshipNoteJa, Visibility visibility, List<Citation> sources,
        @JsonIgnore long version) implements Versioned {

    public String nameIn(Locale locale) {
        return Texts.in(locale, name, nameJa);
    }

    public String relationshipNoteIn(Locale locale) {
        return Texts.in(locale, relationshipNote, relationshipNoteJa);
    }

    public PartnerRef ref() {
        return new PartnerRef(slug, name, nameJa);
    }
}
