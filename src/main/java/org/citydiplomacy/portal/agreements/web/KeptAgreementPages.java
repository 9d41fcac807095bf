package org.citydiplomacy.portal.agreements.web;

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
        return List.of("/agreements",
                "/agreements/{id}",
                "/agreements.atom",
                "/api/v1/agreements",
                "/api/v1/agreements/{id}");
    }
}
