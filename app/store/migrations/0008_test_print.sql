-- A test page: the device page prints a short page to check the receipt printer. It goes through the
-- print queue like a receipt (it waits for paper, and is retried), but belongs to no sale, so its
-- sale_id and sequence are empty; every other kind keeps its sale.
-- SQLite cannot change a CHECK constraint or a NOT NULL in place: the table is rebuilt with its indexes.
CREATE TABLE print_jobs_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    sale_id     TEXT,
    sequence    INTEGER REFERENCES journal (sequence),
    kind        TEXT    NOT NULL CHECK (kind IN ('receipt', 'copy', 'gift', 'test')),
    printer     TEXT    NOT NULL, -- the printer profile the payload was encoded for
    payload     BLOB    NOT NULL,
    state       TEXT    NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'printing', 'printed', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0, -- how many times the bytes were sent
    last_error  TEXT,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    printed_at  TEXT,
    CHECK ((kind = 'test') = (sequence IS NULL AND sale_id IS NULL))
);
INSERT INTO print_jobs_new (id, sale_id, sequence, kind, printer, payload, state, attempts, last_error, created_at,
                            updated_at, printed_at)
    SELECT id, sale_id, sequence, kind, printer, payload, state, attempts, last_error, created_at, updated_at,
           printed_at FROM print_jobs;
DROP TABLE print_jobs;
ALTER TABLE print_jobs_new RENAME TO print_jobs;
CREATE INDEX print_jobs_state ON print_jobs (state, id);
CREATE UNIQUE INDEX print_jobs_one_receipt_per_sale ON print_jobs (sequence) WHERE kind = 'receipt';
