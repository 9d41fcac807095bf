package org.citydiplomacy.portal.statistics;

import java.time.Duration;

import org.citydiplomacy.portal.shared.DataVersion;
import org.citydiplomacy.portal.statistics.domain.StatisticsQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The statistics of the published records: one aggregate statement, kept per data version and
 * filter (never used after the data changed, on any instance). Only published records count, for
 * every reader: the figures are the public's, staff included.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsService {

    private final StatisticsQueries queries;
    private final DataVersion dataVersion;
    private final Cache<Key, Statistics> kept = Caffeine.newBuilder()
            .maximumSize(200)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    StatisticsService(StatisticsQueries queries, DataVersion dataVersion) {
        this.queries = queries;
        this.dataVersion = dataVersion;
    }

    public Statistics compute(StatisticsFilter filter) {
        return kept.get(new Key(dataVersion.current(), filter), k -> queries.statistics(filter));
    }

    private record Key(long version, StatisticsFilter filter) {
    }
}
