package org.citydiplomacy.portal.staff;

import java.time.Instant;
import java.util.Locale;

import org.citydiplomacy.portal.shared.Texts;
import org.citydiplomacy.portal.shared.Visibility;

/** A record on the workspace's start page: an agreement, meeting or partner and who changed it last. */
public record WorkspaceItem(Kind kind, String key, String title, String titleJa, Visibility visibility,
        Instant updatedAt, String updatedBy) {

    public enum Kind { AGREEMENT, MEETING, PARTNER }

    public String titleIn(Locale locale) {
        return Texts.in(locale, title, titleJa);
    }
}
