-- What the back office searches the journal by, kept beside it so a search over a million records reads an
-- index instead of parsing each record's JSON. Filled by triggers on the journal itself, so no way of writing
-- a record (sale, void, return, exchange) can forget it, and filled here for the records already written.
-- Both tables are derived data: they hold nothing the journal's hash chain does not already cover.
CREATE TABLE journal_index (
    sequence     INTEGER PRIMARY KEY, -- the journal's; no foreign key, the hash chain is what guards the journal
    kind         TEXT    NOT NULL, -- sale, voided, return
    completed_at TEXT    NOT NULL, -- UTC, ISO 8601 with milliseconds, as in the journal
    total_minor  INTEGER NOT NULL,
    customer_id  TEXT,
    staff        TEXT
);
CREATE INDEX journal_index_customer ON journal_index (customer_id, sequence) WHERE customer_id IS NOT NULL;
CREATE INDEX journal_index_staff ON journal_index (staff, sequence) WHERE staff IS NOT NULL;
-- A cashier's day: the day's few hundred records, sorted, instead of walking back through all of theirs.
CREATE INDEX journal_index_staff_day ON journal_index (staff, completed_at) WHERE staff IS NOT NULL;
CREATE INDEX journal_index_total ON journal_index (total_minor, sequence);
CREATE INDEX journal_index_completed_at ON journal_index (completed_at, sequence);

-- One row per SKU per record (a SKU sold on two lines is one row): sale lines carry it under product.sku,
-- return lines under sku.
CREATE TABLE journal_items (
    sku      TEXT    NOT NULL,
    sequence INTEGER NOT NULL,
    PRIMARY KEY (sku, sequence)
) WITHOUT ROWID;

CREATE TRIGGER journal_index_on_insert AFTER INSERT ON journal
BEGIN
    INSERT INTO journal_index (sequence, kind, completed_at, total_minor, customer_id, staff)
    VALUES (NEW.sequence,
            CASE WHEN json_extract(NEW.record, '$.kind') IS NOT NULL THEN json_extract(NEW.record, '$.kind')
                 WHEN json_extract(NEW.record, '$.status') = 'voided' THEN 'voided'
                 ELSE 'sale' END,
            NEW.completed_at, NEW.total_minor,
            json_extract(NEW.record, '$.customer'), json_extract(NEW.record, '$.staff'));
    INSERT OR IGNORE INTO journal_items (sku, sequence)
    SELECT coalesce(json_extract(line.value, '$.product.sku'), json_extract(line.value, '$.sku')), NEW.sequence
    FROM json_each(NEW.record, '$.lines') AS line
    WHERE coalesce(json_extract(line.value, '$.product.sku'), json_extract(line.value, '$.sku')) IS NOT NULL;
END;

INSERT INTO journal_index (sequence, kind, completed_at, total_minor, customer_id, staff)
SELECT sequence,
       CASE WHEN json_extract(record, '$.kind') IS NOT NULL THEN json_extract(record, '$.kind')
            WHEN json_extract(record, '$.status') = 'voided' THEN 'voided'
            ELSE 'sale' END,
       completed_at, total_minor, json_extract(record, '$.customer'), json_extract(record, '$.staff')
FROM journal;
INSERT OR IGNORE INTO journal_items (sku, sequence)
SELECT coalesce(json_extract(line.value, '$.product.sku'), json_extract(line.value, '$.sku')), journal.sequence
FROM journal, json_each(journal.record, '$.lines') AS line
WHERE coalesce(json_extract(line.value, '$.product.sku'), json_extract(line.value, '$.sku')) IS NOT NULL;
