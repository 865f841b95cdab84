-- An order may be handed over in parts: the customer takes some lines now and the rest, still ready, on a
-- later visit, so an order has one pickup per visit (order_id no longer unique). delivered_quantity grows with
-- each; the order is picked_up once a pickup closes it (everything taken, or the rest sent back to stock).
-- SQLite cannot drop a UNIQUE constraint in place: the table is rebuilt.
CREATE TABLE order_pickups_new (
    pickup_id   TEXT PRIMARY KEY,
    order_id    TEXT NOT NULL REFERENCES online_orders (order_id),
    terminal_id TEXT NOT NULL REFERENCES terminals (terminal_id),
    store_id    TEXT NOT NULL,
    sale_id     TEXT,
    request     TEXT NOT NULL,
    result      TEXT NOT NULL,
    at          TEXT NOT NULL
);
INSERT INTO order_pickups_new (pickup_id, order_id, terminal_id, store_id, sale_id, request, result, at)
    SELECT pickup_id, order_id, terminal_id, store_id, sale_id, request, result, at FROM order_pickups;
DROP TABLE order_pickups;
ALTER TABLE order_pickups_new RENAME TO order_pickups;
CREATE INDEX order_pickups_order ON order_pickups (order_id);
