#pragma once

#include <QLoggingCategory>

namespace omnitill::central {
// The central store's logging category, "omnitill.central"; every class in central/ logs through it.
Q_DECLARE_LOGGING_CATEGORY(lcCentral)
} // namespace omnitill::central
