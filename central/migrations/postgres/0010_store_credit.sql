-- A customer's store credit, per currency: a refund of an online order return as store credit adds to it, a
-- till's redemption takes from it. The balance is a row of its own so that the database holds the rule: its
-- CHECK keeps it at zero or above however many tills redeem at once (each change is an UPDATE under the row's
-- lock; SQLite's write lock), and the ledger says where every change came from. A source (a return, a sale)
-- changes a balance once: UNIQUE (source_id, kind).
CREATE TABLE store_credit_balances (
    customer_id   TEXT NOT NULL REFERENCES customers (customer_id),
    currency      TEXT NOT NULL CHECK (length(currency) = 3),
    balance_minor BIGINT NOT NULL CHECK (balance_minor >= 0),
    PRIMARY KEY (customer_id, currency)
);

CREATE TABLE store_credit_ledger (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  TEXT NOT NULL,
    currency     TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('refund', 'redeem')),
    amount_minor BIGINT NOT NULL CHECK ((kind = 'refund' AND amount_minor > 0) OR (kind = 'redeem' AND amount_minor < 0)),
    source_id    TEXT NOT NULL,
    terminal_id  TEXT NOT NULL DEFAULT '',
    at           TIMESTAMPTZ NOT NULL,
    UNIQUE (source_id, kind),
    FOREIGN KEY (customer_id, currency) REFERENCES store_credit_balances (customer_id, currency)
);
CREATE INDEX store_credit_ledger_customer ON store_credit_ledger (customer_id);
