#include "HardwareLog.h"

Q_LOGGING_CATEGORY(lcPrinter, "omnitill.printer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScanner, "omnitill.scanner", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDevices, "omnitill.devices", QtInfoMsg)
