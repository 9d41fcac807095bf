package org.citydiplomacy.portal.meetings.web;

import org.citydiplomacy.portal.meetings.MeetingFilter;
import org.citydiplomacy.portal.meetings.MeetingKind;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.ParameterReader;

/** The meeting list's query string as given, shared by the page and the API. */
record MeetingSearchParams(String partner, String year, String kind, String page, String size) {

    MeetingFilter filter(ParameterReader reader) {
        return new MeetingFilter(reader.slug("partner", blankToNull(partner)),
                reader.integer("year", blankToNull(year), 1900, 2200),
                reader.enumValue("kind", blankToNull(kind), MeetingKind.class));
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
