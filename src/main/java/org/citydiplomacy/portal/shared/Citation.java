package org.citydiplomacy.portal.shared;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Where a fact comes from, and whose word it is: the city's own ({@code CITY}), the partner's
 * ({@code PARTNER}) or a third party's ({@code THIRD_PARTY}). The detail either quotes the source's
 * words (in quotation marks) or says where in the source the fact is; its Japanese ({@code detailJa})
 * is written for Japanese readers: the note in Japanese, or for a quote the document's own Japanese
 * text or a translation marked as one (参考訳). Title and publisher have their Japanese where the
 * document has one.
 */
public record Citation(String source, String sourceJa, String publisher, String publisherJa, String url,
        PartialDate publishedOn, String voice, String detail, String detailJa) {

    /** The detail quotes the source's own words rather than saying where the fact is. */
    @JsonIgnore
    public boolean quote() {
        return detail != null && (detail.startsWith("\"") || detail.startsWith("“"));
    }

    @JsonIgnore
    public String sourceIn(Locale locale) {
        return Texts.in(locale, source, sourceJa);
    }

    @JsonIgnore
    public String publisherIn(Locale locale) {
        return Texts.in(locale, publisher, publisherJa);
    }

    /** Where the fact is, in the reader's language (not for quotes: see {@link #quoteNoteIn}). */
    @JsonIgnore
    public String detailIn(Locale locale) {
        return Texts.in(locale, detail, detailJa);
    }

    /**
     * For a quote read in Japanese: what the document says in Japanese, or a translation, shown below
     * the words quoted. Null in English and for notes that are not quotes.
     */
    @JsonIgnore
    public String quoteNoteIn(Locale locale) {
        return quote() && Texts.japanese(locale) ? detailJa : null;
    }

    /**
     * The citations of one record as a JSON array of this record's fields, for a statement's select list
     * ({@code subjectId}: the record's id column, e.g. {@code a.id}); the one shape every record page reads.
     */
    public static String sourcesJson(CitationSubject subject, String subjectId) {
        return """
                (SELECT coalesce(json_agg(json_build_object('source', s.title, 'sourceJa', s.title_ja,
                        'publisher', s.publisher, 'publisherJa', s.publisher_ja, 'url', s.url,
                        'publishedOn', partial_date_iso(s.published_on, s.published_on_precision),
                        'voice', c.voice, 'detail', c.detail, 'detailJa', c.detail_ja) ORDER BY c.id), '[]')
                   FROM citation c JOIN source s ON s.id = c.source_id
                  WHERE c.subject_type = '%s' AND c.subject_id = %s)""".formatted(subject.name(), subjectId);
    }
}
