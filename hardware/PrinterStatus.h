#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace omnitill {

// What a receipt printer says about itself in its replies to DLE EOT n (real-time status, n = 1..4,
// one byte each; Epson TM-T88/TM-U220, Bixolon SRP-350 agree). Every reply byte has bit 1 and bit 4
// set and bit 0 and bit 7 clear, so a byte that is not a status reply is refused rather than misread.
// message() is what the till shows the cashier.
struct PrinterStatus
{
    Q_DECLARE_TR_FUNCTIONS(PrinterStatus)

public:
    enum class Request { Printer = 1, OfflineCause = 2, ErrorCause = 3, PaperSensor = 4 };

    bool offline = false;
    bool drawerSensorHigh = false; // connector pin 3; whether HIGH means open depends on the drawer
    bool coverOpen = false;
    bool paperFeedButton = false;
    bool stoppedForPaperEnd = false;
    bool errorOccurred = false;
    bool cutterError = false;
    bool unrecoverableError = false;
    bool autoRecoverableError = false;
    bool paperNearEnd = false;
    bool paperOut = false;

    friend bool operator==(const PrinterStatus &, const PrinterStatus &) = default;

    // DLE EOT n: 10 04 n.
    static QByteArray request(Request request);
    // All four requests in order; the printer answers with four bytes in the same order.
    static QByteArray requestAll();
    // Reads the answers to requestAll(), in order.
    [[nodiscard]] static Result<PrinterStatus> fromReplies(const QByteArray &replies);
    // Reads one reply into this status.
    [[nodiscard]] Result<void> read(Request request, unsigned char reply);
    // The byte a printer in this state answers to request (what the virtual printer sends).
    unsigned char reply(Request request) const;

    // True when a receipt can be printed now (paper near its end still prints).
    bool readyToPrint() const;
    // The worst problem, in words a cashier can act on; empty when there is none.
    QString message() const;
};

} // namespace omnitill
