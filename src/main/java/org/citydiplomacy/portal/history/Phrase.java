package org.citydiplomacy.portal.history;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A value in a record's history whose words depend on the reader: a message code with its arguments
 * (plain values or other phrases), worded by {@link HistoryWording} in the reader's language. It keeps
 * the stored value too ({@link #raw}): snapshots compare by it, and a stale-edit answer, which speaks
 * to programs, shows it.
 */
public record Phrase(String code, List<Object> args, String raw) {

    /** An enumeration's value by its label's code ({@code agreementStatus.IN_FORCE}); null stays null. */
    public static Phrase value(String labels, String value) {
        return value == null ? null : new Phrase(labels + "." + value, List.of(), value);
    }

    /** A value made of parts, worded by message {@code code}. */
    public static Phrase of(String raw, String code, Object... args) {
        return new Phrase(code, Arrays.asList(args), raw);
    }

    @JsonValue
    @Override
    public String toString() {
        return raw;
    }
}
