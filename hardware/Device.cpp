#include "Device.h"

#include "HardwareLog.h"

namespace omnitill {

Device::Device(DeviceSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
}

QString Device::stateName(State state)
{
    switch (state) {
    case State::Closed:
        return tr("closed");
    case State::Open:
        return tr("open");
    case State::Claimed:
        return tr("claimed");
    case State::Enabled:
        return tr("enabled");
    }
    return {};
}

QString Device::displayName() const
{
    return QStringLiteral("%1 (%2 %3)").arg(m_settings.id, m_settings.family, m_settings.model);
}

Result<void> Device::step(State from, State to, const std::function<Result<void>()> &action)
{
    if (m_state != from)
        return Error{
            tr("The device %1 is %2; it must be %3 first.").arg(displayName(), stateName(m_state), stateName(from))};
    if (auto done = action(); !done) {
        m_lastError = done.error();
        qCWarning(lcDevices) << displayName() << done.error();
        Q_EMIT errorOccurred(done.error());
        return done;
    }
    setState(to);
    return {};
}

Result<void> Device::open()
{
    if (m_settings.address.isEmpty())
        return Error{tr("The device %1 has no address in the device configuration.").arg(displayName())};
    return step(State::Closed, State::Open, [this] { return openDevice(); });
}

Result<void> Device::claim()
{
    auto claimed = step(State::Open, State::Claimed, [this] { return claimDevice(); });
    if (claimed)
        m_lastError.clear();
    return claimed;
}

Result<void> Device::enable()
{
    return step(State::Claimed, State::Enabled, [this] { return enableDevice(); });
}

Result<void> Device::disable()
{
    return step(State::Enabled, State::Claimed, [this] {
        disableDevice();
        return Result<void>();
    });
}

Result<void> Device::release()
{
    return step(State::Claimed, State::Open, [this] {
        releaseDevice();
        return Result<void>();
    });
}

void Device::releaseHardware()
{
    if (m_state == State::Enabled)
        disableDevice();
    if (m_state == State::Enabled || m_state == State::Claimed)
        releaseDevice();
}

void Device::close()
{
    releaseHardware();
    setState(State::Closed);
}

Result<void> Device::start()
{
    if (m_state == State::Closed) {
        if (auto opened = open(); !opened)
            return opened;
    }
    if (m_state == State::Open) {
        if (auto claimed = claim(); !claimed)
            return claimed;
    }
    if (m_state == State::Claimed)
        return enable();
    return {};
}

void Device::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void Device::fail(const QString &reason)
{
    m_lastError = reason;
    qCWarning(lcDevices) << displayName() << "failed:" << reason;
    releaseHardware();
    if (m_state != State::Closed)
        setState(State::Open);
    Q_EMIT errorOccurred(reason);
}

void Device::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace omnitill
