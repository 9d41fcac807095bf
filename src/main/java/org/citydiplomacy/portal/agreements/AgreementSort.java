package org.citydiplomacy.portal.agreements;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders the listing offers. Each has a short name for page URLs ({@code newest}) and is also
 * accepted in Spring Data's style ({@code signedOn,desc}) by the API.
 */
public enum AgreementSort {
    NEWEST("newest", "signedOn,desc", "a.signed_on DESC, a.id DESC", "a.signed_on ASC, a.id ASC", "a.signed_on", "<"),
    OLDEST("oldest", "signedOn,asc", "a.signed_on ASC, a.id ASC", "a.signed_on DESC, a.id DESC", "a.signed_on", ">"),
    TITLE("title", "title,asc", "lower(a.title) ASC, a.id ASC", "lower(a.title) DESC, a.id DESC", "lower(a.title)", ">");

    private final String key;
    private final String springStyle;
    private final String orderBy;
    private final String reversedOrderBy;
    private final String sortValue;
    private final String after;

    AgreementSort(String key, String springStyle, String orderBy, String reversedOrderBy, String sortValue,
            String after) {
        this.key = key;
        this.springStyle = springStyle;
        this.orderBy = orderBy;
        this.reversedOrderBy = reversedOrderBy;
        this.sortValue = sortValue;
        this.after = after;
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

    /** The SQL expression this order sorts by first (then by {@code a.id}); a fixed string. */
    public String sortValue() {
        return sortValue;
    }

    /**
     * The rows after the one with sort value {@code :seek_value} and id {@code :seek_id} in this
     * order: a row comparison that the order's index reads as where to start.
     */
    public String after() {
        return "(" + sortValue + ", a.id) " + after + " (:seek_value, :seek_id)";
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
