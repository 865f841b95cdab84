#include "PoleDisplay.h"

#include "PoleDisplaySimulator.h"
#include "PrinterConnection.h"

namespace omnitill {

PoleDisplay::PoleDisplay(DeviceSettings settings, PoleDisplayEncoder::CommandSet commandSet)
    : LineDisplay(std::move(settings))
    , m_encoder(commandSet)
{
}

PoleDisplay::~PoleDisplay() = default;

Result<void> PoleDisplay::claimDevice()
{
    if (settings().address == QLatin1String("simulator:")) {
        m_transport = std::make_unique<PoleDisplaySimulator>();
        return {};
    }
    auto opened = PrinterConnection::open(settings().address);
    if (!opened)
        return Error{opened.error()};
    m_transport = std::move(opened).value();
    return {};
}

Result<void> PoleDisplay::enableDevice()
{
    if (auto reset = PrinterConnection::send(*m_transport, m_encoder.initialize() + m_encoder.clear()); !reset)
        return reset;
    setStatus(tr("ready"));
    return {};
}

void PoleDisplay::releaseDevice()
{
    m_transport.reset();
}

Result<void> PoleDisplay::send(const QByteArray &bytes)
{
    if (state() != State::Enabled)
        return Error{tr("The display %1 is not enabled (it is %2).").arg(settings().id, stateName(state()))};
    if (auto sent = PrinterConnection::send(*m_transport, bytes); !sent) {
        fail(sent.error());
        return sent;
    }
    return {};
}

Result<void> PoleDisplay::showLines(const QString &top, const QString &bottom)
{
    return send(m_encoder.showLines(top, bottom));
}

Result<void> PoleDisplay::clearText()
{
    return send(m_encoder.clear());
}

} // namespace omnitill
