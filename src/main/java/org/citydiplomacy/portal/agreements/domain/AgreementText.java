package org.citydiplomacy.portal.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The full text of an agreement in one language; the language is the key of the collection. A value
 * (a record), like {@link org.citydiplomacy.portal.shared.PartnerLink}.
 */
@Embeddable
record AgreementText(
        @Column(name = "title", length = 500) String title,
        @Column(name = "body", nullable = false, columnDefinition = "text") String body) {
}
