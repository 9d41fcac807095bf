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

    private static final java.util.regex.Pattern JAPANESE =
            java.util.regex.Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    /**
     * The excerpt's language for a page's {@code lang} attribute: a title, summary or PDF may be in either
     * language, so it is read off the words themselves (any Japanese script: "ja", else "en").
     */
    public String language() {
        return excerpt != null && JAPANESE.matcher(excerpt).find() ? "ja" : "en";
    }

    /** The parts of an agreement a search reads, in the order a match is reported. */
    public enum Place {
        TITLE, SUMMARY, TEXT, DOCUMENT, PARTNER
    }
}
