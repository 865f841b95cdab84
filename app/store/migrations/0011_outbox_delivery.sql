-- What the central store made of each outbox record, appended once and never changed; the outbox row stays as
-- it was written. A record waits while it has neither an outbox_sent nor an outbox_quarantine row, so "sent"
-- and "quarantined" are facts with a time, not flags that could be flipped back by mistake.

-- Taken by the central store (accepted, or a resend of one it had): result is its answer, as JSON.
CREATE TABLE outbox_sent (
    outbox_id INTEGER PRIMARY KEY REFERENCES outbox (id),
    sent_at   TEXT    NOT NULL,
    result    TEXT    NOT NULL
);

-- Refused by the central store (rejected: it cannot take the record; conflict: another record has its id), with
-- the reason it gave, for the manager. The records behind a quarantined one are sent as if it were not there.
CREATE TABLE outbox_quarantine (
    outbox_id      INTEGER PRIMARY KEY REFERENCES outbox (id),
    status         TEXT    NOT NULL CHECK (status IN ('rejected', 'conflict')),
    reason         TEXT    NOT NULL,
    quarantined_at TEXT    NOT NULL
);

CREATE TRIGGER outbox_sent_no_update BEFORE UPDATE ON outbox_sent
BEGIN
    SELECT RAISE(ABORT, 'outbox_sent is append-only');
END;
CREATE TRIGGER outbox_sent_no_delete BEFORE DELETE ON outbox_sent
BEGIN
    SELECT RAISE(ABORT, 'outbox_sent is append-only');
END;
CREATE TRIGGER outbox_quarantine_no_update BEFORE UPDATE ON outbox_quarantine
BEGIN
    SELECT RAISE(ABORT, 'outbox_quarantine is append-only');
END;
CREATE TRIGGER outbox_quarantine_no_delete BEFORE DELETE ON outbox_quarantine
BEGIN
    SELECT RAISE(ABORT, 'outbox_quarantine is append-only');
END;
