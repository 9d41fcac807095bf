package org.citydiplomacy.portal.agreements.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the public agreements' search documents ({@code search_vector}, V111) at one data version,
 * each with the ids of the agreements that hold it: a search's matches worked out in the portal, where
 * the database's index read every match of a common word and then each matching row to see whether the
 * public sees it (some 6 of a new word's 9.5 ms of database time at 100,000 agreements; issue 13).
 *
 * <p>A word held by few agreements keeps their ids, sorted; one held by more keeps a bit for every id up
 * to the largest (the smaller of the two: at 100,000 agreements most of the 3,000-odd words are in more
 * than one in 32, some 40 MB in all). Matches are a bit set over the ids. A lexicon never changes: the
 * next version's shares the words that did not change ({@link #withChanges}).
 */
final class SearchLexicon {

    final long version;
    /** When (System.nanoTime) the statement that read this version began. */
    final long readAt;
    /** The words, sorted as {@link String#compareTo} sorts them, which keeps the words sharing a prefix together. */
    private final String[] words;
    /** Each word's ids, ascending ({@code int[]}), or a bit set over the ids ({@code long[]}). */
    private final Object[] ids;
    /** Longs in a bit set over every id held. */
    private final int bound;

    SearchLexicon(long version, long readAt, String[] words, Object[] ids) {
        this.version = version;
        this.readAt = readAt;
        this.words = words;
        this.ids = ids;
        int largest = 0;
        for (Object held : ids) {
            largest = Math.max(largest, held instanceof long[] bits ? bits.length : longsFor(last((int[]) held) + 1));
        }
        this.bound = largest;
    }

    private static int last(int[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    static int longsFor(int ids) {
        return (ids + 63) >>> 6;
    }

    /** A word's ids (a bit set over them) as the smaller of a sorted array and the bit set. */
    static Object compact(long[] bits) {
        int n = count(bits);
        int length = bits.length;
        while (length > 0 && bits[length - 1] == 0) {
            length--;
        }
        // An id in an array takes 32 bits; a bit set 64 for every 64 ids up to the largest.
        if ((long) n <= 2L * length) {
            return idsOf(bits);
        }
        return length == bits.length ? bits : Arrays.copyOf(bits, length);
    }

    /** An empty bit set over the ids. */
    long[] none() {
        return new long[bound];
    }

    /** Adds to {@code into} the ids of the agreements holding the word, or (prefix) a word starting with it. */
    void add(String word, boolean prefix, long[] into) {
        int at = Arrays.binarySearch(words, word);
        if (!prefix) {
            if (at >= 0) {
                add(ids[at], into);
            }
            return;
        }
        for (int i = at >= 0 ? at : -at - 1; i < words.length && words[i].startsWith(word); i++) {
            add(ids[i], into);
        }
    }

    private static void add(Object held, long[] into) {
        if (held instanceof long[] bits) {
            for (int i = 0, n = Math.min(bits.length, into.length); i < n; i++) {
                into[i] |= bits[i];
            }
        }
        else {
            for (int id : (int[]) held) {
                into[id >>> 6] |= 1L << id;
            }
        }
    }

    /** The ids in a bit set, ascending. */
    static int[] idsOf(long[] bits) {
        int[] result = new int[count(bits)];
        int k = 0;
        for (int i = 0; i < bits.length; i++) {
            long word = bits[i];
            while (word != 0) {
                result[k++] = (i << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
            }
        }
        return result;
    }

    static int count(long[] bits) {
        int n = 0;
        for (long word : bits) {
            n += Long.bitCount(word);
        }
        return n;
    }

    static boolean holds(long[] bits, long id) {
        return id >= 0 && (id >>> 6) < bits.length && (bits[(int) (id >>> 6)] & 1L << id) != 0;
    }

    /**
     * This lexicon with some agreements' words changed, at a later version: {@code changed} holds each
     * changed agreement's words now, or null when the public no longer sees it. Only the words that gain or
     * lose an agreement are copied.
     */
    SearchLexicon withChanges(Map<Integer, String[]> changed, long newVersion, long newReadAt) {
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            place.put(words[i], i);
        }
        List<String> allWords = new ArrayList<>(Arrays.asList(words));
        List<Object> allIds = new ArrayList<>(Arrays.asList(ids));
        Map<Integer, long[]> copied = new HashMap<>();
        int largest = changed.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        int longs = Math.max(bound, longsFor(largest + 1));
        for (int i = 0; i < words.length; i++) {
            for (int id : changed.keySet()) {
                if (heldBy(ids[i], id)) {
                    copied.computeIfAbsent(i, w -> bitsOf(ids[w], longs))[id >>> 6] &= ~(1L << id);
                }
            }
        }
        changed.forEach((id, held) -> {
            for (String word : held == null ? new String[0] : held) {
                Integer at = place.get(word);
                if (at == null) {
                    at = allWords.size();
                    place.put(word, at);
                    allWords.add(word);
                    allIds.add(new int[0]);
                }
                copied.computeIfAbsent(at, w -> bitsOf(allIds.get(w), longs))[id >>> 6] |= 1L << id;
            }
        });
        copied.forEach((w, bits) -> allIds.set(w, compact(bits)));
        return sorted(newVersion, newReadAt, allWords.toArray(String[]::new), allIds.toArray());
    }

    /** A lexicon of words in any order, each with its ids as {@link #compact} keeps them. */
    static SearchLexicon sorted(long version, long readAt, String[] words, Object[] ids) {
        Integer[] order = new Integer[words.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> words[a].compareTo(words[b]));
        String[] sortedWords = new String[order.length];
        Object[] sortedIds = new Object[order.length];
        for (int i = 0; i < order.length; i++) {
            sortedWords[i] = words[order[i]];
            sortedIds[i] = ids[order[i]];
        }
        return new SearchLexicon(version, readAt, sortedWords, sortedIds);
    }

    private static boolean heldBy(Object held, int id) {
        return held instanceof long[] bits ? holds(bits, id) : Arrays.binarySearch((int[]) held, id) >= 0;
    }

    private static long[] bitsOf(Object held, int longs) {
        if (held instanceof long[] bits) {
            return Arrays.copyOf(bits, Math.max(longs, bits.length));
        }
        long[] bits = new long[longs];
        add(held, bits);
        return bits;
    }

    /** How many words it holds (tests, logs). */
    int wordCount() {
        return words.length;
    }
}
