package org.citydiplomacy.portal.agreements.domain;

/**
 * A search's text-search query as PostgreSQL writes it ({@code tsquery::text}), worked out over a
 * {@link SearchLexicon}: quoted words, exact or prefixes ({@code 'tourism':*}), joined by {@code &} and
 * {@code |}, with parentheses; {@code &} binds tighter, as in PostgreSQL. The portal's queries hold
 * nothing else (SearchWords); anything else (a negation, a phrase, a weight, an empty query) is
 * {@link #UNREADABLE}, and the database answers that search as before.
 */
final class SearchQueryText {

    /** The query is not of the kind read here. */
    static final long[] UNREADABLE = null;

    private final String text;
    private final SearchLexicon lexicon;
    private int at;

    private SearchQueryText(String text, SearchLexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
    }

    /** The ids of the agreements matching the query, as a bit set, or {@link #UNREADABLE}. */
    static long[] matches(String text, SearchLexicon lexicon) {
        if (text == null || text.isBlank()) {
            return UNREADABLE;
        }
        SearchQueryText query = new SearchQueryText(text, lexicon);
        try {
            long[] matches = query.either();
            query.skipSpaces();
            return query.at == text.length() ? matches : UNREADABLE;
        }
        catch (IllegalArgumentException ex) {
            return UNREADABLE;
        }
    }

    /** {@code both ('|' both)*} */
    private long[] either() {
        long[] result = both();
        while (next('|')) {
            long[] other = both();
            for (int i = 0; i < result.length; i++) {
                result[i] |= other[i];
            }
        }
        return result;
    }

    /** {@code one ('&' one)*} */
    private long[] both() {
        long[] result = one();
        while (next('&')) {
            long[] other = one();
            for (int i = 0; i < result.length; i++) {
                result[i] &= other[i];
            }
        }
        return result;
    }

    /** {@code '(' either ')'} or a quoted word with {@code :*} when it is a prefix. */
    private long[] one() {
        if (next('(')) {
            long[] inner = either();
            if (!next(')')) {
                throw new IllegalArgumentException("no closing parenthesis");
            }
            return inner;
        }
        if (!next('\'')) {
            throw new IllegalArgumentException("not a word");
        }
        StringBuilder word = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw new IllegalArgumentException("no closing quote");
            }
            char c = text.charAt(at++);
            if (c == '\\' && at < text.length()) {
                word.append(text.charAt(at++));
            }
            else if (c == '\'') {
                if (at < text.length() && text.charAt(at) == '\'') {
                    word.append('\'');
                    at++;
                }
                else {
                    break;
                }
            }
            else {
                word.append(c);
            }
        }
        boolean prefix = false;
        if (at < text.length() && text.charAt(at) == ':') {
            // Only ":*"; a weight (":A") is a query of another kind.
            if (!text.startsWith(":*", at) || at + 2 < text.length() && Character.isLetterOrDigit(text.charAt(at + 2))) {
                throw new IllegalArgumentException("a weight");
            }
            prefix = true;
            at += 2;
        }
        long[] ids = lexicon.none();
        lexicon.add(word.toString(), prefix, ids);
        return ids;
    }

    private boolean next(char c) {
        skipSpaces();
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
    }
}
