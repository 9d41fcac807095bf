package org.citydiplomacy.portal.calendars.web;

import java.util.List;

import org.citydiplomacy.portal.platform.cache.KeptPages;
import org.springframework.stereotype.Component;

/** The meetings calendar depends only on the data and the language: kept per data version. Personal calendars never. */
@Component
class KeptCalendarPages implements KeptPages {

    @Override
    public List<String> pathPatterns() {
        return List.of("/meetings.ics");
    }
}
