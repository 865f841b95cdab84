#pragma once

#include "Receipt.h"
#include "StoreProfile.h"

#include <QCoreApplication>

namespace omnitill {

// A made-up receipt with the store's own head and foot (name, address, the manager's header and footer lines,
// the logo): what the settings page shows while a manager edits them, before any real sale prints with them.
// Its one item and payment are invented and never reach the journal.
class ReceiptSample
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptSample)

public:
    [[nodiscard]] static Receipt of(const StoreProfile &profile, const QImage &logo, const QDateTime &now);
};

} // namespace omnitill
