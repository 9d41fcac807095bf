package org.citydiplomacy.portal.shared;

import java.time.Instant;
import java.util.Locale;

/** A row of a staff list: enough to recognise a record in any visibility and open its form. */
public record StaffListItem(String key, String title, String titleJa, Visibility visibility, Instant updatedAt,
        String updatedBy) {

    public String titleIn(Locale locale) {
        return Texts.in(locale, title, titleJa);
    }
}
