-- A quarantined record that a manager sends again from the back office (the Sync page, issue 11): the quarantine
-- it ends is kept here as it was, with who sent it again and when, and only then leaves outbox_quarantine. The
-- record then waits again in its own place in the outbox order (the records behind it went on meanwhile, so it
-- holds none of them up). The central store knows a record by its UUID, so sending it again never counts it twice;
-- if the store refuses it again, that is a new outbox_quarantine row with the new reason.
CREATE TABLE outbox_released (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    outbox_id      INTEGER NOT NULL REFERENCES outbox (id),
    status         TEXT    NOT NULL,
    reason         TEXT    NOT NULL,
    quarantined_at TEXT    NOT NULL,
    released_at    TEXT    NOT NULL,
    released_by    TEXT    NOT NULL
);
CREATE INDEX outbox_released_record ON outbox_released (outbox_id);

CREATE TRIGGER outbox_released_no_update BEFORE UPDATE ON outbox_released
BEGIN
    SELECT RAISE(ABORT, 'outbox_released is append-only');
END;
CREATE TRIGGER outbox_released_no_delete BEFORE DELETE ON outbox_released
BEGIN
    SELECT RAISE(ABORT, 'outbox_released is append-only');
END;

-- A quarantine still never vanishes: it leaves only once its release above was written.
DROP TRIGGER outbox_quarantine_no_delete;
CREATE TRIGGER outbox_quarantine_only_released BEFORE DELETE ON outbox_quarantine
WHEN NOT EXISTS (SELECT 1 FROM outbox_released r WHERE r.outbox_id = OLD.outbox_id
                 AND r.quarantined_at = OLD.quarantined_at AND r.reason = OLD.reason)
BEGIN
    SELECT RAISE(ABORT, 'a quarantined record leaves quarantine only with its release');
END;
