-- Single coupons: percent or amount off, optionally bound to a customer, valid in a window. A coupon is
-- issued, may be reserved by one till for a lease, and is redeemed once: the conditional state change
-- and the primary key of coupon_redemptions both hold that, however many tills race.
CREATE TABLE coupons (
    coupon_id      TEXT PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,
    customer_id    TEXT REFERENCES customers (customer_id),
    kind           TEXT NOT NULL CHECK (kind IN ('percent', 'amount')),
    value          BIGINT NOT NULL CHECK (value > 0),
    currency       TEXT,
    valid_from     TIMESTAMPTZ NOT NULL,
    valid_until    TIMESTAMPTZ NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('issued', 'reserved', 'redeemed')),
    reservation_id TEXT,
    reserved_by    TEXT,
    lease_until    TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL,
    CHECK (kind <> 'percent' OR value <= 100),
    CHECK (kind <> 'amount' OR currency IS NOT NULL),
    CHECK ((state = 'reserved') = (reservation_id IS NOT NULL AND lease_until IS NOT NULL))
);

CREATE TABLE coupon_redemptions (
    coupon_id   TEXT PRIMARY KEY REFERENCES coupons (coupon_id),
    sale_id     UUID NOT NULL,
    terminal_id TEXT NOT NULL,
    redeemed_at TIMESTAMPTZ NOT NULL
);
