-- What the till pulls from the central store so that it can work without it (issue 9, "Pulls"). Every kind of
-- pull keeps where the next one starts and when one last succeeded, for the back office; the caches below are
-- replaced or advanced by pulls, each page in one transaction with its cursor, so a pull cut off halfway
-- starts again from the last page it kept and never applies a change twice or skips one.

-- kind: products, prices, promotions, coupon_revocations, signing_keys, pickups, customers.
-- cursor: a catalog version or a revocation sequence; empty for kinds pulled whole each time.
CREATE TABLE sync_pulls (
    kind            TEXT NOT NULL PRIMARY KEY,
    cursor          TEXT NOT NULL DEFAULT '',
    last_success_at TEXT,
    last_attempt_at TEXT,
    last_error      TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- Coupons the central store withdrew: refused at this till, offline too (by the coupon's id, which its signed
-- code names).
CREATE TABLE revoked_coupons (
    coupon_id  TEXT NOT NULL PRIMARY KEY,
    code       TEXT NOT NULL,
    reason     TEXT NOT NULL,
    revoked_at TEXT NOT NULL
) WITHOUT ROWID;

-- The online orders ready for pickup at this store, as GET /v1/pickups last gave them (snapshot is that JSON),
-- so that an order can be found and handed over with the central store out of reach. An order handed over
-- from here offline keeps its local snapshot (what was taken counted as delivered) while its pickup waits in
-- the outbox (offline_pickups > 0): a pull in between cannot make it look ready again.
CREATE TABLE pickup_cache (
    order_id        TEXT    NOT NULL PRIMARY KEY,
    number          TEXT    NOT NULL,
    snapshot        TEXT    NOT NULL,
    pulled_at       TEXT    NOT NULL,
    offline_pickups INTEGER NOT NULL DEFAULT 0 CHECK (offline_pickups >= 0)
) WITHOUT ROWID;
CREATE INDEX pickup_cache_number ON pickup_cache (number COLLATE NOCASE);

-- Recent and frequent customers (the store's regulars as pulled, and whoever was identified here), at most
-- the setting sync.customerCacheSize: the least recently pulled or seen go first. Points are as the central
-- store last said, at points_as_of.
CREATE TABLE customer_cache (
    customer_id    TEXT    NOT NULL PRIMARY KEY,
    loyalty_number TEXT    NOT NULL,
    phone          TEXT    NOT NULL DEFAULT '',
    name           TEXT    NOT NULL,
    tier           TEXT    NOT NULL,
    points         INTEGER NOT NULL,
    points_as_of   TEXT    NOT NULL,
    seen_at        TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX customer_cache_loyalty ON customer_cache (loyalty_number);
CREATE INDEX customer_cache_phone ON customer_cache (phone);
CREATE INDEX customer_cache_seen ON customer_cache (seen_at);
