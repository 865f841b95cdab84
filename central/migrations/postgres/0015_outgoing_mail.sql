-- Mail waiting for the mail server: each row a complete MIME message (headers, text and attachments, CRLF line
-- ends), as an SMTP relay takes it. mail_id is the till's task UUID, so a task sent twice is stored once.
-- sent_at stays NULL until a sender hands the message over.
CREATE TABLE outgoing_mail (
    mail_id     TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('receipt')),
    sale_id     TEXT NOT NULL,
    customer_id TEXT REFERENCES customers (customer_id),
    recipient   TEXT NOT NULL,
    subject     TEXT NOT NULL,
    message     TEXT NOT NULL,
    terminal_id TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    sent_at     TIMESTAMPTZ
);
CREATE INDEX outgoing_mail_unsent ON outgoing_mail (sent_at);
