#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace omnitill {

// Turns a staff PIN into what the store keeps instead of it: a salted, slow hash,
// "pbkdf2-sha256$<iterations>$<salt>$<hash>" (PBKDF2-HMAC-SHA256, 16 random bytes of salt, 32 bytes of
// hash, both base64). The iteration count travels with each hash, so the default can be raised later:
// old hashes still verify, and needsRehash() tells the caller to store a stronger one at the next
// successful sign-in.
//
// A 4–8 digit PIN has too few values for any hash to protect it from someone holding the database file;
// the slow hash makes that attack cost minutes per PIN instead of microseconds, and the lockout after a
// few wrong PINs is what protects the till itself. The PIN is never logged and its bytes are wiped after use.
class PinHasher
{
    Q_DECLARE_TR_FUNCTIONS(PinHasher)

public:
    // OWASP's 2021 figure for PBKDF2-HMAC-SHA256: about 0.3 s on a till-class CPU, once per sign-in or
    // approval. Tests configure far fewer through the store setting staff.pinHashIterations.
    static constexpr int defaultIterations = 310'000;
    // Bounds for a count read from the database: a tampered row must not make verify() spin for hours.
    static constexpr int minimumIterations = 1'000;
    static constexpr int maximumIterations = 10'000'000;

    explicit PinHasher(int iterations = defaultIterations);

    [[nodiscard]] int iterations() const { return m_iterations; }

    // A new salt every time: the same PIN never gives the same hash twice.
    [[nodiscard]] Result<QString> hash(const QString &pin) const;
    // The same for a secret that is not a PIN (a staff card's code), whose form the caller checked.
    [[nodiscard]] Result<QString> hashSecret(const QString &secret) const;
    // Compares in constant time; a malformed hash verifies nothing.
    [[nodiscard]] static bool verify(const QString &pin, const QString &encodedHash);
    // True when the hash was made with fewer iterations than this hasher uses.
    [[nodiscard]] bool needsRehash(const QString &encodedHash) const;

    // 4 to 8 digits: what a keypad can enter and a cashier can remember.
    [[nodiscard]] static Result<void> checkPin(const QString &pin);

private:
    int m_iterations;
};

} // namespace omnitill
