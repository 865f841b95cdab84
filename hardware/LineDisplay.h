#pragma once

#include "Device.h"

namespace omnitill {

// The customer display category (UnifiedPOS LineDisplay): a pole display of a few short lines. The
// text is what the family can show of it (pole displays have no Hangul; see PoleDisplayEncoder).
class LineDisplay : public Device
{
    Q_OBJECT

public:
    using Device::Device;

    virtual int columns() const = 0;
    [[nodiscard]] virtual Result<void> showLines(const QString &top, const QString &bottom) = 0;
    [[nodiscard]] virtual Result<void> clearText() = 0;
};

} // namespace omnitill
