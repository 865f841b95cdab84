#include "HardwareLog.h"

Q_LOGGING_CATEGORY(lcPrinter, "omnitill.printer")
Q_LOGGING_CATEGORY(lcScanner, "omnitill.scanner")
