package org.citydiplomacy.portal.agreements.web;

import java.time.LocalDate;
import static org.citydiplomacy.portal.shared.Texts.blankToNull;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.platform.web.ApiDocs;
import org.citydiplomacy.portal.platform.web.QueryParameters;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.ParameterReader;
import org.citydiplomacy.portal.shared.PartialDate;

/**
 * The listing's query string as given, shared by the page, the exports and the API. {@code from}
 * and {@code to} take ISO dates at any precision: {@code from=2015} means from 1 January 2015,
 * {@code to=2021-08} up to 31 August 2021. {@code year=2025} means signed in 2025, alone or within the range.
 */
record AgreementSearchParams(
        @Parameter(description = "Only agreements with this partner (its slug)", example = "paris",
                schema = @Schema(pattern = ApiDocs.SLUG_PATTERN)) String partner,
        @Parameter(description = "Only agreements of this type",
                schema = @Schema(implementation = AgreementType.class)) String type,
        @Parameter(description = "Only agreements about this area of cooperation",
                schema = @Schema(implementation = CooperationArea.class)) String area,
        @Parameter(description = "Signed in this year (the same as from=2025&to=2025; with from or to, within both)",
                example = "2025", schema = @Schema(type = "integer", format = "int32", minimum = "1900",
                        maximum = "2200")) String year,
        @Parameter(description = "Signed on or after this ISO date, at any precision (2015 means from 1 January 2015)",
                example = "2015-10", schema = @Schema(pattern = ApiDocs.PARTIAL_DATE_PATTERN)) String from,
        @Parameter(description = "Signed on or before this ISO date, at any precision (2021-08 means up to 31 August 2021)",
                example = "2021-08", schema = @Schema(pattern = ApiDocs.PARTIAL_DATE_PATTERN)) String to,
        @Parameter(description = "Words in titles and texts, English or Japanese; every word must occur",
                example = "Paris", schema = @Schema(maxLength = AgreementFilter.MAX_QUERY_LENGTH)) String q,
        @Parameter(description = "The order: newest signed first (default), oldest first, by title; Spring Data's "
                + "style is accepted too", schema = @Schema(defaultValue = "newest", allowableValues = { "newest",
                        "oldest", "title", "signedOn,desc", "signedOn,asc", "title,asc" })) String sort,
        @Parameter(description = "The page, from 0",
                schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "100000",
                        defaultValue = "0")) String page,
        @Parameter(description = "Agreements per page",
                schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100",
                        defaultValue = "20")) String size) implements QueryParameters {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    AgreementSearchParams {
        // Empty form fields arrive as "", which means "not filtered".
        partner = blankToNull(partner);
        type = blankToNull(type);
        area = blankToNull(area);
        year = blankToNull(year);
        from = blankToNull(from);
        to = blankToNull(to);
        q = blankToNull(q);
        sort = blankToNull(sort);
    }

    AgreementFilter filter(ParameterReader reader) {
        PartialDate fromDate = reader.partialDate("from", from);
        PartialDate toDate = reader.partialDate("to", to);
        if (fromDate != null && toDate != null && fromDate.start().isAfter(toDate.end())) {
            reader.reject("to", "error.parameter.dateOrder", to);
            // A page still shows results: without the end that cannot be used.
            toDate = null;
        }
        LocalDate start = fromDate == null ? null : fromDate.start();
        LocalDate end = toDate == null ? null : toDate.end();
        Integer signedIn = reader.integer("year", year, MIN_YEAR, MAX_YEAR);
        if (signedIn != null) {
            // The year narrows the range (every filter narrows): alone it is 1 January to 31 December.
            start = latest(start, LocalDate.of(signedIn, 1, 1));
            end = earliest(end, LocalDate.of(signedIn, 12, 31));
        }
        AgreementFilter filter = new AgreementFilter(reader.slug("partner", partner),
                reader.enumValue("type", type, AgreementType.class),
                reader.enumValue("area", area, CooperationArea.class),
                start, end, reader.text("q", q, AgreementFilter.MAX_QUERY_LENGTH));
        if (!filter.words().isEmpty() && !filter.hasIndexedWord()) {
            // "a" or "都" alone would make the database read every agreement's texts.
            reader.reject("q", "error.parameter.searchWords", q);
            return filter.withQuery(null);
        }
        return filter;
    }

    AgreementSort sort(ParameterReader reader) {
        AgreementSort parsed = reader.choice("sort", sort, AgreementSort::parse,
                "newest, oldest, title, signedOn,desc, signedOn,asc, title,asc");
        return parsed == null ? AgreementSort.NEWEST : parsed;
    }

    PageQuery pageQuery(ParameterReader reader, int defaultSize) {
        return reader.pageQuery(page, size, defaultSize);
    }

    /** The page as the portal's pages number it, from 1 ({@code page=1} is the first). */
    PageQuery pageFromOne(ParameterReader reader, int defaultSize) {
        return reader.pageFromOne(page, size, defaultSize);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
