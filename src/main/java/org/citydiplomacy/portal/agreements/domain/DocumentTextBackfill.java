package org.citydiplomacy.portal.agreements.domain;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the text of signed documents stored before the portal extracted it at upload (migration
 * V110 left them {@code extracted_text IS NULL}), once: after start-up, in the background so that the
 * portal is ready meanwhile, one document per short transaction. Several instances starting together
 * share the work: each takes a document no other holds ({@code FOR UPDATE SKIP LOCKED}), and a read
 * document is never read again. Its search text follows by the document's trigger (V110).
 */
@Component
class DocumentTextBackfill {

    private static final Logger log = LoggerFactory.getLogger(DocumentTextBackfill.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DocumentTextBackfill(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    @EventListener
    void startInBackground(ApplicationReadyEvent ready) {
        Thread worker = new Thread(this::readAllUnread, "document-text-backfill");
        worker.setDaemon(true);
        worker.start();
    }

    /** Reads every document not read yet; returns how many this instance read. */
    int readAllUnread() {
        int read = 0;
        try {
            while (readOneUnread()) {
                read++;
            }
            if (read > 0) {
                log.info("Read the text of {} signed documents stored before text extraction, for the search", read);
            }
        }
        catch (RuntimeException ex) {
            // The database away at start-up, say: the next start reads the rest.
            log.warn("Reading the text of older signed documents stopped after {}: {}", read, ex.toString());
        }
        return read;
    }

    private boolean readOneUnread() {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<Unread> unread = jdbc.sql("""
                    SELECT id, filename, content FROM agreement_document
                     WHERE extracted_text IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                    .query((rs, n) -> new Unread(rs.getLong("id"), rs.getString("filename"), rs.getBytes("content")))
                    .optional();
            unread.ifPresent(document -> jdbc.sql("UPDATE agreement_document SET extracted_text = :text WHERE id = :id")
                    .param("text", PdfText.of(document.content(), document.filename()))
                    .param("id", document.id())
                    .update());
            return unread.isPresent();
        }));
    }

    private record Unread(long id, String filename, byte[] content) {
    }
}
