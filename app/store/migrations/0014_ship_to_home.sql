-- Lines of a sale the customer has shipped home (endless aisle): marked by the cashier while the sale is open,
-- turned into an online order at the central store once the sale is paid. A line marked in a sale that is then
-- voided, or voided itself, creates nothing: only lines of the journaled sale are sent. The order's number is
-- derived from (sale_id, line_id), so it is known here before the central store has the order.
CREATE TABLE ship_lines (
    sale_id      TEXT    NOT NULL,
    line_id      INTEGER NOT NULL,
    customer_id  TEXT    NOT NULL,
    address      TEXT    NOT NULL CHECK (length(address) > 0),
    order_number TEXT    NOT NULL UNIQUE,
    marked_at    TEXT    NOT NULL,
    PRIMARY KEY (sale_id, line_id)
);
