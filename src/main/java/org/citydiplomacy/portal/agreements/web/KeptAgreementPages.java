package org.citydiplomacy.portal.agreements.web;

import java.util.ArrayList;
import java.util.List;

import org.citydiplomacy.portal.platform.cache.KeptPages;
import org.springframework.stereotype.Component;

/**
 * The agreements pages and read API answers that depend only on the data, the address and the language:
 * kept per data version for anonymous readers.
 */
@Component
class KeptAgreementPages implements KeptPages {

    @Override
    public List<String> pathPatterns() {
        List<String> pages = new ArrayList<>(KeptPages.withApiTwins("/agreements", "/agreements/{id}"));
        pages.add("/agreements.atom");
        return pages;
    }
}
