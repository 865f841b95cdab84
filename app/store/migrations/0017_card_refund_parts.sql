-- A return of a sale paid with two or more cards (split tender) refunds each card through the terminal, one
-- after the other, and is journaled once, after the last card's refund. Until then each card's refund waits
-- approved, which no longer holds the terminal: the one-in-flight rule counts what the terminal is still
-- handling (requested, sent, unknown) and a purchase approved but not yet on its sale, as before.
-- No new data: a refund's refund_of names its return (lines, and an exchange's return id) so the parts of one
-- return are found together.
DROP INDEX payment_attempts_one_in_flight;
CREATE UNIQUE INDEX payment_attempts_one_in_flight ON payment_attempts ((0))
    WHERE state IN ('requested', 'sent', 'unknown') OR (state = 'approved' AND kind = 'purchase');
