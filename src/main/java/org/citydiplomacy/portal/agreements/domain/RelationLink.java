package org.citydiplomacy.portal.agreements.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.citydiplomacy.portal.agreements.RelationKind;

/** This agreement renews, supersedes or amends another one. */
@Embeddable
class RelationLink {

    @Column(name = "related_id", nullable = false)
    private Long relatedId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private RelationKind kind;

    protected RelationLink() {
    }

    RelationLink(long relatedId, RelationKind kind) {
        this.relatedId = relatedId;
        this.kind = kind;
    }

    long relatedId() {
        return relatedId;
    }

    RelationKind kind() {
        return kind;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RelationLink link && Objects.equals(relatedId, link.relatedId) && kind == link.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(relatedId, kind);
    }
}
