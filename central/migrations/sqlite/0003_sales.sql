-- Every sale the tills sent, exactly once: sale_id is the primary key, for ever (not a cache), so a resend
-- finds the original row and gets back the result that was given the first time.
CREATE TABLE sales (
    sale_id       TEXT PRIMARY KEY,
    terminal_id   TEXT NOT NULL REFERENCES terminals (terminal_id),
    store_id      TEXT NOT NULL,
    till_terminal TEXT NOT NULL,
    sequence      INTEGER NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('completed', 'voided')),
    currency      TEXT NOT NULL,
    total_minor   INTEGER NOT NULL,
    closed_at     TEXT NOT NULL,
    customer_id   TEXT REFERENCES customers (customer_id),
    record        TEXT NOT NULL,
    record_hash   TEXT NOT NULL,
    result        TEXT NOT NULL,
    received_at   TEXT NOT NULL
);
CREATE INDEX sales_customer ON sales (customer_id, closed_at);
CREATE INDEX sales_store ON sales (store_id, closed_at);
