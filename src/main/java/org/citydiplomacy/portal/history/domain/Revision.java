package org.citydiplomacy.portal.history.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One committed change set: every audited row written in a transaction points at one of these. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(RevisionUserListener.class)
class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    /** The spreadsheet this change set was imported from; null for a change made by hand. */
    @Column(name = "imported_from", length = 255)
    private String importedFrom;

    protected Revision() {
    }

    void attributeTo(String name) {
        this.username = name;
    }

    void importedFrom(String fileName) {
        this.importedFrom = fileName;
    }

    long id() {
        return id;
    }

    Instant revisedAt() {
        return revisedAt;
    }

    String username() {
        return username;
    }
}
