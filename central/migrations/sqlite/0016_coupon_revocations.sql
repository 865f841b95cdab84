-- Coupons the operator withdrew (a leaked code, a campaign stopped early). Every till pulls the list and
-- refuses them, offline too; the ledger refuses them online. Each revocation takes the next sequence, so a
-- till asks for what came after the last one it has; a coupon is revoked at most once. Revocations take
-- turns (BEGIN IMMEDIATE), so sequences commit in order.
CREATE TABLE coupon_revocations (
    sequence   INTEGER PRIMARY KEY AUTOINCREMENT,
    coupon_id  TEXT NOT NULL UNIQUE REFERENCES coupons (coupon_id),
    reason     TEXT NOT NULL,
    revoked_at TEXT NOT NULL
);
