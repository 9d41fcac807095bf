-- Failed sign-ins per account name and per client address, shared by every instance of the portal.
-- The subject is a SHA-256 (hex) of the name or address: what people mistype into the username
-- field (often a password) is never stored.
CREATE TABLE sign_in_throttle (
    scope             varchar(10)  NOT NULL,
    subject           char(64)     NOT NULL,
    failures          integer      NOT NULL,
    window_started_at timestamptz  NOT NULL,
    locked_until      timestamptz,
    PRIMARY KEY (scope, subject),
    CONSTRAINT sign_in_throttle_scope_chk CHECK (scope IN ('ACCOUNT', 'ADDRESS'))
);
CREATE INDEX sign_in_throttle_window_idx ON sign_in_throttle (window_started_at);
