package org.citydiplomacy.portal.agreements.domain;

import java.util.List;

/**
 * How each search word is looked up. The trigram index on {@code search_text} serves words of
 * three characters or more; {@code search_text_cjk} (migration V42: Chinese, Japanese and Korean
 * characters written twice) serves two-character words of those scripts, which have no trigram of
 * their own. Anything shorter can only be checked on rows that another condition already found.
 */
public final class SearchWords {

    public enum Kind {
        /** Three characters or more: the trigram index on {@code search_text}. */
        TRIGRAM,
        /** Two Chinese, Japanese or Korean characters: the trigram index on {@code search_text_cjk}. */
        CJK_PAIR,
        /** One character, or two of other scripts: no index can find it. */
        SHORT
    }

    private SearchWords() {
    }

    public static Kind kind(String word) {
        int length = word.codePointCount(0, word.length());
        if (length >= 3) {
            return Kind.TRIGRAM;
        }
        if (length == 2 && word.codePoints().allMatch(SearchWords::isDoubled)) {
            return Kind.CJK_PAIR;
        }
        return Kind.SHORT;
    }

    /** The word a result's excerpt is centred on: the first that an index finds, else the first. */
    static String excerptWord(List<String> words) {
        return words.stream().filter(w -> kind(w) != Kind.SHORT).findFirst().orElse(words.get(0));
    }

    /** The word as it appears in {@code search_text_cjk}: every character written twice. */
    static String doubled(String word) {
        StringBuilder result = new StringBuilder(word.length() * 2);
        word.codePoints().forEach(c -> result.appendCodePoint(c).appendCodePoint(c));
        return result.toString();
    }

    /**
     * The characters that {@code search_cjk_doubled()} (V42) writes twice; the two lists must
     * stay the same.
     */
    static boolean isDoubled(int c) {
        return c == 0x3005 || c == 0x3006 || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf)
                || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff)
                || (c >= 0xff66 && c <= 0xff9f);
    }
}
