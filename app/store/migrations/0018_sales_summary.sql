-- The sums the manager's dashboard reads, kept beside the journal per quarter hour so that a day, a week or a
-- month is added up from a few thousand rows instead of re-reading every record's JSON. A quarter hour in UTC
-- because every time zone's offset is a whole number of quarter hours (Nepal +5:45, Chatham +12:45): a local
-- hour or day is always a sum of whole slots. Filled by a trigger on the journal, like journal_index, so no way
-- of writing a record can forget them; derived data that the journal's hash chain already covers.
--
-- slot: the quarter hour's start, UTC, 'YYYY-MM-DDTHH:MM' (sorts and compares as text).
CREATE TABLE summary_records (
    slot        TEXT    NOT NULL,
    kind        TEXT    NOT NULL, -- sale, voided, return (as journal_index)
    staff       TEXT    NOT NULL, -- '' when the record names nobody
    records     INTEGER NOT NULL,
    total_minor INTEGER NOT NULL, -- a return's total is negative: what went back
    PRIMARY KEY (slot, kind, staff)
) WITHOUT ROWID;

-- What completed sales were paid with (cash net of the change given) and what returns refunded, by method.
CREATE TABLE summary_tenders (
    slot         TEXT    NOT NULL,
    kind         TEXT    NOT NULL, -- sale: taken; return: refunded
    method       TEXT    NOT NULL,
    uses         INTEGER NOT NULL,
    amount_minor INTEGER NOT NULL,
    PRIMARY KEY (slot, kind, method)
) WITHOUT ROWID;

-- Completed sales' lines by item: quantity in thousandths (a kilogram is 1000) and what was paid for them.
CREATE TABLE summary_items (
    slot         TEXT    NOT NULL,
    sku          TEXT    NOT NULL,
    quantity     INTEGER NOT NULL,
    amount_minor INTEGER NOT NULL,
    PRIMARY KEY (slot, sku)
) WITHOUT ROWID;

-- Coupons redeemed in completed sales and what they saved.
CREATE TABLE summary_coupons (
    slot         TEXT    NOT NULL,
    code         TEXT    NOT NULL,
    uses         INTEGER NOT NULL,
    saving_minor INTEGER NOT NULL,
    PRIMARY KEY (slot, code)
) WITHOUT ROWID;

-- The view the trigger and the backfill read: each journal record with its slot, kind and staff.
CREATE VIEW summary_source AS
SELECT journal.sequence, journal.record, journal.total_minor,
       substr(journal.completed_at, 1, 14)
           || printf('%02d', (CAST(substr(journal.completed_at, 15, 2) AS INTEGER) / 15) * 15) AS slot,
       CASE WHEN json_extract(journal.record, '$.kind') IS NOT NULL THEN json_extract(journal.record, '$.kind')
            WHEN json_extract(journal.record, '$.status') = 'voided' THEN 'voided'
            ELSE 'sale' END AS kind,
       coalesce(json_extract(journal.record, '$.staff'), '') AS staff
FROM journal;

