#pragma once

#include "DeviceSettings.h"
#include "Result.h"

#include <QObject>
#include <functional>

namespace omnitill {

// What every till device is, whatever it does: the UnifiedPOS life cycle open → claim → enable, and
// back through disable → release → close. open() makes the device known (its address is valid),
// claim() takes the hardware for this till alone (opens the transport, detaches kernel drivers),
// enable() starts it working (a status read, a display cleared). Each step from the wrong state is
// refused with a reason, and a step that fails leaves the state where it was. A failure while the device
// is in use (unplugged, a write error) releases it, drops it back to Open and emits errorOccurred with
// a reason a person can act on; claiming it again is how it is recovered.
// Category interfaces (a printer, a line display) derive from this; concrete families live in plugins.
// Steps may block for a transport's timeouts: keep devices on a device thread, not the UI thread.
class Device : public QObject
{
    Q_OBJECT

public:
    enum class State { Closed, Open, Claimed, Enabled };
    Q_ENUM(State)

    explicit Device(DeviceSettings settings, QObject *parent = nullptr);

    const DeviceSettings &settings() const { return m_settings; }
    State state() const { return m_state; }
    // The last status in words ("ready", "out of paper"); empty before the device reported any.
    const QString &status() const { return m_status; }
    // The reason of the last failure, until the next successful claim.
    const QString &lastError() const { return m_lastError; }

    [[nodiscard]] Result<void> open();
    [[nodiscard]] Result<void> claim();
    [[nodiscard]] Result<void> enable();
    [[nodiscard]] Result<void> disable();
    [[nodiscard]] Result<void> release();
    // From any state: disables and releases as needed. Never fails.
    void close();
    // open, claim and enable, as far as the device already is.
    [[nodiscard]] Result<void> start();

    static QString stateName(State state);

Q_SIGNALS:
    void stateChanged(omnitill::Device::State state);
    void statusChanged(const QString &status);
    void errorOccurred(const QString &reason);

protected:
    virtual Result<void> openDevice() { return {}; }
    virtual Result<void> claimDevice() = 0;
    virtual Result<void> enableDevice() { return {}; }
    virtual void disableDevice() {}
    virtual void releaseDevice() = 0;

    void setStatus(const QString &status);
    // The device failed while claimed: release it, go back to Open and say why.
    void fail(const QString &reason);
    // The device as people see it in messages: "receipt (escpos-printer epson-tm-t88)".
    QString displayName() const;

private:
    [[nodiscard]] Result<void> step(State from, State to, const std::function<Result<void>()> &action);
    void setState(State state);
    // Disables and releases as far as the state says the device was taken; the state is left to the caller.
    void releaseHardware();

    DeviceSettings m_settings;
    State m_state = State::Closed;
    QString m_status;
    QString m_lastError;
};

} // namespace omnitill
