package org.citydiplomacy.portal.platform.cache;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A module's declaration of which of its public GET addresses (Spring path patterns) depend only on
 * the data, the address, the reader's language and the day, so that a rendered answer may be kept
 * per data version. Each module declares its own pages as a bean; exports and downloads stream and
 * are never declared.
 */
@FunctionalInterface
public interface KeptPages {

    List<String> pathPatterns();

    /** Pages with their twins in the read API: {@code /meetings} and {@code /api/v1/meetings}, and so on. */
    static List<String> withApiTwins(String... paths) {
        return Stream.concat(Arrays.stream(paths), Arrays.stream(paths).map(path -> "/api/v1" + path)).toList();
    }
}
