package org.citydiplomacy.portal.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command that is well-formed but cannot be carried out as given (a slug already taken, a partner
 * that does not exist, an agreement related to itself). Each problem names its field and a message
 * code, so a form shows it beside the field and the API lists it in a 400 problem.
 */
public class InvalidCommandException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidCommandException(List<FieldProblem> problems) {
        super("Invalid command: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One field's problem: a message code (in i18n/staff*.properties) with its arguments. */
    public record FieldProblem(String field, String code, Object... arguments) {
    }

    /** Collects problems while a command is checked, then throws them all at once. */
    public static final class Collector {

        private final List<FieldProblem> problems = new ArrayList<>();

        public void reject(String field, String code, Object... arguments) {
            problems.add(new FieldProblem(field, code, arguments));
        }

        /** The partners a command lists ({@code partners[i]}): each must exist and be named once. */
        public void rejectUnknownOrRepeatedPartners(List<String> slugs, Map<String, Long> known) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < slugs.size(); i++) {
                String slug = slugs.get(i);
                if (!known.containsKey(slug)) {
                    reject("partners[" + i + "]", "validation.partner.unknown", slug);
                }
                else if (!seen.add(slug)) {
                    reject("partners[" + i + "]", "validation.partner.duplicate", slug);
                }
            }
        }

        public List<FieldProblem> problems() {
            return List.copyOf(problems);
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }

        /** @throws InvalidCommandException listing every problem found, if there was any */
        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidCommandException(problems);
            }
        }
    }
}
