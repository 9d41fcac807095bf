package org.citydiplomacy.portal.meetings.web;

import static org.citydiplomacy.portal.shared.Texts.blankToNull;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.citydiplomacy.portal.meetings.MeetingFilter;
import org.citydiplomacy.portal.meetings.MeetingKind;
import org.citydiplomacy.portal.platform.web.ApiDocs;
import org.citydiplomacy.portal.platform.web.QueryParameters;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.ParameterReader;

/** The meeting list's query string as given, shared by the page and the API. */
record MeetingSearchParams(
        @Parameter(description = "Only meetings with this partner (its slug)", example = "paris",
                schema = @Schema(pattern = ApiDocs.SLUG_PATTERN)) String partner,
        @Parameter(description = "Only meetings held in this year", example = "2025",
                schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "2200")) String year,
        @Parameter(description = "Only meetings of this kind",
                schema = @Schema(implementation = MeetingKind.class)) String kind,
        @Parameter(description = "The page, from 0",
                schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "100000",
                        defaultValue = "0")) String page,
        @Parameter(description = "Meetings per page",
                schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100",
                        defaultValue = "20")) String size) implements QueryParameters {

    MeetingFilter filter(ParameterReader reader) {
        return new MeetingFilter(reader.slug("partner", blankToNull(partner)),
                reader.integer("year", blankToNull(year), 1900, 2200),
                reader.enumValue("kind", blankToNull(kind), MeetingKind.class));
    }

    PageQuery pageQuery(ParameterReader reader, int defaultSize) {
        return reader.pageQuery(page, size, defaultSize);
    }

    /** The page as the portal's pages number it, from 1 ({@code page=1} is the first). */
    PageQuery pageFromOne(ParameterReader reader, int defaultSize) {
        return reader.pageFromOne(page, size, defaultSize);
    }
}
