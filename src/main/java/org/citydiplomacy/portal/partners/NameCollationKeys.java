package org.citydiplomacy.portal.partners;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Collation keys of partner names, kept: a listing filtered by a partner nobody chose before orders
 * some 500 names in each language, and making their keys (the Japanese collator's above all) was
 * 13% of such a page's time (issue 13). A name's key never changes, and a few thousand names fit in
 * well under a megabyte.
 */
final class NameCollationKeys {

    private record Name(String language, String text) {
    }

    private static final Cache<Name, CollationKey> KEYS = Caffeine.newBuilder().maximumSize(10_000).build();

    private NameCollationKeys() {
    }

    static CollationKey of(String name, Locale locale) {
        // Collator.getInstance gives a new instance each time: no collator is shared between threads.
        return KEYS.get(new Name(locale.getLanguage(), name), n -> Collator.getInstance(locale).getCollationKey(name));
    }
}
