#include "EscPosPrinter.h"

#include "EscPosEncoder.h"
#include "PrinterConnection.h"

namespace omnitill {

EscPosPrinter::EscPosPrinter(DeviceSettings settings, PrinterProfile profile)
    : PosPrinter(std::move(settings))
    , m_profile(std::move(profile))
{
}

EscPosPrinter::~EscPosPrinter() = default;

Result<void> EscPosPrinter::claimDevice()
{
    auto opened = PrinterConnection::open(settings().address, m_profile);
    if (!opened)
        return Error{opened.error()};
    m_transport = std::move(opened).value();
    return {};
}

Result<void> EscPosPrinter::enableDevice()
{
    // A printer that cannot say how it is (a file, a unidirectional cable) is still usable.
    auto status = PrinterConnection::queryStatus(*m_transport);
    setStatus(status ? (status->message().isEmpty() ? tr("ready") : status->message()) : tr("status unknown"));
    return {};
}

void EscPosPrinter::releaseDevice()
{
    m_transport.reset();
}

Result<void> EscPosPrinter::requireEnabled() const
{
    if (state() != State::Enabled)
        return Error{tr("The printer %1 is not enabled (it is %2).").arg(settings().id, stateName(state()))};
    return {};
}

Result<void> EscPosPrinter::print(const QByteArray &bytes)
{
    if (auto enabled = requireEnabled(); !enabled)
        return enabled;
    if (auto sent = PrinterConnection::send(*m_transport, bytes); !sent) {
        fail(sent.error());
        return sent;
    }
    return {};
}

Result<PrinterStatus> EscPosPrinter::readStatus()
{
    if (auto enabled = requireEnabled(); !enabled)
        return Error{enabled.error()};
    auto status = PrinterConnection::queryStatus(*m_transport);
    if (!status) {
        fail(status.error());
        return status;
    }
    setStatus(status->message().isEmpty() ? tr("ready") : status->message());
    return status;
}

Result<void> EscPosPrinter::openDrawer()
{
    EscPosEncoder encoder(m_profile);
    if (auto kick = encoder.kickDrawer(); !kick)
        return kick;
    return print(encoder.bytes());
}

} // namespace omnitill
