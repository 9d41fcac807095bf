package org.citydiplomacy.portal.findable.web;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.citydiplomacy.portal.findable.domain.SitemapQueries.Summary;

/**
 * The pages that give an overview rather than show one record, as the sitemap lists them: the home
 * page, the three listings and the overview pages (map, statistics, networks, strategy). Each names
 * the records whose last change is its own. A new overview page is added here.
 */
final class OverviewPages {

    /** One overview page: its path, and when it last changed given the published records. */
    record OverviewPage(String path, Function<Summary, Instant> changed) {
    }

    static final List<OverviewPage> ALL = List.of(
            new OverviewPage("/", Summary::anythingChanged),
            new OverviewPage("/agreements", Summary::agreementsChanged),
            new OverviewPage("/partners", Summary::anythingChanged),
            new OverviewPage("/meetings", Summary::meetingsChanged),
            new OverviewPage("/map", Summary::partnersChanged),
            new OverviewPage("/statistics", Summary::anythingChanged),
            new OverviewPage("/networks", Summary::anythingChanged),
            new OverviewPage("/strategy", Summary::anythingChanged));

    private OverviewPages() {
    }
}
