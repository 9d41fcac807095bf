package org.citydiplomacy.portal.meetings.web;

import java.util.List;

import org.citydiplomacy.portal.platform.cache.KeptPages;
import org.springframework.stereotype.Component;

/**
 * The meetings pages and read API answers that depend only on the data, the address and the language:
 * kept per data version for anonymous readers.
 */
@Component
class KeptMeetingPages implements KeptPages {

    @Override
    public List<String> pathPatterns() {
        return KeptPages.withApiTwins("/meetings", "/meetings/{id}");
    }
}
