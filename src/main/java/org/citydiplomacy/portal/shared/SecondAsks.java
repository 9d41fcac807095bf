package org.citydiplomacy.portal.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Which keys were asked for once lately, so that a cache keeps what is asked for a second time
 * (nginx's {@code proxy_cache_min_uses 2}). The long tail of a public portal, a word, a filter or a page
 * number nobody asked for before, is mostly asked for once: keeping each of those answers filled a
 * 256 MB heap with copies nobody reads again, and the collector then marked the old generation every
 * few seconds (issue 13). Keys are remembered by their hash: two keys that share one only make the
 * second kept a request early.
 */
public final class SecondAsks {

    /** Keys remembered by default: some 2 MB (about 100 bytes a key). */
    static final int REMEMBERED = 20_000;

    private final Cache<Integer, Boolean> askedOnce;

    /** Remembers the {@value #REMEMBERED} keys asked for most recently. */
    public SecondAsks() {
        this(REMEMBERED);
    }

    /** Remembers the {@code remembered} keys asked for most recently (about 100 bytes each); tests ask for few. */
    SecondAsks(int remembered) {
        // Evictions on the asking thread: no hand-over to the common pool for every new key.
        this.askedOnce = Caffeine.newBuilder().maximumSize(remembered).executor(Runnable::run).build();
    }

    /** Whether {@code key} was asked for lately (now counted as asked): its answer is worth keeping. */
    public boolean again(Object key) {
        return askedOnce.asMap().putIfAbsent(key.hashCode(), Boolean.TRUE) != null;
    }
}
