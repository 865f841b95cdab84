-- Terminals and how they are enrolled. Secrets and codes are stored as SHA-256 hashes only.
CREATE TABLE enrollment_codes (
    code_hash   TEXT PRIMARY KEY,
    store_id    TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    terminal_id TEXT UNIQUE,
    CHECK ((used_at IS NULL) = (terminal_id IS NULL))
);

CREATE TABLE terminals (
    terminal_id TEXT PRIMARY KEY,
    store_id    TEXT NOT NULL,
    name        TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    enrolled_at TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ
);

-- Who did what: an operator ("admin") or a terminal ("terminal:<id>"). Append-only.
CREATE TABLE audit_log (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      TIMESTAMPTZ NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_subject ON audit_log (subject);
