-- Card payments: one row per attempt to take a card payment through the terminal, written at every step
-- so that a till stopped mid-payment can ask the terminal what became of it (TransactionStatus by the
-- attempt's ServiceID). An attempt is requested (written before anything is sent), sent (written just
-- before the request leaves), then approved, declined or unknown (no answer, or one that cannot be
-- trusted); an unknown one becomes approved or declined once the terminal says; an approved one is
-- recorded once its Tendered event is on the sale. One that was only requested was never sent and is
-- abandoned; an approved one whose sale is gone is reversed on the terminal.
--
-- No card data is kept: the terminal's reference and time identify the payment for refunds; the slip
-- text (with the masked PAN) lives only in the receipt.
CREATE TABLE payment_attempts (
    service_id       TEXT    PRIMARY KEY CHECK (length(service_id) BETWEEN 1 AND 10),
    sale_id          TEXT    NOT NULL,
    amount_minor     INTEGER NOT NULL CHECK (amount_minor > 0),
    currency         TEXT    NOT NULL,
    state            TEXT    NOT NULL CHECK (state IN ('requested', 'sent', 'unknown', 'approved', 'declined',
                                                       'recorded', 'abandoned', 'reversed')),
    outcome          TEXT,              -- the terminal's last word, e.g. insufficient_funds
    approved_minor   INTEGER NOT NULL DEFAULT 0 CHECK (approved_minor >= 0 AND approved_minor <= amount_minor),
    psp_reference    TEXT,
    transaction_time TEXT,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
-- At most one payment in flight per till, whatever the screen does: a second one is refused here too.
CREATE UNIQUE INDEX payment_attempts_one_in_flight ON payment_attempts ((0))
    WHERE state IN ('requested', 'sent', 'unknown', 'approved');
