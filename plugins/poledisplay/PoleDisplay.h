#pragma once

#include "LineDisplay.h"
#include "PoleDisplayEncoder.h"

#include <QIODevice>
#include <memory>

namespace omnitill {

// A 2×20 customer pole display, in the Epson or CD5220 command set (the model), on a serial line or a
// network address, or "simulator:" for the in-process PoleDisplaySimulator. enable() resets it and
// clears it, so a display left with the last customer's total is blank for the next one.
class PoleDisplay : public LineDisplay
{
    Q_OBJECT

public:
    PoleDisplay(DeviceSettings settings, PoleDisplayEncoder::CommandSet commandSet);
    ~PoleDisplay() override;

    int columns() const override { return PoleDisplayEncoder::columns; }
    [[nodiscard]] Result<void> showLines(const QString &top, const QString &bottom) override;
    [[nodiscard]] Result<void> clearText() override;

protected:
    Result<void> claimDevice() override;
    Result<void> enableDevice() override;
    void releaseDevice() override;

private:
    Result<void> send(const QByteArray &bytes);

    PoleDisplayEncoder m_encoder;
    std::unique_ptr<QIODevice> m_transport;
};

} // namespace omnitill
