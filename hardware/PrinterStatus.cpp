#include "PrinterStatus.h"

namespace omnitill {

namespace {
constexpr unsigned char fixedMask = 0x93; // bits 0, 1, 4, 7
constexpr unsigned char fixedBits = 0x12; // bit 1 and bit 4 set, bit 0 and bit 7 clear

constexpr bool bit(unsigned char byte, int n)
{
    return (byte >> n) & 1;
}
constexpr unsigned char flag(bool on, int n)
{
    return on ? (1u << n) : 0;
}
} // namespace

QByteArray PrinterStatus::request(Request request)
{
    return QByteArray("\x10\x04", 2) + char(int(request));
}

QByteArray PrinterStatus::requestAll()
{
    return request(Request::Printer) + request(Request::OfflineCause) + request(Request::ErrorCause) +
           request(Request::PaperSensor);
}

Result<PrinterStatus> PrinterStatus::fromReplies(const QByteArray &replies)
{
    if (replies.size() != 4)
        return Error{tr("The printer answered the status request with %1 bytes instead of 4.").arg(replies.size())};
    PrinterStatus status;
    for (int n = 0; n < 4; ++n) {
        if (auto ok = status.read(Request(n + 1), uchar(replies.at(n))); !ok)
            return Error{ok.error()};
    }
    return status;
}

Result<void> PrinterStatus::read(Request request, unsigned char reply)
{
    if ((reply & fixedMask) != fixedBits)
        return Error{tr("The printer sent 0x%1, which is not a status reply.").arg(reply, 2, 16, QLatin1Char('0'))};
    switch (request) {
    case Request::Printer:
        drawerSensorHigh = bit(reply, 2);
        offline = bit(reply, 3);
        paperFeedButton = bit(reply, 6);
        break;
    case Request::OfflineCause:
        coverOpen = bit(reply, 2);
        paperFeedButton = paperFeedButton || bit(reply, 3);
        stoppedForPaperEnd = bit(reply, 5);
        errorOccurred = bit(reply, 6);
        break;
    case Request::ErrorCause:
        cutterError = bit(reply, 3);
        unrecoverableError = bit(reply, 5);
        autoRecoverableError = bit(reply, 6);
        break;
    case Request::PaperSensor:
        // Two sensor bits each (2,3 near end; 5,6 end); printers with one sensor set one of the pair.
        paperNearEnd = bit(reply, 2) || bit(reply, 3);
        paperOut = bit(reply, 5) || bit(reply, 6);
        break;
    }
    return {};
}

unsigned char PrinterStatus::reply(Request request) const
{
    switch (request) {
    case Request::Printer:
        return fixedBits | flag(drawerSensorHigh, 2) | flag(offline, 3) | flag(paperFeedButton, 6);
    case Request::OfflineCause:
        return fixedBits | flag(coverOpen, 2) | flag(stoppedForPaperEnd, 5) | flag(errorOccurred, 6);
    case Request::ErrorCause:
        return fixedBits | flag(cutterError, 3) | flag(unrecoverableError, 5) | flag(autoRecoverableError, 6);
    case Request::PaperSensor:
        return fixedBits | (paperNearEnd ? 0x0C : 0) | (paperOut ? 0x60 : 0);
    }
    return fixedBits;
}

bool PrinterStatus::readyToPrint() const
{
    return !offline && !coverOpen && !paperOut && !stoppedForPaperEnd && !cutterError && !unrecoverableError &&
           !errorOccurred;
}

QString PrinterStatus::message() const
{
    if (unrecoverableError)
        return tr("The printer has a fault it cannot recover from: switch it off and on again; the receipt will "
                  "print again.");
    if (coverOpen)
        return tr("The printer cover is open: close it; the receipt will print again.");
    if (paperOut || stoppedForPaperEnd)
        return tr("The printer is out of paper: load paper; the receipt will print again.");
    if (cutterError)
        return tr("The printer's cutter is stuck: open the cover, free the paper and close it; the receipt will "
                  "print again.");
    if (errorOccurred || autoRecoverableError)
        return tr("The printer stopped with an error: wait a moment; the receipt will print again.");
    if (offline)
        return tr("The printer is offline: check its power and cable; the receipt will print again.");
    if (paperNearEnd)
        return tr("The printer's paper is running low: have a new roll ready.");
    return {};
}

} // namespace omnitill
