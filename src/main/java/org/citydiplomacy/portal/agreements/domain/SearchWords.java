package org.citydiplomacy.portal.agreements.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How each search word is looked up in an agreement's search document ({@code search_vector},
 * migration V111). A word is cut into runs of Chinese, Japanese and Korean characters and runs of
 * anything else:
 * <ul>
 * <li>letters and digits of other scripts are looked up as prefixes of the document's words, both
 * as the 'english' configuration stems them and as typed ("cities" finds city and cities);</li>
 * <li>a CJK run of two characters or more as all of its two-character pieces (パリ市: パリ and リ市);</li>
 * <li>what neither covers (one CJK character, one letter, punctuation inside a word such as "e-mail")
 * is checked as typed in {@code search_text}, on rows found otherwise.</li>
 * </ul>
 */
public final class SearchWords {

    public enum Kind {
        /** The search document's index finds it. */
        INDEXED,
        /** One character, or no letters: no index can find it, only narrow what another word found. */
        SHORT
    }

    /**
     * One word's lookup: {@code latin} and {@code cjk} are tsquery texts (null when the word has no
     * such part); {@code exact} when the word must also occur as typed.
     */
    record Lookup(String latin, String cjk, boolean exact) {

        boolean indexed() {
            return latin != null || cjk != null;
        }
    }

    private static final Pattern RUNS = Pattern.compile(
            "([\\u3005\\u3006\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3\\uf900-\\ufaff\\uff66-\\uff9f]+)|([^\\u3005\\u3006\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3\\uf900-\\ufaff\\uff66-\\uff9f]+)");
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    public static Kind kind(String word) {
        return lookup(word).indexed() ? Kind.INDEXED : Kind.SHORT;
    }

    /** The word a result's excerpt is centred on: the first that the index finds, else the first. */
    static String excerptWord(List<String> words) {
        return words.stream().filter(w -> kind(w) != Kind.SHORT).findFirst().orElse(words.get(0));
    }

    /**
     * How a (lower-case) word is looked up. The tsquery texts hold only letters, digits and CJK
     * characters inside quotes, never an operator typed by the reader.
     */
    static Lookup lookup(String word) {
        List<String> latin = new ArrayList<>();
        List<String> cjk = new ArrayList<>();
        boolean exact = false;
        int runs = 0;
        Matcher run = RUNS.matcher(word);
        while (run.find()) {
            runs++;
            if (run.group(1) != null) {
                String characters = run.group(1);
                int[] codePoints = characters.codePoints().toArray();
                if (codePoints.length < 2) {
                    exact = true;
                }
                for (int i = 0; i + 1 < codePoints.length; i++) {
                    String pair = new String(codePoints, i, 2);
                    if (!cjk.contains(pair)) {
                        cjk.add(pair);
                    }
                }
            }
            else {
                Matcher letters = LETTERS.matcher(run.group(2));
                int tokens = 0;
                while (letters.find()) {
                    tokens++;
                    String token = letters.group();
                    if (token.codePointCount(0, token.length()) < 2) {
                        exact = true;
                    }
                    else if (!latin.contains(token)) {
                        latin.add(token);
                    }
                }
                // "e-mail", "tok%yo": found as pieces, then checked as typed.
                exact |= tokens != 1 || !letters.reset().matches();
            }
        }
        exact |= runs > 1;
        // Pieces as prefixes too: every CJK lexeme has two characters, so '防災':* means '防災'. The
        // planner then estimates them as it does English words; from an exact lexeme's statistics it
        // reads a piece in most agreements (東京) as a sequential scan, not seeing that this would
        // read every agreement's document where the index answers without reading one.
        return new Lookup(latin.isEmpty() ? null : String.join(" & ", latin.stream().map(t -> "'" + t + "':*").toList()),
                cjk.isEmpty() ? null : String.join(" & ", cjk.stream().map(p -> "'" + p + "':*").toList()), exact);
    }
}
