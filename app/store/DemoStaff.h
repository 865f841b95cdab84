#pragma once

#include "DemoStores.h"
#include "Result.h"

namespace omnitill {

class Database;

// The demo stores' staff: one of each role, with PINs that are printed in resources/demo/README.md
// (a demo's PIN is not a secret), and demo staff cards whose swipes the README prints. Their hashes are made at seeding
// time with the store's own policy, so no hash, let alone a PIN of a real person, is committed anywhere.
class DemoStaff
{
public:
    struct Member
    {
        QString staffNumber;
        QString name;
        QString role;
        QString pin;
        // The demo staff card's code: the card is ";86<staff number>=<code>?" on track 2 (README.md).
        QString cardCode;
    };

    [[nodiscard]] static QList<Member> members(DemoStores::Store store);
    // Adds the members to a migrated database; run it inside the seeding transaction.
    [[nodiscard]] static Result<void> seed(const Database &database, DemoStores::Store store);
};

} // namespace omnitill
