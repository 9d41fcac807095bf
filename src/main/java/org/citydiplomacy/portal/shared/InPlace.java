package org.citydiplomacy.portal.shared;

import java.util.Collection;
import java.util.List;

/**
 * Changes an entity's value collection in place, element by element, so that unchanged parts stay
 * unchanged rows (and unchanged in the history): Hibernate rewrites a collection that is replaced
 * as a whole, and Envers then records every element as removed and added again.
 */
public final class InPlace {

    private InPlace() {
    }

    /** Makes {@code current} hold the elements of {@code wanted}, leaving those it already holds. */
    public static <T> void set(Collection<T> current, Collection<? extends T> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }

    /** Makes {@code current} equal {@code wanted}, position by position, touching only the positions that differ. */
    public static <T> void list(List<T> current, List<? extends T> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            if (i < current.size()) {
                if (!current.get(i).equals(wanted.get(i))) {
                    current.set(i, wanted.get(i));
                }
            }
            else {
                current.add(wanted.get(i));
            }
        }
        while (current.size() > wanted.size()) {
            current.remove(current.size() - 1);
        }
    }
}
