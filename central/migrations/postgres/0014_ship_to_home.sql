-- Ship to home (endless aisle): an online order a till creates for a line of its sale that the store cannot
-- hand over, delivered to the customer's address and paid in that sale. sale_id and sale_line name the line it
-- came from: the UNIQUE index makes the creation idempotent however often the till sends it (its number is
-- derived from the same two, so the till prints it before the order exists). Orders from elsewhere leave them
-- NULL, which the index does not count.
ALTER TABLE online_orders ADD COLUMN delivery_address TEXT;
ALTER TABLE online_orders ADD COLUMN sale_id TEXT;
ALTER TABLE online_orders ADD COLUMN sale_line INTEGER;
CREATE UNIQUE INDEX online_orders_sale_line ON online_orders (sale_id, sale_line);

-- Where a customer receives what is shipped and their digital receipts; both optional.
ALTER TABLE customers ADD COLUMN email TEXT;
ALTER TABLE customers ADD COLUMN delivery_address TEXT;
