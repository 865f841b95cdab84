-- The customer app page's address: /app/<link_id>, a 128-bit random secret per customer. Whoever holds it sees
-- the customer's QR codes, so it is never derived from the customer's id and a customer has at most one.
CREATE TABLE customer_app_links (
    link_id     TEXT PRIMARY KEY CHECK (length(link_id) >= 22),
    customer_id TEXT NOT NULL UNIQUE REFERENCES customers (customer_id),
    created_at  TEXT NOT NULL
);
