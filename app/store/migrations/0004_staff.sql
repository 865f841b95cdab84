-- Staff, roles and permissions; manager approvals; shifts, cash movements and Z reports.
-- Journals here (approvals, shifts, shift_closings, cash_movements, z_reports) are append-only like the
-- sale journal: the database refuses UPDATE and DELETE, so a mistake is corrected by a new row.

-- A role's permissions are rows, so a store can change what a role may do without a new build.
-- discount_limit_bp: the largest discount (basis points, 1000 = 10 %) the role may give on its own.
CREATE TABLE roles (
    code              TEXT    NOT NULL PRIMARY KEY,
    name              TEXT    NOT NULL,
    discount_limit_bp INTEGER NOT NULL CHECK (discount_limit_bp BETWEEN 0 AND 10000)
) WITHOUT ROWID;

CREATE TABLE role_permissions (
    role       TEXT NOT NULL REFERENCES roles (code) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (role, permission)
) WITHOUT ROWID;

INSERT INTO roles (code, name, discount_limit_bp) VALUES
    ('cashier', 'Cashier', 1000),
    ('supervisor', 'Supervisor', 3000),
    ('manager', 'Manager', 10000);

INSERT INTO role_permissions (role, permission) VALUES
    ('cashier', 'sell'), ('cashier', 'open_shift'), ('cashier', 'close_shift'), ('cashier', 'cash_drop'),
    ('supervisor', 'sell'), ('supervisor', 'open_shift'), ('supervisor', 'close_shift'),
    ('supervisor', 'cash_drop'), ('supervisor', 'paid_in'), ('supervisor', 'paid_out'),
    ('supervisor', 'price_override'), ('supervisor', 'void_line_after_tender'), ('supervisor', 'void_sale'),
    ('supervisor', 'open_drawer_no_sale'), ('supervisor', 'view_reports'),
    ('manager', 'sell'), ('manager', 'open_shift'), ('manager', 'close_shift'), ('manager', 'cash_drop'),
    ('manager', 'paid_in'), ('manager', 'paid_out'), ('manager', 'price_override'),
    ('manager', 'void_line_after_tender'), ('manager', 'void_sale'), ('manager', 'return_without_receipt'),
    ('manager', 'discount_over_limit'), ('manager', 'open_drawer_no_sale'), ('manager', 'manage_staff'),
    ('manager', 'view_reports');

-- pin_hash is "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>" (PinHasher); never the PIN.
-- locked_at is set when wrong PINs reach the store's limit and cleared only by a manager's release.
CREATE TABLE staff (
    staff_number    TEXT    NOT NULL PRIMARY KEY,
    name            TEXT    NOT NULL,
    role            TEXT    NOT NULL REFERENCES roles (code),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    pin_hash        TEXT    NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_at       TEXT
) WITHOUT ROWID;
CREATE INDEX staff_role ON staff (role);

-- Every manager override, granted or refused: who asked, whom they asked, for what, when, and why it
-- was refused. approver is the staff number as typed, which may match nobody.
CREATE TABLE approvals (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    requested_at TEXT    NOT NULL,
    terminal_id  TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    requested_by TEXT    NOT NULL,
    approver     TEXT    NOT NULL,
    approved     INTEGER NOT NULL CHECK (approved IN (0, 1)),
    refusal      TEXT    NOT NULL DEFAULT '',
    details      TEXT    NOT NULL
);
CREATE TRIGGER approvals_no_update BEFORE UPDATE ON approvals
BEGIN
    SELECT RAISE(ABORT, 'approvals are append-only');
END;
CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals
BEGIN
    SELECT RAISE(ABORT, 'approvals are append-only');
END;

-- A shift is one till session from the counted float to the blind count and its Z report. Its sales are
-- the journal entries after journal_sequence_at_open whose record names the shift. A shift is open until
-- it has a row in shift_closings; a terminal has at most one open shift.
CREATE TABLE shifts (
    id                       INTEGER PRIMARY KEY AUTOINCREMENT,
    terminal_id              TEXT    NOT NULL,
    opened_by                TEXT    NOT NULL REFERENCES staff (staff_number),
    opened_at                TEXT    NOT NULL,
    float_minor              INTEGER NOT NULL CHECK (float_minor >= 0),
    float_count              TEXT    NOT NULL DEFAULT '{}',
    journal_sequence_at_open INTEGER NOT NULL
);
CREATE INDEX shifts_terminal ON shifts (terminal_id);

