package org.citydiplomacy.portal.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.citydiplomacy.portal.agreements.RelationKind;

/** This agreement renews, supersedes or amends another one. A value (a record), like {@link org.citydiplomacy.portal.shared.PartnerLink}. */
@Embeddable
record RelationLink(
        @Column(name = "related_id", nullable = false) Long relatedId,
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 12) RelationKind kind) {
}
