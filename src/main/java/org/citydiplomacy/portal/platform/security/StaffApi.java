package org.citydiplomacy.portal.platform.security;

/** The URLs of the write API, for the request rules of the API chain (the services check roles as well). */
final class StaffApi {

    /** Editable state (with staff notes) and history of any record. */
    static final String[] STAFF_READS = { "/api/v1/*/*/editable", "/api/v1/*/*/history" };

    /** Withdrawing a record: administrators only. */
    static final String[] WITHDRAWALS = { "/api/v1/*/*/withdrawal" };

    static final String[] CREATES = { "/api/v1/agreements", "/api/v1/partners", "/api/v1/meetings",
            "/api/v1/agreements/*/documents" };

    static final String[] UPDATES = { "/api/v1/agreements/*", "/api/v1/partners/*", "/api/v1/meetings/*" };

    private StaffApi() {
    }
}