CREATE TABLE shift_closings (
    shift_id         INTEGER PRIMARY KEY REFERENCES shifts (id),
    closed_by        TEXT    NOT NULL REFERENCES staff (staff_number),
    closed_at        TEXT    NOT NULL,
    counted_minor    INTEGER NOT NULL CHECK (counted_minor >= 0),
    expected_minor   INTEGER NOT NULL,
    over_short_minor INTEGER NOT NULL,
    z_number         INTEGER NOT NULL UNIQUE
);

-- kind: paid_in (cash put into the drawer), paid_out (cash taken out for a reason), drop (to the safe).
CREATE TABLE cash_movements (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    shift_id     INTEGER NOT NULL REFERENCES shifts (id),
    kind         TEXT    NOT NULL CHECK (kind IN ('paid_in', 'paid_out', 'drop')),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    reason       TEXT    NOT NULL,
    staff_number TEXT    NOT NULL,
    at           TEXT    NOT NULL
);
CREATE INDEX cash_movements_shift ON cash_movements (shift_id);

CREATE TRIGGER shifts_one_open_per_terminal BEFORE INSERT ON shifts
WHEN EXISTS (SELECT 1 FROM shifts s WHERE s.terminal_id = NEW.terminal_id
             AND NOT EXISTS (SELECT 1 FROM shift_closings c WHERE c.shift_id = s.id))
BEGIN
    SELECT RAISE(ABORT, 'a shift is already open on this terminal');
END;
CREATE TRIGGER shifts_no_update BEFORE UPDATE ON shifts
BEGIN
    SELECT RAISE(ABORT, 'shifts are append-only');
END;
CREATE TRIGGER shifts_no_delete BEFORE DELETE ON shifts
BEGIN
    SELECT RAISE(ABORT, 'shifts are append-only');
END;
CREATE TRIGGER shift_closings_no_update BEFORE UPDATE ON shift_closings
BEGIN
    SELECT RAISE(ABORT, 'shift closings are append-only');
END;
CREATE TRIGGER shift_closings_no_delete BEFORE DELETE ON shift_closings
BEGIN
    SELECT RAISE(ABORT, 'shift closings are append-only');
END;
CREATE TRIGGER cash_movements_only_while_open BEFORE INSERT ON cash_movements
WHEN EXISTS (SELECT 1 FROM shift_closings WHERE shift_id = NEW.shift_id)
BEGIN
    SELECT RAISE(ABORT, 'the shift is closed');
END;
CREATE TRIGGER cash_movements_no_update BEFORE UPDATE ON cash_movements
BEGIN
    SELECT RAISE(ABORT, 'cash movements are append-only');
END;
CREATE TRIGGER cash_movements_no_delete BEFORE DELETE ON cash_movements
BEGIN
    SELECT RAISE(ABORT, 'cash movements are append-only');
END;

-- Z reports: numbered without gaps from 1, hash-chained like the journal, never changed or removed.
-- report is the figures as JSON, text the report as printed.
CREATE TABLE z_reports (
    z_number      INTEGER PRIMARY KEY,
    terminal_id   TEXT    NOT NULL,
    shift_id      INTEGER NOT NULL UNIQUE REFERENCES shifts (id),
    created_at    TEXT    NOT NULL,
    report        TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    previous_hash TEXT    NOT NULL,
    hash          TEXT    NOT NULL
);
CREATE TRIGGER z_reports_gapless BEFORE INSERT ON z_reports
WHEN NEW.z_number <> (SELECT COALESCE(MAX(z_number), 0) + 1 FROM z_reports)
BEGIN
    SELECT RAISE(ABORT, 'Z numbers are gapless');
END;
CREATE TRIGGER z_reports_no_update BEFORE UPDATE ON z_reports
BEGIN
    SELECT RAISE(ABORT, 'Z reports are immutable');
END;
CREATE TRIGGER z_reports_no_delete BEFORE DELETE ON z_reports
BEGIN
    SELECT RAISE(ABORT, 'Z reports are immutable');
END;
