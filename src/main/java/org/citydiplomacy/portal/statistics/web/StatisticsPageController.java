package org.citydiplomacy.portal.statistics.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.partners.PartnerService;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.statistics.Dimension;
import org.citydiplomacy.portal.statistics.Statistics;
import org.citydiplomacy.portal.statistics.StatisticsFilter;
import org.citydiplomacy.portal.statistics.StatisticsService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The statistics page: each dimension's figures as an SVG chart and a table, with the listing's
 * filters. Three statements: the data version, the figures (kept per version), the partners for the
 * filter.
 */
@Controller
class StatisticsPageController {

    private final StatisticsService statistics;
    private final PartnerService partners;
    private final MessageSource messages;

    StatisticsPageController(StatisticsService statistics, PartnerService partners, MessageSource messages) {
        this.statistics = statistics;
        this.partners = partners;
        this.messages = messages;
    }

    @GetMapping("/statistics")
    String show(StatisticsParams params, Locale locale, Model model) {
        StatisticsFilter filter = params.filter();
        Statistics figures = statistics.compute(filter);
        StatisticsLabels labels = new StatisticsLabels(messages);
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        List<BarChart> charts = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            List<BarChart.Row> rows = figures.of(dimension).stream()
                    .map(f -> new BarChart.Row(labels.label(dimension, f, locale), f.count(),
                            numbers.format(f.count())))
                    .toList();
            charts.add(BarChart.of(dimension, rows));
        }
        model.addAttribute("statistics", figures);
        model.addAttribute("charts", charts);
        model.addAttribute("filter", filter);
        model.addAttribute("partnerOptions", partnerOptions(filter, locale));
        model.addAttribute("typeOptions", Arrays.stream(AgreementType.values())
                .map(t -> new FilterOption(t.name(), messages.getMessage("agreementType." + t, null, locale),
                        t == filter.type()))
                .toList());
        model.addAttribute("areaOptions", Arrays.stream(CooperationArea.values())
                .map(a -> new FilterOption(a.name(), messages.getMessage("area." + a, null, locale), a == filter.area()))
                .toList());
        model.addAttribute("params", params);
        model.addAttribute("csvUrl", withQuery("/statistics.csv", params));
        model.addAttribute("listingUrl", withQuery("/agreements", params));
        model.addAttribute("overviewStyles", true);
        return "statistics/show";
    }

    private List<FilterOption> partnerOptions(StatisticsFilter filter, Locale locale) {
        List<PartnerRef> refs = PartnerRef.sortedByName(partners.refs(Audience.PUBLIC), r -> r, locale);
        return refs.stream().map(r -> new FilterOption(r.slug(), r.nameIn(locale), r.slug().equals(filter.partner())))
                .toList();
    }

    /** The same filters on another address (the CSV, the listing). */
    static String withQuery(String path, StatisticsParams params) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (params.partner() != null) {
            uri.queryParam("partner", params.partner());
        }
        if (params.type() != null) {
            uri.queryParam("type", params.type());
        }
        if (params.area() != null) {
            uri.queryParam("area", params.area());
        }
        if (params.from() != null) {
            uri.queryParam("from", params.from());
        }
        if (params.to() != null) {
            uri.queryParam("to", params.to());
        }
        return uri.encode().build().toUriString();
    }

    /** One option of a filter's select. */
    record FilterOption(String value, String label, boolean selected) {
    }
}
