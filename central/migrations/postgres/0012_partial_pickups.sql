-- An order may be handed over in parts: the customer takes some lines now and the rest, still ready, on a
-- later visit, so an order has one pickup per visit (order_id no longer unique). delivered_quantity grows with
-- each; the order is picked_up once a pickup closes it (everything taken, or the rest sent back to stock).
ALTER TABLE order_pickups DROP CONSTRAINT order_pickups_order_id_key;
CREATE INDEX order_pickups_order ON order_pickups (order_id);
