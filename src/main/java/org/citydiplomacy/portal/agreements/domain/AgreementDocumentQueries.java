package org.citydiplomacy.portal.agreements.domain;

import java.util.Optional;

import org.citydiplomacy.portal.agreements.AgreementDocumentFile;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.citydiplomacy.portal.shared.RecordWithdrawnException;
import org.citydiplomacy.portal.shared.Sql;
import org.citydiplomacy.portal.shared.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A signed document's metadata, and its bytes read in slices so that no whole file is held. */
@Repository
public class AgreementDocumentQueries {

    private final JdbcClient jdbc;

    AgreementDocumentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A document of an agreement, if both are visible to the audience; its bytes are not read. */
    public Optional<AgreementDocumentFile> document(long agreementId, long documentId, Audience audience) {
        return jdbc.sql("""
                SELECT d.id, d.agreement_id, d.language, d.filename, d.content_type, d.size_bytes, d.sha256
                  FROM agreement_document d JOIN agreement a ON a.id = d.agreement_id
                 WHERE d.id = :document AND d.agreement_id = :agreement
                   AND d.visibility IN (:visible) AND a.visibility IN (:visible)""")
                .param("document", documentId)
                .param("agreement", agreementId)
                .param("visible", audience.visibleValues())
                .query((rs, n) -> new AgreementDocumentFile(rs.getLong("id"), rs.getLong("agreement_id"),
                        rs.getString("language"), rs.getString("filename"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256")))
                .optional();
    }

    /**
     * Why a reader may not have a document of an agreement: withdrawn (410, saying when and why) if
     * it was and the reader sees the agreement; the agreement's own 410 if that was withdrawn;
     * otherwise not found, so that nothing is told about the documents of drafts.
     */
    public RuntimeException unavailable(long agreementId, long documentId, Audience audience) {
        RecordNotFoundException notFound = RecordNotFoundException.document(documentId);
        // A document is never published again once withdrawn: its first withdrawn revision is when.
        return jdbc.sql("""
                SELECT a.visibility AS agreement_visibility, d.visibility, d.withdrawal_reason,
                       (SELECT min(r.revised_at) FROM agreement_document_aud da JOIN audit_revision r ON r.id = da.rev
                         WHERE da.id = d.id AND da.visibility = 'WITHDRAWN') AS withdrawn_at
                  FROM agreement_document d JOIN agreement a ON a.id = d.agreement_id
                 WHERE d.id = :document AND d.agreement_id = :agreement""")
                .param("document", documentId)
                .param("agreement", agreementId)
                .query((rs, n) -> {
                    String agreement = rs.getString("agreement_visibility");
                    if (!audience.visibleValues().contains(agreement)) {
                        return Visibility.WITHDRAWN.name().equals(agreement)
                                ? RecordWithdrawnException.orNotFound(jdbc, "agreement", "id", agreementId, notFound)
                                : notFound;
                    }
                    return Visibility.WITHDRAWN.name().equals(rs.getString("visibility"))
                            ? new RecordWithdrawnException("document", Long.toString(documentId),
                                    Sql.instant(rs, "withdrawn_at"), rs.getString("withdrawal_reason"))
                            : notFound;
                })
                .optional().orElse(notFound);
    }

    /**
     * Bytes {@code from} (1-based) to {@code from + length - 1} of a document, or null if the
     * document is gone or no longer has this content (its checksum changed meanwhile).
     */
    public byte[] documentSlice(long documentId, String sha256, int from, int length) {
        return jdbc.sql("SELECT substring(content FROM :from FOR :length) FROM agreement_document"
                        + " WHERE id = :id AND sha256 = :sha")
                .param("from", from)
                .param("length", length)
                .param("id", documentId)
                .param("sha", sha256)
                .query(byte[].class)
                .optional()
                .orElse(null);
    }
}
