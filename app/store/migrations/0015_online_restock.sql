-- Units back on this store's shelf from an online order returned here: one row per returned line, written when
-- the central store has recorded the return (return_id is its idempotency key there), so a unit is counted
-- back in stock once. Stock at a till is otherwise not kept; this is the store's record of what came in.
CREATE TABLE restocks (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    source    TEXT    NOT NULL CHECK (source IN ('online_return')),
    reference TEXT    NOT NULL,
    order_no  TEXT    NOT NULL,
    line_no   INTEGER NOT NULL,
    sku       TEXT    NOT NULL,
    quantity  INTEGER NOT NULL CHECK (quantity > 0),
    at        TEXT    NOT NULL,
    UNIQUE (reference, line_no)
);
CREATE INDEX restocks_sku ON restocks (sku);
