package org.citydiplomacy.portal.partners.web;

import java.util.List;

import org.citydiplomacy.portal.platform.cache.KeptPages;
import org.springframework.stereotype.Component;

/**
 * The partners pages and read API answers that depend only on the data, the address and the language:
 * kept per data version for anonymous readers.
 */
@Component
class KeptPartnerPages implements KeptPages {

    @Override
    public List<String> pathPatterns() {
        return KeptPages.withApiTwins("/partners", "/partners/{slug}");
    }
}
