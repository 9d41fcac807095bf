package org.citydiplomacy.portal.agreements.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.citydiplomacy.portal.agreements.DocumentAttached;
import org.citydiplomacy.portal.agreements.WithdrawnDocument;
import org.citydiplomacy.portal.shared.CreatedRecord;
import org.citydiplomacy.portal.shared.Visibility;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A signed PDF of an agreement in one language. The history keeps its metadata and digest, not its
 * bytes: the digest proves which file it was, and the audit tables stay small.
 */
@Entity
@Table(name = "agreement_document")
@Audited
class AgreementDocument extends CreatedRecord {

    static final String PDF = "application/pdf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private Long agreementId;

    @Column(nullable = false, length = 35)
    private String language;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 64)
    private String sha256;

    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    /** The words of the file (PDFBox), for the search; empty when it has no text layer. */
    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "extracted_text", updatable = false)
    private String extractedText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Visibility visibility;

    @Column(name = "withdrawal_reason", length = 2000)
    private String withdrawalReason;

    protected AgreementDocument() {
    }

    AgreementDocument(long agreementId, String language, String filename, byte[] content, String sha256,
            String extractedText) {
        this.agreementId = agreementId;
        this.language = language;
        this.filename = filename;
        this.contentType = PDF;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.extractedText = extractedText;
        this.visibility = Visibility.PUBLISHED;
    }

    boolean belongsTo(long agreement) {
        return agreementId == agreement;
    }

    boolean isWithdrawn() {
        return visibility == Visibility.WITHDRAWN;
    }

    /** Takes the file from the public, keeping its bytes and its history, with the reason why. */
    void withdraw(String reason) {
        this.visibility = Visibility.WITHDRAWN;
        this.withdrawalReason = reason;
    }

    /** What the API answers a withdrawal with: the document, and the agreement's version after it. */
    WithdrawnDocument withdrawn(long agreementVersion) {
        return new WithdrawnDocument(id, agreementId, language, filename, contentType, sizeBytes, sha256, visibility,
                withdrawalReason, agreementVersion);
    }

    /** What the uploader is told about the stored file (after {@code save}, so with its id). */
    DocumentAttached attached() {
        return new DocumentAttached(id, agreementId, language, filename, contentType, sizeBytes, sha256);
    }
}
