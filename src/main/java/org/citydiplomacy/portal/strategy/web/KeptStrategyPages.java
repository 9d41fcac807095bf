package org.citydiplomacy.portal.strategy.web;

import java.util.List;

import org.citydiplomacy.portal.platform.cache.KeptPages;
import org.springframework.stereotype.Component;

/** The strategy pages depend only on the data, the address, the language and the day: kept per data version. */
@Component
class KeptStrategyPages implements KeptPages {

    @Override
    public List<String> pathPatterns() {
        return List.of("/strategy");
    }
}
