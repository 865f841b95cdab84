-- Refunds to a card go through the terminal like payments, through the same state machine and the same
-- "one transaction in flight" rule (the terminal does one thing at a time): kind says which an attempt is.
-- A refund attempt keeps what it refunds (refund_of: the original sale, the lines and quantities returned,
-- the original payment's terminal reference and time), so a refund the terminal approved while the till
-- stopped is journaled as its return at the next start. No card data: references, amounts and lines only.
ALTER TABLE payment_attempts ADD COLUMN kind TEXT NOT NULL DEFAULT 'purchase' CHECK (kind IN ('purchase', 'refund'));
ALTER TABLE payment_attempts ADD COLUMN refund_of TEXT;
-- A payment the terminal approved offline (store and forward) counts against the manager's offline caps.
ALTER TABLE payment_attempts ADD COLUMN offline INTEGER NOT NULL DEFAULT 0 CHECK (offline IN (0, 1));
