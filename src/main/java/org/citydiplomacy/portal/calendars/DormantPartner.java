package org.citydiplomacy.portal.calendars;

import java.util.Locale;

import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Texts;

/**
 * A partner with no agreement or meeting recorded for a long while.
 *
 * @param lastContact the date of the latest agreement or meeting with it; null when none is recorded at all
 */
public record DormantPartner(String slug, String name, String nameJa, PartialDate lastContact) {

    public String nameIn(Locale locale) {
        return Texts.in(locale, name, nameJa);
    }

    public boolean englishStandIn(Locale locale) {
        return Texts.japanese(locale) && nameJa == null;
    }

    public String staffPath() {
        return "/staff/partners/" + slug + "/edit";
    }
}
