package org.citydiplomacy.portal.shared;

import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition: attachment} header that keeps a stored file's original name
 * safely: an ASCII fallback in {@code filename} (RFC 6266) and the exact name, percent-encoded
 * as UTF-8, in {@code filename*} (RFC 5987/8187). Control characters, path separators and quotes
 * never reach the header, so a name cannot split it or point outside the download folder.
 */
public final class Attachments {

    private static final String ATTR_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";

    private Attachments() {
    }

    public static String contentDisposition(String filename) {
        String name = clean(filename);
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encode(name);
    }

    /** The name without control characters or path parts; "document" if nothing is left. */
    static String clean(String filename) {
        String name = filename == null ? "" : filename;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        String result = kept.toString().strip();
        return result.isEmpty() || result.equals(".") || result.equals("..") ? "document" : result;
    }

    private static String asciiFallback(String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return ascii.toString();
    }

    private static String encode(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append(c);
            }
            else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
