-- Coupon rules as data (omnitill::CouponRule's JSON: percent or amount off, buy-N-get-M, free-item voucher;
-- scope, minimum spend, stacking group), the campaigns coupons are issued from, and the redemptions tills
-- made offline and reported later. Dropping kind, value and currency drops their CHECKs with them.
CREATE TABLE coupon_campaigns (
    campaign_id TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    rule        TEXT NOT NULL,
    valid_from  TIMESTAMPTZ NOT NULL,
    valid_until TIMESTAMPTZ NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    CHECK (valid_until > valid_from)
);

ALTER TABLE coupons ADD COLUMN campaign_id TEXT REFERENCES coupon_campaigns (campaign_id);

ALTER TABLE coupons ADD COLUMN rule TEXT;

UPDATE coupons SET rule = (CASE WHEN currency IS NULL THEN json_build_object('kind', kind, 'value', value)
                                ELSE json_build_object('kind', kind, 'value', value, 'currency', currency) END)::text;

ALTER TABLE coupons ALTER COLUMN rule SET NOT NULL;

ALTER TABLE coupons DROP COLUMN kind, DROP COLUMN value, DROP COLUMN currency;

CREATE INDEX coupons_by_campaign ON coupons (campaign_id);

-- A redemption a till made while offline, reported later: idempotent by the till's redemption UUID. It is
-- accepted as the coupon's redemption, or, when another sale had already redeemed the coupon (whose receipt
-- coupon_redemptions keeps), flagged as a double use. Nothing reported is dropped.
CREATE TABLE offline_redemptions (
    redemption_id UUID PRIMARY KEY,
    coupon_id     TEXT NOT NULL REFERENCES coupons (coupon_id),
    sale_id       UUID NOT NULL,
    terminal_id   TEXT NOT NULL REFERENCES terminals (terminal_id),
    redeemed_at   TIMESTAMPTZ NOT NULL,
    reported_at   TIMESTAMPTZ NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('accepted', 'double_use'))
);

CREATE INDEX offline_redemptions_by_outcome ON offline_redemptions (outcome, reported_at);
