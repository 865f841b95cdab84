-- What a customer told the store about themselves and what staff noted, so that nobody explains themselves
-- twice: consents (marketing, and whether purchases may shape the profile), stated sizes per category,
-- a wishlist, and service notes with their author. Purchase history, visit frequency, lifetime value and
-- inferred sizes are not stored: they are read from sales, visits and online orders when asked.
CREATE TABLE customer_consents (
    customer_id TEXT PRIMARY KEY REFERENCES customers (customer_id),
    marketing   INTEGER NOT NULL CHECK (marketing IN (0, 1)),
    profiling   INTEGER NOT NULL CHECK (profiling IN (0, 1)),
    updated_at  TEXT NOT NULL
);

CREATE TABLE customer_sizes (
    customer_id TEXT NOT NULL REFERENCES customers (customer_id),
    category    TEXT NOT NULL CHECK (length(category) BETWEEN 1 AND 64),
    size        TEXT NOT NULL CHECK (length(size) BETWEEN 1 AND 16),
    stated_at   TEXT NOT NULL,
    PRIMARY KEY (customer_id, category)
);

CREATE TABLE customer_wishlist (
    customer_id TEXT NOT NULL REFERENCES customers (customer_id),
    sku         TEXT NOT NULL CHECK (length(sku) BETWEEN 1 AND 64),
    name        TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    PRIMARY KEY (customer_id, sku)
);

CREATE TABLE customer_notes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id TEXT NOT NULL REFERENCES customers (customer_id),
    author      TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 64),
    note        TEXT NOT NULL CHECK (length(note) BETWEEN 1 AND 1000),
    created_at  TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    CHECK ((resolved_at IS NULL) = (resolved_by IS NULL))
);
CREATE INDEX customer_notes_customer ON customer_notes (customer_id, created_at);
