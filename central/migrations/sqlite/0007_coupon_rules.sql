-- Coupon rules as data (omnitill::CouponRule's JSON: percent or amount off, buy-N-get-M, free-item voucher;
-- scope, minimum spend, stacking group), the campaigns coupons are issued from, and the redemptions tills
-- made offline and reported later. coupons is rebuilt: SQLite cannot drop the CHECKs on kind and value.
-- Foreign keys stay on (this runs in a transaction, where they cannot be switched off), so the redemptions
-- step aside while the old table goes, and come back once coupon_redemptions' reference names the new one.

CREATE TABLE coupon_campaigns (
    campaign_id TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    rule        TEXT NOT NULL,
    valid_from  TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    CHECK (valid_until > valid_from)
);

CREATE TABLE coupons_with_rules (
    coupon_id      TEXT PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,
    customer_id    TEXT REFERENCES customers (customer_id),
    campaign_id    TEXT REFERENCES coupon_campaigns (campaign_id),
    rule           TEXT NOT NULL,
    valid_from     TEXT NOT NULL,
    valid_until    TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('issued', 'reserved', 'redeemed')),
    reservation_id TEXT,
    reserved_by    TEXT,
    lease_until    TEXT,
    created_at     TEXT NOT NULL,
    CHECK ((state = 'reserved') = (reservation_id IS NOT NULL AND lease_until IS NOT NULL))
);

INSERT INTO coupons_with_rules (coupon_id, code, customer_id, rule, valid_from, valid_until, state, reservation_id,
                                reserved_by, lease_until, created_at)
SELECT coupon_id, code, customer_id,
       CASE WHEN currency IS NULL THEN json_object('kind', kind, 'value', value)
            ELSE json_object('kind', kind, 'value', value, 'currency', currency) END,
       valid_from, valid_until, state, reservation_id, reserved_by, lease_until, created_at
FROM coupons;

CREATE TABLE coupon_redemptions_aside AS SELECT * FROM coupon_redemptions;

DELETE FROM coupon_redemptions;

DROP TABLE coupons;

ALTER TABLE coupons_with_rules RENAME TO coupons;

INSERT INTO coupon_redemptions SELECT * FROM coupon_redemptions_aside;

DROP TABLE coupon_redemptions_aside;

CREATE INDEX coupons_by_campaign ON coupons (campaign_id);

-- A redemption a till made while offline, reported later: idempotent by the till's redemption UUID. It is
-- accepted as the coupon's redemption, or, when another sale had already redeemed the coupon (whose receipt
-- coupon_redemptions keeps), flagged as a double use. Nothing reported is dropped.
CREATE TABLE offline_redemptions (
    redemption_id TEXT PRIMARY KEY,
    coupon_id     TEXT NOT NULL REFERENCES coupons (coupon_id),
    sale_id       TEXT NOT NULL,
    terminal_id   TEXT NOT NULL REFERENCES terminals (terminal_id),
    redeemed_at   TEXT NOT NULL,
    reported_at   TEXT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('accepted', 'double_use'))
);

CREATE INDEX offline_redemptions_by_outcome ON offline_redemptions (outcome, reported_at);
