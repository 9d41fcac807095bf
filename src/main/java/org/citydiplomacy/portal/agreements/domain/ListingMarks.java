package org.citydiplomacy.portal.agreements.domain;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Where rows of a listing's order were seen: the last row of every page read, by position, per
 * filter, audience, order and data version. A later page starts from the nearest row seen before
 * it ({@code WHERE (signed_on, id) < (…)}, a keyset seek) instead of skipping every row from the
 * first with {@code OFFSET}: skipping 48,000 index entries for the middle page of 96,000 cost more
 * than the rest of the request (docs/performance.md). Learnt from the pages themselves, so it
 * costs no statement; a mark is used only at the data version it was seen at (the page query
 * returns its version, and the page is read again from the start otherwise), so it gives exactly
 * the rows that {@code OFFSET} gives.
 */
@Component
public class ListingMarks {

    /** A row of the listing's order: its position (from 0), its sort value and its id. */
    public record Mark(long position, Object sortValue, long id) {
    }

    /** The marks of one listing at one data version, to seek from. */
    public record Seen(long version, Mark mark) {
    }

    /** A thousand marks a listing: a page then skips about a thousandth of it on average. */
    static final int MARKS_PER_LISTING = 1_000;

    private record Key(AgreementFilter filter, Audience audience, AgreementSort sort) {
    }

    private record Marks(long version, ConcurrentSkipListMap<Long, Mark> byPosition) {
    }

    // About 100 bytes a mark: at most some 5 MB.
    private final Cache<Key, Marks> listings = Caffeine.newBuilder().maximumSize(50).build();

    /** The nearest row seen before {@code offset} in this listing, at the newest version seen. */
    public Optional<Seen> before(AgreementFilter filter, Audience audience, AgreementSort sort, long offset) {
        Marks marks = listings.getIfPresent(new Key(filter, audience, sort));
        if (marks == null) {
            return Optional.empty();
        }
        Map.Entry<Long, Mark> nearest = marks.byPosition().lowerEntry(offset);
        return nearest == null ? Optional.empty() : Optional.of(new Seen(marks.version(), nearest.getValue()));
    }

    /** Remembers a row read at {@code version}; the marks of an older version are dropped. */
    public void remember(AgreementFilter filter, Audience audience, AgreementSort sort, long version, Mark mark) {
        if (version < 0) {
            return;
        }
        Marks marks = listings.asMap().compute(new Key(filter, audience, sort),
                (key, old) -> old == null || old.version() < version
                        ? new Marks(version, new ConcurrentSkipListMap<>()) : old);
        if (marks.version() == version && marks.byPosition().size() < MARKS_PER_LISTING) {
            marks.byPosition().put(mark.position(), mark);
        }
    }
}
