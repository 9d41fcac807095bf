package org.citydiplomacy.portal.networks;

import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.Citation;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Texts;

/**
 * One network's page: Tokyo's membership and its sources, the partners that are members too (each
 * with the source that says so), and the published meetings and agreements that concern it.
 */
public record NetworkDetails(String slug, String name, String nameJa, String description, String descriptionJa,
        PartialDate joinedOn, PartialDate leftOn, String membershipNote, String membershipNoteJa,
        List<Citation> sources, List<Member> members, List<LinkedMeeting> meetings,
        List<LinkedAgreement> agreements) {

    public String nameIn(Locale locale) {
        return Texts.in(locale, name, nameJa);
    }

    public String descriptionIn(Locale locale) {
        return Texts.in(locale, description, descriptionJa);
    }

    public String membershipNoteIn(Locale locale) {
        return Texts.in(locale, membershipNote, membershipNoteJa);
    }

    /** A partner that is a member too, and the source that says so (none recorded: {@code source} is null). */
    public record Member(PartnerRef partner, String country, Citation source) {
    }

    public record LinkedMeeting(long id, String title, String titleJa, PartialDate heldOn) {

        public String titleIn(Locale locale) {
            return Texts.in(locale, title, titleJa);
        }
    }

    public record LinkedAgreement(long id, String title, String titleJa, PartialDate signedOn, String type) {

        public String titleIn(Locale locale) {
            return Texts.in(locale, title, titleJa);
        }
    }
}
