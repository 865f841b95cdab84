-- Customers, their points ledger (the balance is the sum of the rows) and their store visits.
-- phone holds digits only, so that "010-1234-5678" and "01012345678" are one customer.
CREATE TABLE customers (
    customer_id    TEXT PRIMARY KEY,
    loyalty_number TEXT NOT NULL UNIQUE,
    phone          TEXT UNIQUE,
    name           TEXT NOT NULL,
    tier           TEXT NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL
);

-- (sale_id, kind) is unique: a sale earns points once and redeems points once, however often it is sent.
CREATE TABLE points_ledger (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (customer_id),
    kind        TEXT NOT NULL CHECK (kind IN ('earn', 'redeem', 'adjust')),
    points      BIGINT NOT NULL,
    sale_id     UUID,
    reason      TEXT NOT NULL DEFAULT '',
    at          TIMESTAMPTZ NOT NULL,
    UNIQUE (sale_id, kind),
    CHECK ((kind = 'earn' AND points >= 0) OR (kind = 'redeem' AND points <= 0) OR kind = 'adjust')
);
CREATE INDEX points_ledger_customer ON points_ledger (customer_id);

-- A customer identified at a till: with a sale (sale_id, at most one visit per sale) or without.
CREATE TABLE visits (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (customer_id),
    store_id    TEXT NOT NULL,
    terminal_id TEXT NOT NULL,
    sale_id     UUID UNIQUE,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX visits_customer ON visits (customer_id, at);
