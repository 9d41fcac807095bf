package org.citydiplomacy.portal.agreements.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.agreements.AgreementFacets;
import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.platform.web.FilterSelect;
import org.citydiplomacy.portal.platform.web.SelectOption;
import org.springframework.context.MessageSource;

/**
 * The listing's six filter selects (partner, type, year, from, to, area) with their options written,
 * counted and selected: what a listing page shows of its facets. They depend only on the facet
 * counts, the filter, the years as typed and the language, never on the page, sort or size, so
 * {@link KeptFilterSelects} reuses them for every page of a filter until the data changes.
 */
record AgreementFilterSelects(FilterSelect partner, FilterSelect type, FilterSelect year, FilterSelect from,
        FilterSelect to, FilterSelect area) {

    /**
     * @param fromText the {@code from} parameter as given ("2015", or "2015-10" kept as its own option)
     * @param toText the {@code to} parameter as given
     * @param yearText the {@code year} parameter as given (a single year, "signed in")
     */
    static AgreementFilterSelects of(AgreementFacets facets, AgreementFilter filter, String yearText, String fromText,
            String toText, MessageSource messages, Locale locale) {
        // A search counted only in part offers its options without counts (AgreementFacets#countsHidden).
        String option = facets.countsHidden() ? "{0}" : messages.getMessage("filter.option", null, locale);
        Integer fromYear = year(filter.from());
        Integer toYear = year(filter.to());
        List<SelectOption> partners = facets.partnersIn(locale).stream()
                .map(p -> SelectOption.counted(option, p.partner().slug(), p.partner().nameIn(locale), p.count(),
                        p.partner().slug().equals(filter.partner())))
                .toList();
        List<SelectOption> types = Arrays.stream(AgreementType.values())
                .map(t -> SelectOption.counted(option, t.name(), label(messages, "agreementType." + t, locale),
                        facets.count(t), t == filter.type()))
                .toList();
        List<SelectOption> areas = Arrays.stream(CooperationArea.values())
                .map(a -> SelectOption.counted(option, a.name(), label(messages, "area." + a, locale),
                        facets.count(a), a == filter.area()))
                .toList();
        List<SelectOption> signedIn = new ArrayList<>();
        List<SelectOption> from = yearOptions(fromText);
        List<SelectOption> to = yearOptions(toText);
        for (Integer y : facets.yearsNewestFirst()) {
            String value = y.toString();
            signedIn.add(SelectOption.counted(option, value, value, facets.count(y), value.equals(yearText)));
            from.add(SelectOption.counted(option, value, value, facets.fromCount(y, toYear), value.equals(fromText)));
            to.add(SelectOption.counted(option, value, value, facets.toCount(y, fromYear), value.equals(toText)));
        }
        return new AgreementFilterSelects(
                FilterSelect.of("partner", "filter.partner", "filter.partner.any", partners),
                FilterSelect.of("type", "filter.type", "filter.type.any", types),
                FilterSelect.of("year", "filter.signedIn", "filter.year.any", signedIn),
                FilterSelect.of("from", "filter.from", "filter.year.any", from),
                FilterSelect.of("to", "filter.to", "filter.year.any", to),
                FilterSelect.of("area", "filter.area", "filter.area.any", areas));
    }

    /** Characters of option HTML held, to bound how many are kept. */
    int weight() {
        return partner.optionsHtml().length() + type.optionsHtml().length() + year.optionsHtml().length()
                + from.optionsHtml().length()
                + to.optionsHtml().length() + area.optionsHtml().length();
    }

    /** A date finer than a year ("2015-10", from a link) is kept as a chosen option of its own, first. */
    private static List<SelectOption> yearOptions(String chosen) {
        List<SelectOption> options = new ArrayList<>();
        if (chosen != null && !chosen.matches("\\d{4}")) {
            options.add(new SelectOption(chosen, chosen, true));
        }
        return options;
    }

    private static String label(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static Integer year(LocalDate date) {
        return date == null ? null : date.getYear();
    }
}
