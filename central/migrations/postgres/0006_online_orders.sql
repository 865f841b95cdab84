-- Online orders: lines bought online, paid online (prepaid) or at the store's till (in_store), shipped or
-- picked up at a store. A reserve-to-try order is picked up and paid in store for what the customer keeps.
-- States: placed -> ready_for_pickup -> picked_up (whole or partial), or cancelled; placed -> shipped (delivered
-- whole). Expired is not stored: an order ready past pickup_until is expired, which no clock job has to write;
-- an operator cancels it, which refunds a prepaid order.
CREATE TABLE online_orders (
    order_id       TEXT PRIMARY KEY,
    number         TEXT NOT NULL UNIQUE,
    customer_id    TEXT REFERENCES customers (customer_id),
    currency       TEXT NOT NULL,
    payment        TEXT NOT NULL CHECK (payment IN ('prepaid', 'in_store')),
    fulfilment     TEXT NOT NULL CHECK (fulfilment IN ('ship', 'pickup')),
    store_id       TEXT,
    reserve_to_try BOOLEAN NOT NULL DEFAULT FALSE,
    state          TEXT NOT NULL
                   CHECK (state IN ('placed', 'ready_for_pickup', 'picked_up', 'shipped', 'cancelled')),
    placed_at      TIMESTAMPTZ NOT NULL,
    ready_at       TIMESTAMPTZ,
    pickup_until   TIMESTAMPTZ,
    CHECK ((fulfilment = 'pickup') = (store_id IS NOT NULL)),
    CHECK (NOT reserve_to_try OR (fulfilment = 'pickup' AND payment = 'in_store')),
    CHECK (state <> 'ready_for_pickup' OR pickup_until IS NOT NULL)
);
CREATE INDEX online_orders_ready ON online_orders (store_id, state);
CREATE INDEX online_orders_customer ON online_orders (customer_id);

-- delivered_quantity is what reached the customer (picked up, or shipped); returned_quantity what came
-- back through any store. The CHECKs are the cross-store rule: nothing is returned that was not delivered,
-- whichever tills return at once (each return raises returned_quantity under the row's lock).
CREATE TABLE online_order_lines (
    order_id           TEXT NOT NULL REFERENCES online_orders (order_id),
    line_no            INTEGER NOT NULL CHECK (line_no > 0),
    sku                TEXT NOT NULL,
    gtin               TEXT NOT NULL DEFAULT '',
    name               TEXT NOT NULL,
    quantity           INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor   BIGINT NOT NULL CHECK (unit_price_minor >= 0),
    delivered_quantity INTEGER NOT NULL DEFAULT 0 CHECK (delivered_quantity BETWEEN 0 AND quantity),
    returned_quantity  INTEGER NOT NULL DEFAULT 0 CHECK (returned_quantity BETWEEN 0 AND delivered_quantity),
    PRIMARY KEY (order_id, line_no)
);

-- A pickup at a till. pickup_id is the till's request UUID (a resend answers the stored result); an order
-- is picked up once: what was not taken goes back to stock.
CREATE TABLE order_pickups (
    pickup_id   UUID PRIMARY KEY,
    order_id    TEXT NOT NULL UNIQUE REFERENCES online_orders (order_id),
    terminal_id TEXT NOT NULL REFERENCES terminals (terminal_id),
    store_id    TEXT NOT NULL,
    sale_id     UUID,
    request     TEXT NOT NULL,
    result      TEXT NOT NULL,
    at          TIMESTAMPTZ NOT NULL
);

-- A return at any store's till, idempotent by the till's return UUID.
CREATE TABLE order_returns (
    return_id   UUID PRIMARY KEY,
    order_id    TEXT NOT NULL REFERENCES online_orders (order_id),
    terminal_id TEXT NOT NULL REFERENCES terminals (terminal_id),
    store_id    TEXT NOT NULL,
    request     TEXT NOT NULL,
    result      TEXT NOT NULL,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX order_returns_order ON order_returns (order_id);

CREATE TABLE order_return_lines (
    return_id UUID NOT NULL REFERENCES order_returns (return_id),
    order_id  TEXT NOT NULL,
    line_no   INTEGER NOT NULL,
    quantity  INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (return_id, line_no),
    FOREIGN KEY (order_id, line_no) REFERENCES online_order_lines (order_id, line_no)
);

-- Money that goes back: for a return, for what a prepaid pickup left behind, or for a cancelled prepaid order.
-- To the original online payment or as store credit. source_id is the return, pickup or order it is for.
CREATE TABLE order_refunds (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id     TEXT NOT NULL REFERENCES online_orders (order_id),
    reason       TEXT NOT NULL CHECK (reason IN ('return', 'not_picked_up', 'cancelled')),
    source_id    TEXT NOT NULL,
    method       TEXT NOT NULL CHECK (method IN ('original_payment', 'store_credit')),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    currency     TEXT NOT NULL,
    at           TIMESTAMPTZ NOT NULL,
    UNIQUE (source_id, reason)
);
CREATE INDEX order_refunds_order ON order_refunds (order_id);
