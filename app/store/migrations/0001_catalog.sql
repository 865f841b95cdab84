-- The catalog as the till sells from it, and the store's settings.
-- Rules for every migration: never edit one that has shipped, add the next number instead; each file
-- runs in one transaction with the user_version bump, so no statement may need to run outside a
-- transaction (journal_mode, foreign_keys, VACUUM); money is INTEGER minor units, never REAL.

-- Marks the file as an Omnitill store (0x4F4D4E54, "OMNT"): Database::open refuses a file with tables
-- and without this mark, before it changes anything in it.
PRAGMA application_id = 1330466388;

-- Store-wide settings (currency, tax mode, rounding, terminal id); each owner parses its own values.
CREATE TABLE settings (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Rates in parts per million: 10 % is 100000, 8.875 % is 88750, exempt is 0.
CREATE TABLE tax_classes (
    code             TEXT    NOT NULL PRIMARY KEY,
    name             TEXT    NOT NULL,
    rate_per_million INTEGER NOT NULL CHECK (rate_per_million >= 0)
) WITHOUT ROWID;

-- unit_price_minor is per piece, or per kilogram when unit is 'kg'.
CREATE TABLE products (
    id               INTEGER PRIMARY KEY,
    sku              TEXT    NOT NULL UNIQUE,
    name_ko          TEXT    NOT NULL DEFAULT '',
    name_en          TEXT    NOT NULL DEFAULT '',
    category         TEXT    NOT NULL DEFAULT '',
    unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    tax_class        TEXT    NOT NULL REFERENCES tax_classes (code),
    unit             TEXT    NOT NULL CHECK (unit IN ('each', 'kg')),
    -- hangul::initialsKey(name_ko): "새로운 우유" → "ㅅㄹㅇㅇㅇ", for the initial-consonant search (ㅅㄹㅇ).
    name_initials    TEXT    NOT NULL DEFAULT '',
    CHECK (name_ko <> '' OR name_en <> '')
);
-- An initials search is a prefix, so a range over this index answers it at any catalog size.
CREATE INDEX products_name_initials ON products (name_initials);
-- The product grid pages through a category.
CREATE INDEX products_category ON products (category, sku);
-- Without it, changing or deleting a tax class checks the foreign key by scanning every product.
CREATE INDEX products_tax_class ON products (tax_class);
-- Name search is by substring (LIKE '%...%'), which no b-tree index can serve, so the names carry no
-- index: it would cost import time and space and never be used. SKU prefix search uses the UNIQUE index.

-- code is the GTIN-14 (Gtin::gtin14()): UPC-A, EAN-13 and GTIN-14 spellings of one item are one key.
-- WITHOUT ROWID: the lookup done on every scan is one b-tree descent that ends at the product id.
CREATE TABLE barcodes (
    code       TEXT    NOT NULL PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE
) WITHOUT ROWID;
-- For a product's barcodes, and for the cascade when a product is deleted.
CREATE INDEX barcodes_product ON barcodes (product_id);
