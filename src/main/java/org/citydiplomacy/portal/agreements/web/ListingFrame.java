package org.citydiplomacy.portal.agreements.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A listing page rendered with marks ({@link ListingFrames}) and cut at them: {@code parts} are the text between
 * them, encoded as the page is sent, {@code marks} which mark (its index in the marks the frame was cut at) comes
 * after each part but the last; {@link #fill} writes each mark's value there. Encoded once for the frame: writing
 * the whole page's text through the response's writer encoded some 70 KB of characters for every page, about a
 * tenth of the Java time of a listing page nobody asked for before (JFR, issue 13); now only what the marks stand
 * for is.
 */
record ListingFrame(List<byte[]> parts, int[] marks, String contentType, Charset charset, int weight) {

    /** A mark that must be in a frame exactly once (rows, page links, count, options). */
    static final int ONCE = -1;

    static final ListingFrame UNUSABLE = new ListingFrame(List.of(), new int[0], null, null, 1);

    /**
     * The page cut at each of {@code all}, which must each appear {@code least[i]} times or more, or exactly
     * once where that is {@link #ONCE}; unusable otherwise, or when {@code core} (what every mark holds) is
     * left anywhere: a mark changed on its way into the page.
     */
    static ListingFrame of(String html, String contentType, Charset charset, String core, String[] all, int[] least) {
        List<byte[]> parts = new ArrayList<>();
        List<Integer> marks = new ArrayList<>();
        int[] seen = new int[all.length];
        int from = 0;
        while (true) {
            int next = -1;
            int which = -1;
            for (int i = 0; i < all.length; i++) {
                int at = html.indexOf(all[i], from);
                if (at >= 0 && (next < 0 || at < next)) {
                    next = at;
                    which = i;
                }
            }
            if (next < 0) {
                break;
            }
            String part = html.substring(from, next);
            if (changed(part, core)) {
                return UNUSABLE;
            }
            parts.add(part.getBytes(charset));
            marks.add(which);
            seen[which]++;
            from = next + all[which].length();
        }
        String last = html.substring(from);
        if (changed(last, core)) {
            return UNUSABLE;
        }
        parts.add(last.getBytes(charset));
        for (int i = 0; i < all.length; i++) {
            if (least[i] == ONCE ? seen[i] != 1 : seen[i] < least[i]) {
                return UNUSABLE;
            }
        }
        return new ListingFrame(List.copyOf(parts), marks.stream().mapToInt(Integer::intValue).toArray(), contentType,
                charset, parts.stream().mapToInt(part -> part.length).sum());
    }

    /** Whether a part holds what every mark holds, as it is or lowered: a mark changed on its way into the page. */
    private static boolean changed(String part, String core) {
        return part.contains(core) || part.contains(core.toLowerCase(Locale.ROOT));
    }

    boolean usable() {
        return contentType != null;
    }

    /** The page: its parts and, between them, what each mark stands for; written part by part, not copied first. */
    void fill(String[] values, OutputStream out) throws IOException {
        for (int i = 0; i < marks.length; i++) {
            out.write(parts.get(i));
            out.write(values[marks[i]].getBytes(charset));
        }
        out.write(parts.get(marks.length));
    }
}
