-- Receipts a till sent to the customer's app (the shopper chose "Send to my app"): the receipt as the till's
-- printer renders it, a PNG kept base64, shown on the customer app page. One per sale: sale_id is the sale's
-- UUID, so a till sending the same receipt again stores nothing twice.
CREATE TABLE app_receipts (
    sale_id        TEXT PRIMARY KEY,
    customer_id    TEXT NOT NULL REFERENCES customers (customer_id),
    terminal_id    TEXT NOT NULL,
    store_id       TEXT NOT NULL,
    receipt_number BIGINT NOT NULL CHECK (receipt_number > 0),
    total_minor    BIGINT NOT NULL,
    currency       TEXT NOT NULL,
    png            TEXT NOT NULL,
    sold_at        TIMESTAMPTZ NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX app_receipts_customer ON app_receipts (customer_id, sold_at);
