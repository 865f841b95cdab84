-- Coupons the operator withdrew (a leaked code, a campaign stopped early). Every till pulls the list and
-- refuses them, offline too; the ledger refuses them online. Each revocation takes the next sequence, so a
-- till asks for what came after the last one it has; a coupon is revoked at most once. Revocations take
-- turns (an advisory lock), so sequences commit in order.
CREATE TABLE coupon_revocations (
    sequence   BIGSERIAL PRIMARY KEY,
    coupon_id  TEXT NOT NULL UNIQUE REFERENCES coupons (coupon_id),
    reason     TEXT NOT NULL,
    revoked_at TIMESTAMPTZ NOT NULL
);
