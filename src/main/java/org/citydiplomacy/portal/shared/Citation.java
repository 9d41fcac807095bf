package org.citydiplomacy.portal.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Where a fact comes from, and whose word it is: the city's own ({@code CITY}), the partner's
 * ({@code PARTNER}) or a third party's ({@code THIRD_PARTY}). The detail either quotes the source's
 * words (in quotation marks) or says where in the source the fact is.
 */
public record Citation(String source, String publisher, String url, PartialDate publishedOn, String voice,
        String detail) {

    /** The detail quotes the source's own words rather than saying where the fact is. */
    @JsonIgnore
    public boolean quote() {
        return detail != null && (detail.startsWith("\"") || detail.startsWith("“"));
    }
}
