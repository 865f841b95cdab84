-- Catalog, price book and promotions, versioned so that a till syncs by deltas. Each import that changes
-- anything takes the next version; every item carries the version that last changed it and stays as a
-- tombstone (body NULL) when removed, so "what changed since N" is one range scan of an index and a
-- removal reaches every till. Imports take turns (BEGIN IMMEDIATE), so versions commit in order.
CREATE TABLE catalog_versions (
    version     INTEGER PRIMARY KEY CHECK (version > 0),
    collection  TEXT NOT NULL CHECK (collection IN ('products', 'prices', 'promotions')),
    source      TEXT NOT NULL,
    changed     INTEGER NOT NULL CHECK (changed >= 0),
    created_at  TEXT NOT NULL
);

CREATE TABLE catalog_items (
    collection TEXT NOT NULL CHECK (collection IN ('products', 'prices', 'promotions')),
    item_key   TEXT NOT NULL,
    body       TEXT,
    version    INTEGER NOT NULL REFERENCES catalog_versions (version),
    PRIMARY KEY (collection, item_key)
);

CREATE INDEX catalog_items_by_version ON catalog_items (collection, version, item_key);
