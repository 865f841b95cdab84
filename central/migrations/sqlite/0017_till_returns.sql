-- Every return (and exchange return) the tills sent, exactly once: return_id is the primary key, for ever, so a
-- resend finds the original row and gets back the result given the first time. original_sale_id is the sale
-- the return names (NULL: a return without a receipt); the earlier returns of a sale are found by it, so that no
-- line is returned beyond what was sold. It is not a foreign key: a return may carry its sale's receipt instead.
CREATE TABLE till_returns (
    return_id        TEXT PRIMARY KEY,
    terminal_id      TEXT NOT NULL REFERENCES terminals (terminal_id),
    store_id         TEXT NOT NULL,
    till_terminal    TEXT NOT NULL,
    sequence         INTEGER NOT NULL,
    original_sale_id TEXT,
    refund_to        TEXT NOT NULL,
    currency         TEXT NOT NULL,
    refund_minor     INTEGER NOT NULL CHECK (refund_minor >= 0),
    closed_at        TEXT NOT NULL,
    record           TEXT NOT NULL,
    record_hash      TEXT NOT NULL,
    result           TEXT NOT NULL,
    received_at      TEXT NOT NULL
);
CREATE INDEX till_returns_original ON till_returns (original_sale_id);
CREATE INDEX till_returns_store ON till_returns (store_id, closed_at);
