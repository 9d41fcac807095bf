package org.citydiplomacy.portal.imports.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.citydiplomacy.portal.imports.ImportJob;
import org.citydiplomacy.portal.imports.ImportReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The import jobs in the database (V141). Each write is one statement, committed at once, except
 * {@link #finish} of a saving import, which commits with the import's transaction (or not at all). Leases are compared with clock_timestamp(), the time now, not
 * the start of the transaction.
 */
@Component
class ImportJobStore {

    /** A job read back, with who started it and the language its messages are in. */
    record Stored(ImportJob job, String owner, String language, String encoding) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate ownTransaction;

    ImportJobStore(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void insert(UUID id, String owner, String fileName, String encoding, boolean dryRun, String language,
            byte[] content, int rows, Duration lease) {
        jdbc.sql("""
                INSERT INTO import_job (id, owner, file_name, encoding, dry_run, language, content, rows_total, lease_until)
                VALUES (:id, :owner, :file, :encoding, :dryRun, :language, :content, :rows,
                        clock_timestamp() + CAST(:lease AS interval))""")
                .param("id", id).param("owner", owner).param("file", fileName).param("encoding", encoding)
                .param("dryRun", dryRun).param("language", language).param("content", content).param("rows", rows)
                .param("lease", lease.toSeconds() + " seconds").update();
    }

    /**
     * The job is running and has done so many rows: its lease is renewed. Committed at once, in a
     * transaction of its own beside the import's (which commits at the end, or never).
     */
    void progress(UUID id, int rowsDone, Duration lease) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                UPDATE import_job SET state = 'RUNNING', rows_done = :rows, lease_until = clock_timestamp() + CAST(:lease AS interval)
                 WHERE id = :id AND state IN ('QUEUED', 'RUNNING')""")
                .param("id", id).param("rows", rowsDone).param("lease", lease.toSeconds() + " seconds").update());
    }

    /**
     * The report, the file let go. Refused (false) once the lease has passed: the page may already
     * have said that nothing was saved, so a saving import must then roll back.
     */
    boolean finish(UUID id, ImportReport report) {
        return jdbc.sql("""
                UPDATE import_job SET state = 'DONE', report = CAST(:report AS jsonb), rows_done = :rows, content = NULL,
                       finished_at = clock_timestamp()
                 WHERE id = :id AND state IN ('QUEUED', 'RUNNING') AND lease_until > clock_timestamp()""")
                .param("id", id).param("report", json.writeValueAsString(report)).param("rows", report.rows().size())
                .update() == 1;
    }

    void fail(UUID id, String problem) {
        jdbc.sql("""
                UPDATE import_job SET state = 'FAILED', problem = :problem, content = NULL, finished_at = clock_timestamp()
                 WHERE id = :id AND state IN ('QUEUED', 'RUNNING')""")
                .param("id", id).param("problem", problem).update();
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("""
                SELECT id, owner, file_name, encoding, dry_run, language, rows_total, rows_done, report::text AS report,
                       problem, CASE WHEN state IN ('QUEUED', 'RUNNING') AND lease_until <= clock_timestamp()
                                     THEN 'STOPPED' ELSE state END AS state
                  FROM import_job WHERE id = :id""")
                .param("id", id).query(this::stored).optional();
    }

    private Stored stored(ResultSet rs, int n) throws SQLException {
        String report = rs.getString("report");
        ImportJob job = new ImportJob(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getBoolean("dry_run"),
                ImportJob.State.valueOf(rs.getString("state")), rs.getInt("rows_done"), rs.getInt("rows_total"),
                report == null ? null : json.readValue(report, ImportReport.class), rs.getString("problem"));
        return new Stored(job, rs.getString("owner"), rs.getString("language"), rs.getString("encoding"));
    }

    /** The uploaded file, while the job has not ended. */
    byte[] content(UUID id) {
        return jdbc.sql("SELECT content FROM import_job WHERE id = :id").param("id", id).query(byte[].class).single();
    }
}
