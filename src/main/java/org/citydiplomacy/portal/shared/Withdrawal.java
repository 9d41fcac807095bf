package org.citydiplomacy.portal.shared;

import java.time.Instant;
import java.time.LocalDate;

/** When a record was withdrawn from the public and why (the reason may be null). */
public record Withdrawal(Instant at, String reason) {

    /** The office's day of the withdrawal, or null if it was not kept (records withdrawn before it was). */
    public LocalDate day() {
        return at == null ? null : Office.day(at);
    }
}
