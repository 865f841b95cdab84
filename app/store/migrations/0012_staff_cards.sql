-- Staff cards: a staff member may sign in, unlock and approve by swiping a magnetic staff card instead of
-- typing the PIN. The card carries the staff number in the clear and a card code (see MagneticStripe.h for
-- the layout); card_hash is that code hashed exactly like a PIN ("pbkdf2-sha256$…", PinHasher), never the
-- code itself. NULL: no card assigned. A lost card is replaced by assigning a new code, which makes the old
-- card worthless; a wrong card code counts against the account like a wrong PIN.
ALTER TABLE staff ADD COLUMN card_hash TEXT;
