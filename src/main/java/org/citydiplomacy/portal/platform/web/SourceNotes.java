package org.citydiplomacy.portal.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.shared.Citation;
import org.springframework.stereotype.Component;

/**
 * Footnote marks for the facts of a record page: each fact that came from a source carries the
 * numbers of the page's "Sources" entries it rests on ({@code #source-1}, ...), numbered in the order
 * of that list. Citations are stored per record, not per field, so a fact is marked with every
 * source of its record, or with those in one voice where the fact is one side's word (Tokyo's term for
 * the tie: the city's sources). Templates call {@code ${@sourceNotes.of(record.sources)}} or
 * {@code ${@sourceNotes.inVoice(record.sources, 'CITY')}}.
 */
@Component("sourceNotes")
public class SourceNotes {

    /** One mark: the number of a source in the page's list, and the source. */
    public record Note(int number, Citation source) {

        /** The id of its entry in the Sources list, the mark's link target. */
        public String anchor() {
            return "source-" + number;
        }
    }

    /** A mark for every source of the record. */
    public List<Note> of(List<Citation> sources) {
        List<Note> notes = new ArrayList<>(sources == null ? 0 : sources.size());
        if (sources != null) {
            for (int i = 0; i < sources.size(); i++) {
                notes.add(new Note(i + 1, sources.get(i)));
            }
        }
        return notes;
    }

    /**
     * The marks of the sources in the given voices (CITY, PARTNER, THIRD_PARTY); all of them when none
     * is in those voices, since the fact still comes from the record's sources.
     */
    public List<Note> inVoice(List<Citation> sources, String... voices) {
        List<Note> all = of(sources);
        List<String> wanted = Arrays.asList(voices);
        List<Note> chosen = all.stream().filter(n -> wanted.contains(n.source().voice())).toList();
        return chosen.isEmpty() ? all : chosen;
    }

    /** The sources as schema.org {@code citation}s: what each document is, who published it, when. */
    public static List<JsonLd> asJsonLd(List<Citation> sources) {
        if (sources == null) {
            return List.of();
        }
        // A document cited for several facts is one work.
        Map<List<String>, Citation> works = new LinkedHashMap<>();
        sources.forEach(s -> works.putIfAbsent(Arrays.asList(s.source(), s.publisher(), s.url()), s));
        return works.values().stream()
                .map(s -> JsonLd.thing("CreativeWork")
                        .with("name", s.source())
                        .with("publisher", s.publisher() == null ? null
                                : JsonLd.thing("Organization").with("name", s.publisher()))
                        .with("datePublished", s.publishedOn())
                        .with("url", s.url()))
                .toList();
    }
}
