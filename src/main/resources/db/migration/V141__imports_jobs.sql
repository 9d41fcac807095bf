-- Issue 14: an import started on the page runs in the background, and the page shows how far it is
-- until the report is there. Several instances share only this database, and the page may be
-- answered by another instance than the one running the import: so the job lives here. The file is
-- kept until the job ends; the report (ImportReport as JSON) replaces it.
--
-- A job is QUEUED, then RUNNING, then DONE (with its report) or FAILED (problem: why, in the words of
-- the language it was started in). The running instance renews lease_until as the rows go by; an
-- instance that stops leaves its job QUEUED or RUNNING with a lease nobody renews, and once the lease
-- has passed the page shows the job as stopped: its transaction ended with the instance's connection,
-- so nothing was saved (and an import that finds its lease passed before committing rolls back).
CREATE TABLE import_job (
    id          uuid         PRIMARY KEY,
    owner       varchar(100) NOT NULL,
    file_name   varchar(255) NOT NULL,
    encoding    varchar(10)  NOT NULL,
    dry_run     boolean      NOT NULL,
    language    varchar(35)  NOT NULL,
    content     bytea,
    state       varchar(10)  NOT NULL DEFAULT 'QUEUED',
    rows_total  integer      NOT NULL,
    rows_done   integer      NOT NULL DEFAULT 0,
    report      jsonb,
    problem     text,
    lease_until timestamptz  NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    finished_at timestamptz,
    CONSTRAINT import_job_state_chk CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
);
CREATE INDEX import_job_owner_idx ON import_job (owner, created_at DESC);
