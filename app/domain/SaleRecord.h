#pragma once

#include "Sale.h"

#include <QJsonObject>

namespace omnitill {

// The canonical record of a finished sale: what the journal stores and hashes, what the central store
// receives, what a reprint renders. Every amount is in minor units as an integer; keys are sorted by
// QJsonObject, so the compact form is canonical and the same sale always hashes the same.
[[nodiscard]] QJsonObject saleRecord(const Sale &sale);

} // namespace omnitill
