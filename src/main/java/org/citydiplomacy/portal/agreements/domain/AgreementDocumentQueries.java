package org.citydiplomacy.portal.agreements.domain;

import java.util.Optional;

import org.citydiplomacy.portal.agreements.AgreementDocumentFile;
import org.citydiplomacy.portal.shared.Audience;
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
