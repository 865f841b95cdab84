-- "No sale": the cashier opens the drawer without a sale (change for a customer, a cheque checked). It is a
-- cash movement of kind no_sale and amount zero, so the shift's report counts the openings per shift with
-- who opened the drawer and why, and the drawer's expected cash is unchanged.
-- SQLite cannot change a CHECK constraint in place: the table is rebuilt with its index and triggers. DROP
-- TABLE runs no triggers, so the append-only rules stay whole for the rows copied across.
CREATE TABLE cash_movements_new (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    shift_id     INTEGER NOT NULL REFERENCES shifts (id),
    kind         TEXT    NOT NULL CHECK (kind IN ('paid_in', 'paid_out', 'drop', 'no_sale')),
    amount_minor INTEGER NOT NULL CHECK ((kind = 'no_sale' AND amount_minor = 0)
                                         OR (kind <> 'no_sale' AND amount_minor > 0)),
    reason       TEXT    NOT NULL,
    staff_number TEXT    NOT NULL,
    at           TEXT    NOT NULL
);
INSERT INTO cash_movements_new (id, shift_id, kind, amount_minor, reason, staff_number, at)
    SELECT id, shift_id, kind, amount_minor, reason, staff_number, at FROM cash_movements;
DROP TABLE cash_movements;
ALTER TABLE cash_movements_new RENAME TO cash_movements;
CREATE INDEX cash_movements_shift ON cash_movements (shift_id);

CREATE TRIGGER cash_movements_only_while_open BEFORE INSERT ON cash_movements
WHEN EXISTS (SELECT 1 FROM shift_closings WHERE shift_id = NEW.shift_id)
BEGIN
    SELECT RAISE(ABORT, 'the shift is closed');
END;
CREATE TRIGGER cash_movements_no_update BEFORE UPDATE ON cash_movements
BEGIN
    SELECT RAISE(ABORT, 'cash movements are append-only');
END;
CREATE TRIGGER cash_movements_no_delete BEFORE DELETE ON cash_movements
BEGIN
    SELECT RAISE(ABORT, 'cash movements are append-only');
END;
