package org.citydiplomacy.portal.agreements;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a search's words were found in an agreement, with a few words around them. */
@Schema(description = "Where the searched words were found, in listings searched with q")
public record SearchMatch(
        @Schema(description = "The part of the record: its title, summary, a full text, a signed PDF or a partner's name")
        Place place,
        @Schema(description = "For TEXT the language of the full text; for DOCUMENT the PDF's file name", example = "mou-paris.pdf")
        String source,
        @Schema(description = "Some words around the first match as HTML: the text escaped, each searched word inside <mark>",
                example = "…cooperation on <mark>hydrogen</mark> ferries between…")
        String excerpt) {

    /**
     * The excerpt's language for a page's {@code lang} attribute: a title, summary or PDF may be in either
     * language, so it is read off the words themselves (any Japanese script: "ja", else "en").
     */
    public String language() {
        if (excerpt == null) {
            return "en";
        }
        for (int i = 0; i < excerpt.length(); ) {
            int c = excerpt.codePointAt(i);
            // Han, Hiragana and Katakana all lie at U+2E80 and above: most characters need no lookup
            // of their script (a regular expression of the three scripts was 5% of a search's page).
            if (c >= 0x2E80 && isJapaneseScript(Character.UnicodeScript.of(c))) {
                return "ja";
            }
            i += Character.charCount(c);
        }
        return "en";
    }

    private static boolean isJapaneseScript(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** The parts of an agreement a search reads, in the order a match is reported. */
    public enum Place {
        TITLE, SUMMARY, TEXT, DOCUMENT, PARTNER
    }
}
