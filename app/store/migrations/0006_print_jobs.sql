-- The durable print queue: one row per printed document (a sale's receipt, a reprint marked COPY, a gift
-- receipt). The encoded ESC/POS bytes are kept, so a job prints exactly what was queued even after a
-- restart. A job is queued, then printing while its bytes go to the printer, then printed; a job that can
-- never print (no such receipt, the layout failed) is failed with its reason and stays listed. Nothing is
-- deleted: the table is the record of what was printed and when.
--
-- A job found "printing" at start-up was cut off by a crash or power loss while its bytes were on the
-- way; it is queued again and may therefore print twice. A receipt printed twice is the safe side: one
-- never printed is what a customer complains about.
CREATE TABLE print_jobs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    sale_id     TEXT    NOT NULL,
    sequence    INTEGER NOT NULL REFERENCES journal (sequence),
    kind        TEXT    NOT NULL CHECK (kind IN ('receipt', 'copy', 'gift')),
    printer     TEXT    NOT NULL, -- the printer profile the payload was encoded for
    payload     BLOB    NOT NULL,
    state       TEXT    NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'printing', 'printed', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0, -- how many times the bytes were sent
    last_error  TEXT,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    printed_at  TEXT
);
CREATE INDEX print_jobs_state ON print_jobs (state, id);
-- A sale's own receipt is queued once, however often the completion is reported (reprints are copies).
CREATE UNIQUE INDEX print_jobs_one_receipt_per_sale ON print_jobs (sequence) WHERE kind = 'receipt';
