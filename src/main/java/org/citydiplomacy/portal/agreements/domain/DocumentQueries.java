package org.citydiplomacy.portal.agreements.domain;

import java.util.Optional;

import org.citydiplomacy.portal.agreements.DocumentFile;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads one signed document's bytes, in one statement, only if its agreement is visible to the reader. */
@Repository
public class DocumentQueries {

    private final JdbcClient jdbc;

    DocumentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DocumentFile> file(long agreementId, long documentId, Audience audience) {
        return jdbc.sql("""
                SELECT d.id, d.filename, d.content_type, d.sha256, d.content
                  FROM agreement_document d JOIN agreement a ON a.id = d.agreement_id
                 WHERE d.id = :document AND d.agreement_id = :agreement
                   AND a.visibility IN (:visible) AND d.visibility IN (:visible)""")
                .param("document", documentId)
                .param("agreement", agreementId)
                .param("visible", audience.visibleValues())
                .query((rs, n) -> new DocumentFile(rs.getLong("id"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getString("sha256"), rs.getBytes("content")))
                .optional();
    }
}
