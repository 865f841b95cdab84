#include "DemoStaff.h"

#include "PinHasher.h"
#include "StaffPolicy.h"
#include "StaffRepository.h"
#include "StoreSettings.h"

namespace omnitill {

QList<DemoStaff::Member> DemoStaff::members(DemoStores::Store store)
{
    const bool seoul = store == DemoStores::Store::Seoul;
    return {
        {QStringLiteral("1001"), seoul ? QStringLiteral("김지은") : QStringLiteral("Jamie Park"),
         QStringLiteral("cashier"), QStringLiteral("1111"), QStringLiteral("40917731")},
        {QStringLiteral("2001"), seoul ? QStringLiteral("이준호") : QStringLiteral("Morgan Lee"),
         QStringLiteral("supervisor"), QStringLiteral("2222"), QStringLiteral("52806614")},
        {QStringLiteral("3001"), seoul ? QStringLiteral("박서연") : QStringLiteral("Taylor Choi"),
         QStringLiteral("manager"), QStringLiteral("3333"), QStringLiteral("63195548")},
    };
}

Result<void> DemoStaff::seed(const Database &database, DemoStores::Store store)
{
    const PinHasher hasher(StaffPolicy::load(StoreSettings(database)).pinHashIterations);
    StaffRepository staff(database);
    for (const Member &member : members(store)) {
        auto hash = hasher.hash(member.pin);
        if (!hash)
            return Error{hash.error()};
        auto cardHash = hasher.hashSecret(member.cardCode);
        if (!cardHash)
            return Error{cardHash.error()};
        StaffMember record;
        record.staffNumber = member.staffNumber;
        record.name = member.name;
        record.role.code = member.role;
        if (auto added = staff.add(record, *hash); !added)
            return added;
        if (auto carded = staff.setCardHash(member.staffNumber, *cardHash); !carded)
            return carded;
    }
    return {};
}

} // namespace omnitill
