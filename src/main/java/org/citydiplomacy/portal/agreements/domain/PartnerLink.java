package org.citydiplomacy.portal.agreements.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A partner of an agreement, by id, and its place in the signing order. */
@Embeddable
class PartnerLink {

    @Column(name = "partner_id", nullable = false)
    private Long partnerId;

    @Column(name = "position", nullable = false)
    private int position;

    protected PartnerLink() {
    }

    PartnerLink(long partnerId, int position) {
        this.partnerId = partnerId;
        this.position = position;
    }

    long partnerId() {
        return partnerId;
    }

    int position() {
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartnerLink link && Objects.equals(partnerId, link.partnerId) && position == link.position;
    }

    @Override
    public int hashCode() {
        return Objects.hash(partnerId, position);
    }
}
