package org.citydiplomacy.portal.agreements.domain;

/** The seed's search words, for the tests that try every one of them: a CTE for a WITH clause. */
final class SeedWords {

    /** {@code words(w)}: every distinct Latin word of two letters or more in the search texts, lower case. */
    static final String LATIN = """
            words AS (
                SELECT DISTINCT w FROM agreement a,
                       regexp_split_to_table(lower(a.search_text), '[^[:alpha:][:digit:]]+') AS w
                 WHERE length(w) >= 2 AND w !~ '[ぁ-ヿ一-鿿가-힣]')""";

    private SeedWords() {
    }
}
