package org.citydiplomacy.portal.strategy;

import java.util.List;

import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.strategy.domain.TargetQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The strategy's targets and their progress (one statement for the page), and adding a target (staff). */
@Service
@Transactional(readOnly = true)
public class StrategyService {

    private final TargetQueries targets;

    StrategyService(TargetQueries targets) {
        this.targets = targets;
    }

    /** Every target with its progress, by deadline. */
    public List<TargetProgress> progress() {
        return targets.progress();
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
}
