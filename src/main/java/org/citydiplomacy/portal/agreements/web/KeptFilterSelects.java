package org.citydiplomacy.portal.agreements.web;

import java.util.Locale;

import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementListing;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.SecondAsks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The listing's filter selects, built once per data version, audience, filter and language and
 * reused by every page, sort and size of that filter: a reader paging through a listing, or a
 * crawler reading every page once, pays for the 640 options (500 partners, 70 years twice, with
 * their counts) once, not on every page (issue 13). The data version is the one the facet counts
 * were read at, so a save anywhere gives the next reader new selects; the page cache is not needed.
 */
@Component
class KeptFilterSelects {

    /**
     * About 40,000 characters of options per filter and language at 500 partners: some 100 filters,
     * at most 8 MB of text (Japanese takes two bytes a character) plus their option lists.
     */
    private static final long MAX_CHARACTERS = 4_000_000;

    private final MessageSource messages;
    private final Cache<Key, AgreementFilterSelects> kept = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARACTERS)
            .weigher((Key key, AgreementFilterSelects selects) -> selects.weight())
            .build();
    /** A filter's options are kept from its second request: most filters and words are asked for once. */
    private final SecondAsks asked = new SecondAsks();

    KeptFilterSelects(MessageSource messages) {
        this.messages = messages;
    }

    AgreementFilterSelects of(AgreementListing listing, Audience audience, AgreementFilter filter, String yearText,
            String fromText, String toText, Locale locale) {
        // Words alone past the counting limit all offer the same uncounted options, none chosen:
        // one set for every such search, not one per word.
        boolean uncounted = listing.facets().countsHidden();
        Key key = new Key(listing.dataVersion(), audience, uncounted ? AgreementFilter.none() : filter, uncounted,
                yearText, fromText, toText, locale.getLanguage());
        AgreementFilterSelects selects = kept.getIfPresent(key);
        if (selects == null) {
            selects = AgreementFilterSelects.of(listing.facets(), filter, yearText, fromText, toText, messages, locale);
            if (!key.filter().isFiltered() || asked.again(key)) {
                kept.put(key, selects);
            }
        }
        return selects;
    }

    private record Key(long version, Audience audience, AgreementFilter filter, boolean uncounted, String yearText,
            String fromText, String toText, String language) {
    }
}
