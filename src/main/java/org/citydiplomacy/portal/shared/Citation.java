package org.citydiplomacy.portal.shared;

/**
 * Where a fact comes from, and whose word it is: the city's own ({@code CITY}), the partner's
 * ({@code PARTNER}) or a third party's ({@code THIRD_PARTY}).
 */
public record Citation(String source, String publisher, String url, PartialDate publishedOn, String voice,
        String detail) {
}
