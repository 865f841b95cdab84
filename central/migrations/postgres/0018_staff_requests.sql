-- A kiosk's call for staff (help, an age check, an item that will not scan, a failed payment, a coupon), raised
-- by the kiosk once (request_id is its UUID, so a resend finds the row) and resolved once: at the kiosk, at a
-- cashier till or in the back office, by whoever comes first. resolved_at set means resolved_by (the staff
-- number), resolved_at_terminal and resolution are too; nothing is deleted, the back office lists the recent ones.
CREATE TABLE staff_requests (
    request_id           UUID PRIMARY KEY,
    terminal_id          TEXT NOT NULL REFERENCES terminals (terminal_id),
    store_id             TEXT NOT NULL,
    kind                 TEXT NOT NULL
                         CHECK (kind IN ('help', 'age_check', 'unknown_barcode', 'payment_failed', 'coupon')),
    details              TEXT NOT NULL,
    raised_at            TIMESTAMPTZ NOT NULL,
    received_at          TIMESTAMPTZ NOT NULL,
    resolved_at          TIMESTAMPTZ,
    resolved_by          TEXT,
    resolved_by_name     TEXT,
    resolved_at_terminal TEXT REFERENCES terminals (terminal_id),
    resolution           TEXT,
    CHECK ((resolved_at IS NULL) = (resolved_by IS NULL)),
    CHECK ((resolved_at IS NULL) = (resolved_at_terminal IS NULL)),
    CHECK ((resolved_at IS NULL) = (resolution IS NULL))
);
CREATE INDEX staff_requests_store ON staff_requests (store_id, resolved_at);
