package org.citydiplomacy.portal.agreements.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * A search result's excerpt as HTML: the stored text escaped, every searched word inside
 * {@code <mark>}. The text comes from documents anyone may upload, so nothing of it is ever
 * markup: only the marks are.
 */
final class Excerpts {

    static final String ELLIPSIS = "…";

    /** Only markup characters are escaped: the page and the API are UTF-8, so é and 東 stay themselves. */
    private static final String UTF_8 = "UTF-8";

    /** Compiled once: String.replaceAll compiles its expression on every call, twenty times a page. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private Excerpts() {
    }

    /**
     * @param text     the words around the first match, as stored
     * @param cutStart whether the text was cut before its beginning (an ellipsis is shown)
     * @param cutEnd   whether it was cut before its end
     * @param words    the searched words, lower-case
     */
    static String html(String text, boolean cutStart, boolean cutEnd, List<String> words) {
        String plain = SPACES.matcher(text).replaceAll(" ").strip();
        List<String> longestFirst = words.stream().filter(w -> !w.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        String lower = plain.toLowerCase(Locale.ROOT);
        StringBuilder html = new StringBuilder(plain.length() + 32);
        if (cutStart) {
            html.append(ELLIPSIS);
        }
        int copied = 0;
        int at = 0;
        // Lower-casing keeps the length of the texts the portal holds (Latin, kana, kanji), so a
        // position in the lower-cased text is one in the text; where it would not, nothing is marked.
        boolean aligned = lower.length() == plain.length();
        while (aligned && at < plain.length()) {
            String found = null;
            for (String word : longestFirst) {
                if (lower.startsWith(word, at)) {
                    found = word;
                    break;
                }
            }
            if (found == null) {
                at++;
                continue;
            }
            html.append(HtmlUtils.htmlEscape(plain.substring(copied, at), UTF_8))
                    .append("<mark>").append(HtmlUtils.htmlEscape(plain.substring(at, at + found.length()), UTF_8)).append("</mark>");
            at += found.length();
            copied = at;
        }
        html.append(HtmlUtils.htmlEscape(plain.substring(copied), UTF_8));
        if (cutEnd) {
            html.append(ELLIPSIS);
        }
        return html.toString();
    }
}
