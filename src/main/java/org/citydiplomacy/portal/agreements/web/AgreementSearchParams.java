package org.citydiplomacy.portal.agreements.web;

import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.ParameterReader;
import org.citydiplomacy.portal.shared.PartialDate;

/**
 * The listing's query string as given, shared by the page, the exports and the API. {@code from}
 * and {@code to} take ISO dates at any precision: {@code from=2015} means from 1 January 2015,
 * {@code to=2021-08} up to 31 August 2021.
 */
record AgreementSearchParams(String partner, String type, String area, String from, String to, String q,
        String sort, String page, String size) {

    AgreementSearchParams {
        // Empty form fields arrive as "", which means "not filtered".
        partner = blankToNull(partner);
        type = blankToNull(type);
        area = blankToNull(area);
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
        AgreementFilter filter = new AgreementFilter(reader.slug("partner", partner),
                reader.enumValue("type", type, AgreementType.class),
                reader.enumValue("area", area, CooperationArea.class),
                fromDate == null ? null : fromDate.start(),
                toDate == null ? null : toDate.end(),
                reader.text("q", q, AgreementFilter.MAX_QUERY_LENGTH));
        if (!filter.words().isEmpty() && !filter.hasIndexedWord()) {
            // "EU" or "都" alone would make the database read every agreement's texts.
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
        Integer number = reader.integer("page", page, 0, 100_000);
        Integer pageSize = reader.integer("size", size, 1, PageQuery.MAX_SIZE);
        return new PageQuery(number == null ? 0 : number, pageSize == null ? defaultSize : pageSize);
    }

    /** The page as the portal's pages number it, from 1 ({@code page=1} is the first). */
    PageQuery pageFromOne(ParameterReader reader, int defaultSize) {
        Integer number = reader.integer("page", page, 1, 100_000);
        Integer pageSize = reader.integer("size", size, 1, PageQuery.MAX_SIZE);
        return new PageQuery(number == null ? 0 : number - 1, pageSize == null ? defaultSize : pageSize);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
