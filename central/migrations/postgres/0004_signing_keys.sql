-- Ed25519 keys that sign customer app tokens. The newest key that is not retired signs; every key that
-- is not retired is served at GET /v1/keys, so tokens signed before a rotation still verify.
CREATE TABLE signing_keys (
    key_id      TEXT PRIMARY KEY,
    private_key TEXT NOT NULL,
    public_key  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    retired_at  TIMESTAMPTZ
);
