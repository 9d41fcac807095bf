package org.citydiplomacy.portal.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A partner of an agreement, by id, and its place in the signing order. A record: an element of a
 * collection is a value, replaced rather than changed, equal to another with the same components.
 */
@Embeddable
record PartnerLink(
        @Column(name = "partner_id", nullable = false) Long partnerId,
        @Column(name = "position", nullable = false) int position) {
}
