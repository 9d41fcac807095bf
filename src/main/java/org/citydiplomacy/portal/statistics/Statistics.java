package org.citydiplomacy.portal.statistics;

import java.util.List;
import java.util.Map;

/**
 * The figures of the published records under a filter. Each dimension's figures are in their
 * natural order: years and decades ascending, the rest largest first. An agreement with partners on
 * two continents or with two areas counts once in each, so those figures may add up to more than
 * {@code agreements}.
 */
public record Statistics(long agreements, long meetings, Map<Dimension, List<Figure>> figures) {

    public List<Figure> of(Dimension dimension) {
        return figures.getOrDefault(dimension, List.of());
    }
}
