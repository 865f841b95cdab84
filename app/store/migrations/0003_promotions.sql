-- Automatic promotions: what the till applies to a sale by itself (1+1, 2+1, percent or amount off,
-- member prices, basket thresholds). The central store distributes them later; until then they are
-- written here. Money is INTEGER minor units; percentages are basis points (1000 is 10.00 %).
-- What value means depends on kind: see Promotion (app/domain/Promotion.h).

CREATE TABLE promotions (
    id              TEXT    NOT NULL PRIMARY KEY,
    name_ko         TEXT    NOT NULL DEFAULT '',
    name_en         TEXT    NOT NULL DEFAULT '',
    kind            TEXT    NOT NULL CHECK (kind IN ('buyGet', 'percentOff', 'amountOff', 'fixedPrice',
                                                     'basketAmountOff', 'basketPercentOff')),
    buy_quantity    INTEGER NOT NULL DEFAULT 0 CHECK (buy_quantity >= 0),
    get_quantity    INTEGER NOT NULL DEFAULT 0 CHECK (get_quantity >= 0),
    value           INTEGER NOT NULL CHECK (value >= 0),
    threshold_minor INTEGER NOT NULL DEFAULT 0 CHECK (threshold_minor >= 0),
    member_only     INTEGER NOT NULL DEFAULT 0 CHECK (member_only IN (0, 1)),
    -- The window, in the store's local time. Dates 'YYYY-MM-DD', inclusive, NULL for open-ended;
    -- weekdays a bit mask, Monday 1 … Sunday 64, 0 for every day; daily times 'HH:MM', the end excluded,
    -- an end not after the start running past midnight, both NULL for all day.
    first_day       TEXT,
    last_day        TEXT,
    weekdays        INTEGER NOT NULL DEFAULT 0 CHECK (weekdays BETWEEN 0 AND 127),
    daily_start     TEXT,
    daily_end       TEXT,
    -- Switched off by the back office without losing it.
    enabled         INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    CHECK (name_ko <> '' OR name_en <> '')
) WITHOUT ROWID;

-- What a promotion applies to: SKUs and categories (a mix-and-match group is several rows). None means
-- every product, or the whole basket for a basket promotion.
CREATE TABLE promotion_targets (
    promotion_id TEXT NOT NULL REFERENCES promotions (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('sku', 'category')),
    value        TEXT NOT NULL,
    PRIMARY KEY (promotion_id, kind, value)
) WITHOUT ROWID;
