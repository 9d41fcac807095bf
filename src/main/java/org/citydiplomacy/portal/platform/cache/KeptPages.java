package org.citydiplomacy.portal.platform.cache;

import java.util.List;

/**
 * A module's declaration of which of its public GET addresses (Spring path patterns) depend only on
 * the data, the address, the reader's language and the day, so that a rendered answer may be kept
 * per data version. Each module declares its own pages as a bean; exports and downloads stream and
 * are never declared.
 */
@FunctionalInterface
public interface KeptPages {

    List<String> pathPatterns();
}
