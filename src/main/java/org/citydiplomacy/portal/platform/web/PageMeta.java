package org.citydiplomacy.portal.platform.web;

/**
 * What a page says about itself to search engines and link previews, in the reader's language: its
 * title and description, its Open Graph type, its canonical path (without the language) and its
 * schema.org description as JSON-LD (already safe to put in a script element; see {@link JsonLd}).
 * Record pages put one in the model under {@link #MODEL_ATTRIBUTE}; the layout falls back to a fixed
 * text per section (messages {@code meta.title.<section>} and {@code meta.description.<section>}) for
 * pages that give none.
 */
public record PageMeta(String title, String description, String type, String path, String jsonLd) {

    public static final String MODEL_ATTRIBUTE = "pageMeta";

    /** Search engines show about this many characters of a description. */
    static final int DESCRIPTION_LENGTH = 160;

    public PageMeta {
        description = shortened(description);
    }

    /** A record's page: Open Graph type "article", with its structured data. */
    public static PageMeta article(String title, String description, String path, JsonLd jsonLd) {
        return new PageMeta(title, description, "article", path, jsonLd == null ? null : jsonLd.toScript());
    }

    /** Whitespace run together, and cut at a word (or anywhere in Japanese) with an ellipsis. */
    static String shortened(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= DESCRIPTION_LENGTH) {
            return flat;
        }
        String cut = flat.substring(0, flat.offsetByCodePoints(0, DESCRIPTION_LENGTH - 1));
        int space = cut.lastIndexOf(' ');
        if (space > DESCRIPTION_LENGTH - 40) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,.;:、。]+$", "") + "…";
    }
}
