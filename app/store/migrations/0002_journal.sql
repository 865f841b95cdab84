-- Completed sales: append-only and hash-chained. sequence is the gapless per-terminal receipt number.
CREATE TABLE journal (
    sequence      INTEGER PRIMARY KEY,
    terminal_id   TEXT    NOT NULL,
    sale_id       TEXT    NOT NULL UNIQUE,
    completed_at  TEXT    NOT NULL,
    total_minor   INTEGER NOT NULL,
    currency      TEXT    NOT NULL,
    record        TEXT    NOT NULL,
    previous_hash TEXT    NOT NULL,
    hash          TEXT    NOT NULL
);
CREATE INDEX journal_completed_at ON journal (completed_at);

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;

-- Records waiting for the central store, written in the same transaction as the journal record.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id   TEXT    NOT NULL UNIQUE,
    kind        TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT
);

-- The sale in progress, one row per event, so a crash restores it to the line.
CREATE TABLE open_sale_events (
    sale_id  TEXT    NOT NULL,
    position INTEGER NOT NULL,
    event    TEXT    NOT NULL,
    PRIMARY KEY (sale_id, position)
);
