package org.citydiplomacy.portal.platform.web;

/** What the API's description says in more than one place, for the modules' controllers to cite. */
public final class ApiDocs {

    /** A record's slug: lower-case letters and digits in words joined by hyphens. */
    public static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** An ISO 8601 date at the year, month or day precision: 1996, 2025-09, 2026-02-05. */
    public static final String PARTIAL_DATE_PATTERN = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

    /** The tags that group the operations, one per kind of record. */
    public static final String AGREEMENTS = "Agreements";
    public static final String PARTNERS = "Partners";
    public static final String MEETINGS = "Meetings";
    public static final String TOKENS = "Tokens";
    public static final String IMPORTS = "Imports";

    private ApiDocs() {
    }
}
