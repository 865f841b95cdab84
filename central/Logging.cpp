#include "Logging.h"

namespace omnitill::central {
Q_LOGGING_CATEGORY(lcCentral, "omnitill.central")
} // namespace omnitill::central
