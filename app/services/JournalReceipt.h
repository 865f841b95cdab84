#pragma once

#include "Receipt.h"
#include "SaleJournal.h"

#include <QCoreApplication>

namespace omnitill {

// The receipt of a journaled sale, read from its journal record rather than from the sale on screen:
// what prints, now or reprinted years later, is exactly what was journaled and hashed. The store's name,
// address and footer, and the tax classes' names, come from the store profile as it is now.
// Promotions print as one saving per line, since the record keeps the amounts (and promotion ids), not
// the names the promotions had then.
class JournalReceipt
{
    Q_DECLARE_TR_FUNCTIONS(JournalReceipt)

public:
    [[nodiscard]] static Result<Receipt> fromEntry(const JournalEntry &entry, const StoreProfile &profile,
                                                   Receipt::Kind kind = Receipt::Kind::Original);
};

} // namespace omnitill
