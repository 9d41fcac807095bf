package org.citydiplomacy.portal.agreements.domain;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.stereotype.Component;

/**
 * The result counts of listings this instance has computed, each with the data version it
 * was computed at (table {@code data_version}, moved forward by triggers with every change to the
 * records). A count is reused only for a page read at the same version, so instances need no
 * shared cache and never show a count older than the page. Counting every match of a filter is
 * what grows with the data; a popular listing is counted once per change instead of per request.
 */
@Component
public class ListingCounts {

    /** A count and the data version it belongs to. */
    public record Known(long version, long total) {
    }

    private record Key(AgreementFilter filter, Audience audience) {
    }

    // Small entries (a filter and two numbers): ten thousand are well under a megabyte. Evictions run on
    // the request's thread: a count is remembered with every API page, and handing each eviction to the
    // common pool woke another thread for every page (issue 13).
    private final Cache<Key, Known> counts = Caffeine.newBuilder().maximumSize(10_000)
            .executor(Runnable::run).build();

    /** The latest count of this filter, at whatever version: exact if the version matches, a hint otherwise. */
    public Optional<Known> latest(AgreementFilter filter, Audience audience) {
        return Optional.ofNullable(counts.getIfPresent(new Key(filter, audience)));
    }

    public void remember(AgreementFilter filter, Audience audience, long version, long total) {
        if (version < 0) {
            return;
        }
        counts.asMap().merge(new Key(filter, audience), new Known(version, total),
                (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }
}
