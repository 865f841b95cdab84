#pragma once

#include <QLoggingCategory>

// One logging category per device module: omnitill.printer, omnitill.scanner and omnitill.devices
// (the device model: configuration, plugins, enumerators, USB and serial transports).
Q_DECLARE_LOGGING_CATEGORY(lcPrinter)
Q_DECLARE_LOGGING_CATEGORY(lcScanner)
Q_DECLARE_LOGGING_CATEGORY(lcDevices)
