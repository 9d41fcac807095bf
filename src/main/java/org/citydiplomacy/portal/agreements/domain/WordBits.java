package org.citydiplomacy.portal.agreements.domain;

import java.util.Arrays;

/**
 * Each word's bit set over the ids of the agreements holding it, while every agreement's words are read
 * (SearchLexiconReader): some 67 million words at 100,000 agreements, so a word is looked up by the
 * characters it spans in the agreement's text, without a string made for each.
 */
final class WordBits {

    /** The character between two words of an agreement's text. */
    static final char SEPARATOR = '\u0001';

    private String[] words = new String[8192];
    private long[][] bits = new long[8192][];
    /** Open addressing: each slot is a word's index + 1, or 0. */
    private int[] slots = new int[16384];
    private int count;
    private int longs = 1024;

    /** Adds the id to every word of the text (words separated by {@link #SEPARATOR}). */
    void addAll(String text, int id) {
        int needed = SearchLexicon.longsFor(id + 1);
        if (needed > longs) {
            longs = Math.max(longs * 2, needed);
            for (int i = 0; i < count; i++) {
                bits[i] = Arrays.copyOf(bits[i], longs);
            }
        }
        eachWord(text, (from, to) -> {
            // Looked up first: a new word may replace the arrays.
            int word = indexOf(text, from, to);
            bits[word][id >>> 6] |= 1L << id;
        });
    }

    /** Where a word of a text stands: its first character and the one after its last. */
    @FunctionalInterface
    interface Span {
        void at(int from, int to);
    }

    /** Each word of the text (words separated by {@link #SEPARATOR}), by where it stands. */
    static void eachWord(String text, Span span) {
        int from = 0;
        for (int i = 0, n = text.length(); i <= n; i++) {
            if (i == n || text.charAt(i) == SEPARATOR) {
                if (i > from) {
                    span.at(from, i);
                }
                from = i + 1;
            }
        }
    }

    /** Whether an agreement's id can be a bit in a bit set over the ids. */
    static boolean fits(long id) {
        return id >= 0 && id < Integer.MAX_VALUE - 64;
    }

    private int indexOf(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask;; slot = (slot + 1) & mask) {
            int held = slots[slot];
            if (held == 0) {
                return add(text.substring(from, to), slot);
            }
            String word = words[held - 1];
            if (word.length() == to - from && word.regionMatches(0, text, from, to - from)) {
                return held - 1;
            }
        }
    }

    private int add(String word, int slot) {
        if (count == words.length) {
            words = Arrays.copyOf(words, count * 2);
            bits = Arrays.copyOf(bits, count * 2);
        }
        words[count] = word;
        bits[count] = new long[longs];
        slots[slot] = ++count;
        if (count * 2 > slots.length) {
            rehash();
        }
        return count - 1;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int i = 0; i < count; i++) {
            int slot = mix(words[i].hashCode()) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
    }

    /** The words' hash as String#hashCode has it, spread over the slots' low bits. */
    private static int mix(int hash) {
        return hash ^ (hash >>> 16) ^ (hash >>> 7);
    }

    /** The lexicon of the words read, each word's bit set made as small as it can be. */
    SearchLexicon lexicon(long version, long readAt) {
        Object[] ids = new Object[count];
        for (int i = 0; i < count; i++) {
            ids[i] = SearchLexicon.compact(bits[i]);
            // Let the full bit set go as soon as its compact form is made.
            bits[i] = null;
        }
        return SearchLexicon.sorted(version, readAt, Arrays.copyOf(words, count), ids);
    }
}
