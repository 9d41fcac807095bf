package org.citydiplomacy.portal.agreements;

import java.time.LocalDate;

/** When an agreement is to be reviewed and when it expires (null if not set). */
public record AgreementDeadlines(LocalDate reviewOn, LocalDate expiresOn) {
}