CREATE TRIGGER summary_on_insert AFTER INSERT ON journal
BEGIN
    INSERT INTO summary_records (slot, kind, staff, records, total_minor)
    SELECT slot, kind, staff, 1, total_minor FROM summary_source WHERE sequence = NEW.sequence
    ON CONFLICT (slot, kind, staff) DO UPDATE SET records = records + 1,
                                                 total_minor = total_minor + excluded.total_minor;

    INSERT INTO summary_tenders (slot, kind, method, uses, amount_minor)
    SELECT source.slot, source.kind, json_extract(tender.value, '$.method'), 1, json_extract(tender.value, '$.amount')
    FROM summary_source AS source, json_each(source.record, '$.tenders') AS tender
    WHERE source.sequence = NEW.sequence AND source.kind = 'sale'
    ON CONFLICT (slot, kind, method) DO UPDATE SET uses = uses + 1,
                                                  amount_minor = amount_minor + excluded.amount_minor;
    INSERT INTO summary_tenders (slot, kind, method, uses, amount_minor)
    SELECT slot, kind, 'cash', 0, -json_extract(record, '$.change') FROM summary_source
    WHERE sequence = NEW.sequence AND kind = 'sale' AND coalesce(json_extract(record, '$.change'), 0) != 0
    ON CONFLICT (slot, kind, method) DO UPDATE SET amount_minor = amount_minor + excluded.amount_minor;
    INSERT INTO summary_tenders (slot, kind, method, uses, amount_minor)
    SELECT source.slot, source.kind, json_extract(refund.value, '$.method'), 1, json_extract(refund.value, '$.amount')
    FROM summary_source AS source, json_each(source.record, '$.refunds') AS refund
    WHERE source.sequence = NEW.sequence AND source.kind = 'return'
    ON CONFLICT (slot, kind, method) DO UPDATE SET uses = uses + 1,
                                                  amount_minor = amount_minor + excluded.amount_minor;

    INSERT INTO summary_items (slot, sku, quantity, amount_minor)
    SELECT source.slot, json_extract(line.value, '$.product.sku'), json_extract(line.value, '$.quantity'),
           json_extract(line.value, '$.paid')
    FROM summary_source AS source, json_each(source.record, '$.lines') AS line
    WHERE source.sequence = NEW.sequence AND source.kind = 'sale'
      AND json_extract(line.value, '$.product.sku') IS NOT NULL
    ON CONFLICT (slot, sku) DO UPDATE SET quantity = quantity + excluded.quantity,
                                         amount_minor = amount_minor + excluded.amount_minor;

    INSERT INTO summary_coupons (slot, code, uses, saving_minor)
    SELECT source.slot, json_extract(coupon.value, '$.code'), 1, json_extract(coupon.value, '$.saving')
    FROM summary_source AS source, json_each(source.record, '$.coupons') AS coupon
    WHERE source.sequence = NEW.sequence AND source.kind = 'sale'
    ON CONFLICT (slot, code) DO UPDATE SET uses = uses + 1, saving_minor = saving_minor + excluded.saving_minor;
END;

-- The records already written. "WHERE true" keeps SQLite from reading ON CONFLICT as part of the join.
INSERT INTO summary_records (slot, kind, staff, records, total_minor)
SELECT slot, kind, staff, count(*), sum(total_minor) FROM summary_source WHERE true GROUP BY slot, kind, staff;
INSERT INTO summary_tenders (slot, kind, method, uses, amount_minor)
SELECT slot, kind, method, sum(uses), sum(amount) FROM (
    SELECT source.slot, source.kind, json_extract(tender.value, '$.method') AS method, 1 AS uses,
           json_extract(tender.value, '$.amount') AS amount
    FROM summary_source AS source, json_each(source.record, '$.tenders') AS tender WHERE source.kind = 'sale'
    UNION ALL
    SELECT slot, kind, 'cash', 0, -json_extract(record, '$.change') FROM summary_source
    WHERE kind = 'sale' AND coalesce(json_extract(record, '$.change'), 0) != 0
    UNION ALL
    SELECT source.slot, source.kind, json_extract(refund.value, '$.method'), 1, json_extract(refund.value, '$.amount')
    FROM summary_source AS source, json_each(source.record, '$.refunds') AS refund WHERE source.kind = 'return')
WHERE true GROUP BY slot, kind, method;
INSERT INTO summary_items (slot, sku, quantity, amount_minor)
SELECT source.slot, json_extract(line.value, '$.product.sku'), sum(json_extract(line.value, '$.quantity')),
       sum(json_extract(line.value, '$.paid'))
FROM summary_source AS source, json_each(source.record, '$.lines') AS line
WHERE source.kind = 'sale' AND json_extract(line.value, '$.product.sku') IS NOT NULL
GROUP BY 1, 2;
INSERT INTO summary_coupons (slot, code, uses, saving_minor)
SELECT source.slot, json_extract(coupon.value, '$.code'), count(*), sum(json_extract(coupon.value, '$.saving'))
FROM summary_source AS source, json_each(source.record, '$.coupons') AS coupon
WHERE source.kind = 'sale'
GROUP BY 1, 2;

-- Online orders handed over at this store (click & collect, reserve-to-try), whether the central store heard at
-- once or from the outbox later: the dashboard's "pickups handled here". One row per pickup id, so an answer
-- received twice counts once.
CREATE TABLE handovers (
    pickup_id TEXT    NOT NULL PRIMARY KEY,
    order_no  TEXT    NOT NULL,
    units     INTEGER NOT NULL CHECK (units > 0),
    offline   INTEGER NOT NULL CHECK (offline IN (0, 1)),
    at        TEXT    NOT NULL -- UTC, ISO 8601 with milliseconds
) WITHOUT ROWID;
CREATE INDEX handovers_at ON handovers (at);
CREATE INDEX restocks_at ON restocks (at);
