#include "PermissionGate.h"

namespace omnitill {

QJsonObject staffAndShift(const PermissionGate *gate, const std::function<std::optional<qint64>()> &openShiftId)
{
    QJsonObject fields;
    if (gate)
        fields.insert(QLatin1String("staff"), gate->actingStaffNumber());
    if (openShiftId) {
        if (const auto shift = openShiftId())
            fields.insert(QLatin1String("shift"), *shift);
    }
    return fields;
}

} // namespace omnitill
