package org.citydiplomacy.portal.strategy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.shared.DataVersion;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.strategy.domain.TargetQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The strategy's targets and their progress, and adding a target (staff). Progress walks every
 * published agreement and meeting (about 0.6 s at 100,000 agreements): it is kept per data version and
 * day (the figure for today changes with the date), so the page runs the data version's statement
 * and, once per change, the progress.
 */
@Service
@Transactional(readOnly = true)
public class StrategyService {

    private final TargetQueries targets;
    private final DataVersion dataVersion;
    private final Cache<Key, List<TargetProgress>> kept = Caffeine.newBuilder()
            .maximumSize(4)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    StrategyService(TargetQueries targets, DataVersion dataVersion) {
        this.targets = targets;
        this.dataVersion = dataVersion;
    }

    /** Every target with its progress, by deadline. */
    public List<TargetProgress> progress() {
        return kept.get(new Key(dataVersion.current(), LocalDate.now()), k -> targets.progress());
    }

    /**
     * @return the new target's id
     * @throws InvalidCommandException if the deadline is before the start
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public long add(TargetCommand command, String by) {
        if (command.deadline().end().isBefore(command.countsFrom().start())) {
            throw new InvalidCommandException(List.of(
                    new InvalidCommandException.FieldProblem("deadline", "strategy.validation.deadline")));
        }
        return targets.insert(command, by);
    }

    private record Key(long version, LocalDate day) {
    }
}
