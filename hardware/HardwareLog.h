#pragma once

#include <QLoggingCategory>

// One logging category per device module: omnitill.printer and omnitill.scanner.
Q_DECLARE_LOGGING_CATEGORY(lcPrinter)
Q_DECLARE_LOGGING_CATEGORY(lcScanner)
