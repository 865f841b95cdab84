#pragma once

#include "PinHasher.h"

namespace omnitill {

class StoreSettings;

// The store's rules for signing in, kept in its settings so each store can set its own:
// - staff.lockoutAttempts: wrong PINs in a row that lock an account until a manager releases it;
// - staff.idleLockSeconds: how long the till may sit untouched before it locks itself;
// - staff.pinHashIterations: PBKDF2 iterations for new PIN hashes (tests set a low count; production
//   leaves it unset and gets PinHasher::defaultIterations).
// A missing or unreadable value falls back to the default; a value is clamped to a sane range.
struct StaffPolicy
{
    int lockoutAttempts = 5;
    qint64 idleLockSeconds = 120;
    int pinHashIterations = PinHasher::defaultIterations;

    [[nodiscard]] static StaffPolicy load(const StoreSettings &settings);
};

} // namespace omnitill
