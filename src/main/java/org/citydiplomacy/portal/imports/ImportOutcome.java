package org.citydiplomacy.portal.imports;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the import does (or, in a dry run, would do) with one row: written as these lower-case words. */
public enum ImportOutcome {
    CREATE, UPDATE, UNCHANGED, ERROR;

    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
