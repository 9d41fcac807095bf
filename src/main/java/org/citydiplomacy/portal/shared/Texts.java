package org.citydiplomacy.portal.shared;

/** Small helpers for text that forms and JSON bodies give. */
public final class Texts {

    private Texts() {
    }

    /** An empty or blank field means "not given": stored as null, so that fallbacks (English for Japanese) apply. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
