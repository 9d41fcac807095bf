-- Idempotency-Key (IETF httpapi draft): the first answer to a create, kept per user for 24 hours, so
-- that a client that timed out and retries with the same key gets that answer again instead of
-- making a second record. In PostgreSQL rather than in memory, so that a retry reaching another
-- instance finds it too. A row is written in the same transaction as the record it answers for:
-- either both are saved or neither, and a second request with the same key waits on the primary
-- key until the first one's transaction ends.
CREATE TABLE idempotency_key (
    owner           varchar(100) NOT NULL,
    idempotency_key varchar(255) NOT NULL,
    -- SHA-256 of the method, the path and the body: the same key with another request is refused.
    fingerprint     bytea        NOT NULL,
    status          integer      NOT NULL,
    location        text,
    etag            text,
    content_type    text,
    body            bytea        NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    expires_at      timestamptz  NOT NULL,
    PRIMARY KEY (owner, idempotency_key)
);

CREATE INDEX idempotency_key_expires_at_idx ON idempotency_key (expires_at);
