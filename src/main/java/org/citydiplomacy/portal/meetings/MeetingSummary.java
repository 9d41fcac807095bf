package org.citydiplomacy.portal.meetings;

import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Texts;
import org.citydiplomacy.portal.shared.Visibility;

/** A meeting as a list shows it. */
public record MeetingSummary(long id, String title, String titleJa, PartialDate date, PartialDate endDate,
        MeetingKind kind, String place, String placeJa, Visibility visibility, List<PartnerRef> partners) {

    public String titleIn(Locale locale) {
        return Texts.in(locale, title, titleJa);
    }

    public String placeIn(Locale locale) {
        return Texts.in(locale, place, placeJa);
    }
}
