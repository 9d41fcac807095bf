package org.citydiplomacy.portal.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's characters kept in blocks of {@value #BLOCK} until the page is complete, then written out in order.
 * Unlike a {@link StringBuilder} (Thymeleaf's own buffer), it never copies what it holds to grow, and no block is
 * large: a 300-event partner page in Japanese grew Thymeleaf's builder to a 906 kB array, which G1 allocates as a
 * humongous object with the 1 MB regions of a 256 MB heap (issue 13). Not thread-safe: one page, one thread.
 */
final class PageBuffer extends Writer {

    private static final int BLOCK = 8_192;

    private final List<char[]> full = new ArrayList<>();
    private char[] current = new char[BLOCK];
    private int used;

    @Override
    public void write(int c) {
        if (used == BLOCK) {
            next();
        }
        current[used++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        while (length > 0) {
            if (used == BLOCK) {
                next();
            }
            int n = Math.min(length, BLOCK - used);
            System.arraycopy(chars, offset, current, used, n);
            used += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        while (length > 0) {
            if (used == BLOCK) {
                next();
            }
            int n = Math.min(length, BLOCK - used);
            text.getChars(offset, offset + n, current, used);
            used += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    /** Everything written so far, in order. */
    void writeTo(Writer out) throws IOException {
        for (char[] block : full) {
            out.write(block, 0, BLOCK);
        }
        out.write(current, 0, used);
    }

    private void next() {
        full.add(current);
        current = new char[BLOCK];
        used = 0;
    }

    /** Nothing leaves before {@link #writeTo}. */
    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
