package org.citydiplomacy.portal.meetings;

import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.Citation;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Texts;
import org.citydiplomacy.portal.shared.Versioned;
import org.citydiplomacy.portal.shared.Visibility;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Every public field of a meeting, with its participants and the agreements signed at it. */
public record MeetingDetails(long id, String title, String titleJa, PartialDate date, PartialDate endDate,
        MeetingKind kind, String place, String placeJa, String summary, String summaryJa, Visibility visibility,
        List<PartnerRef> partners, List<Participant> participants, List<AgreementRef> agreements,
        List<Citation> sources, @JsonIgnore long version) implements Versioned {

    public String titleIn(Locale locale) {
        return Texts.in(locale, title, titleJa);
    }

    public String placeIn(Locale locale) {
        return Texts.in(locale, place, placeJa);
    }

    public String summaryIn(Locale locale) {
        return Texts.in(locale, summary, summaryJa);
    }

    /** Someone who took part; documents sometimes name only the office or the delegation. */
    public record Participant(String name, String nameJa, String office, String officeJa, String side,
            String partner) {

        public String nameIn(Locale locale) {
            return Texts.in(locale, name, nameJa);
        }

        public String officeIn(Locale locale) {
            return Texts.in(locale, office, officeJa);
        }
    }

    /** An agreement signed at the meeting. */
    public record AgreementRef(long id, String type, String title, String titleJa, PartialDate signedOn) {

        public String titleIn(Locale locale) {
            return Texts.in(locale, title, titleJa);
        }
    }
}
