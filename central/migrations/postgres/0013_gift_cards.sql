-- Gift cards: one balance per card number, in one currency, held here so that every till spends the same
-- balance. As with store credit, the balance is a row whose CHECK keeps it at zero or above however many
-- tills redeem at once (a conditional UPDATE under the row's lock), and the ledger says where every
-- change came from. A source changes a card once: UNIQUE (source_id, kind), where a till's redemption is
-- keyed by its tender's UUID, so a lost answer asked again takes nothing twice.
CREATE TABLE gift_cards (
    number        TEXT PRIMARY KEY CHECK (length(number) BETWEEN 12 AND 19),
    currency      TEXT NOT NULL CHECK (length(currency) = 3),
    balance_minor BIGINT NOT NULL CHECK (balance_minor >= 0),
    issued_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE gift_card_ledger (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number       TEXT NOT NULL REFERENCES gift_cards (number),
    kind         TEXT NOT NULL CHECK (kind IN ('issue', 'reload', 'redeem', 'refund')),
    amount_minor BIGINT NOT NULL CHECK ((kind = 'redeem' AND amount_minor < 0) OR (kind <> 'redeem' AND amount_minor > 0)),
    source_id    TEXT NOT NULL,
    terminal_id  TEXT NOT NULL DEFAULT '',
    at           TIMESTAMPTZ NOT NULL,
    UNIQUE (source_id, kind)
);
CREATE INDEX gift_card_ledger_number ON gift_card_ledger (number);

-- What went back of a till's redemption (a gift card's, a customer's store credit or points): a void, a
-- removed tender, a return. Keyed by the refund's own UUID so a retried refund credits once; the refunds of
-- one redemption never add up to more than it took (checked under the balance's lock).
CREATE TABLE redemption_refunds (
    refund_id     TEXT PRIMARY KEY,
    redemption_id TEXT NOT NULL,
    amount        BIGINT NOT NULL CHECK (amount > 0),
    terminal_id   TEXT NOT NULL DEFAULT '',
    at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX redemption_refunds_redemption ON redemption_refunds (redemption_id);
