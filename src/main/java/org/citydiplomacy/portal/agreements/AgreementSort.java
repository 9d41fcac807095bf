package org.citydiplomacy.portal.agreements;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders the listing offers. Each has a short name for page URLs ({@code newest}) and is also
 * accepted in Spring Data's style ({@code signedOn,desc}) by the API.
 */
public enum AgreementSort {
    NEWEST("newest", "signedOn,desc", "a.signed_on DESC, a.id DESC", "a.signed_on ASC, a.id ASC"),
    OLDEST("oldest", "signedOn,asc", "a.signed_on ASC, a.id ASC", "a.signed_on DESC, a.id DESC"),
    TITLE("title", "title,asc", "lower(a.title) ASC, a.id ASC", "lower(a.title) DESC, a.id DESC");

    private final String key;
    private final String springStyle;
    private final String orderBy;
    private final String reversedOrderBy;

    AgreementSort(String key, String springStyle, String orderBy, String reversedOrderBy) {
        this.key = key;
        this.springStyle = springStyle;
        this.orderBy = orderBy;
        this.reversedOrderBy = reversedOrderBy;
    }

    public String key() {
        return key;
    }

    /** The SQL ORDER BY clause over alias {@code a}; a fixed string, never built from input. */
    public String orderBy() {
        return orderBy;
    }

    /** The same order backwards, to read a page near the end of a listing from its end. */
    public String reversedOrderBy() {
        return reversedOrderBy;
    }

    public static Optional<AgreementSort> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(NEWEST);
        }
        String normalised = value.strip().replace(" ", "");
        return Arrays.stream(values())
                .filter(s -> s.key.equalsIgnoreCase(normalised) || s.springStyle.equalsIgnoreCase(normalised)
                        || s == TITLE && "title".equalsIgnoreCase(normalised.replace(",asc", "")))
                .findFirst();
    }
}
