package org.citydiplomacy.portal.partners.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.citydiplomacy.portal.partners.PartnerCommand;
import org.citydiplomacy.portal.partners.PartnerKind;
import org.citydiplomacy.portal.partners.Relationship;
import org.citydiplomacy.portal.shared.DatePrecision;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.PublishableRecord;
import org.citydiplomacy.portal.shared.Visibility;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A partner city, state or region as staff keep it. Its slug names it in URLs and never changes;
 * everything else changes through {@link #revise}, and it leaves the public record only by
 * {@link #withdraw}.
 */
@Entity
@Table(name = "partner")
@Audited
class Partner extends PublishableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 80)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_ja", length = 200)
    private String nameJa;

    @Column(name = "official_name", length = 300)
    private String officialName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnerKind kind;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 2)
    private String country;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Relationship relationship;

    @Column(name = "relationship_since")
    private LocalDate relationshipSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship_since_precision", length = 5)
    private DatePrecision relationshipSincePrecision;

    @Column(name = "city_term", length = 120)
    private String cityTerm;

    @Column(name = "city_term_ja", length = 120)
    private String cityTermJa;

    @Column(name = "partner_term", length = 120)
    private String partnerTerm;

    @Column(name = "relationship_note", columnDefinition = "text")
    private String relationshipNote;

    @Column(name = "relationship_note_ja", columnDefinition = "text")
    private String relationshipNoteJa;

    @Column(name = "staff_notes", columnDefinition = "text")
    private String staffNotes;

    protected Partner() {
    }

    Partner(String slug, PartnerCommand command) {
        this.slug = slug;
        apply(command);
    }

    /** Replaces every editable field; the visibility may only be draft or published here. */
    void revise(PartnerCommand command) {
        apply(command);
    }

    /** A draft made public, because a record that names it is published (a withdrawn one is restored by an edit). */
    void publishDraft() {
        if (visibility() == Visibility.DRAFT) {
            showAs(Visibility.PUBLISHED);
        }
    }

    String name() {
        return name;
    }

    String nameJa() {
        return nameJa;
    }

    private void apply(PartnerCommand c) {
        showAs(c.visibility());
        this.name = c.name();
        this.nameJa = c.nameJa();
        this.officialName = c.officialName();
        this.kind = c.kind();
        this.country = c.country();
        this.latitude = c.latitude();
        this.longitude = c.longitude();
        this.relationship = c.relationship();
        this.relationshipSince = c.relationshipSince() == null ? null : c.relationshipSince().start();
        this.relationshipSincePrecision = c.relationshipSince() == null ? null : c.relationshipSince().precision();
        this.cityTerm = c.cityTerm();
        this.cityTermJa = c.cityTermJa();
        this.partnerTerm = c.partnerTerm();
        this.relationshipNote = c.relationshipNote();
        this.relationshipNoteJa = c.relationshipNoteJa();
        this.staffNotes = c.staffNotes();
    }

    /** The command that would reproduce the current state, for an edit form. */
    PartnerCommand asCommand() {
        return new PartnerCommand(slug, name, nameJa, officialName, kind, country, latitude, longitude, relationship,
                PartialDate.ofNullable(relationshipSince,
                        relationshipSincePrecision == null ? null : relationshipSincePrecision.name()),
                cityTerm, cityTermJa, partnerTerm, relationshipNote, relationshipNoteJa, staffNotes, visibility());
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }
}
