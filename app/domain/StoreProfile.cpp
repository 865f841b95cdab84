#include "StoreProfile.h"

namespace omnitill {

std::optional<TaxClass> StoreProfile::taxClass(const QString &code) const
{
    for (const TaxClass &taxClass : taxClasses) {
        if (taxClass.code == code)
            return taxClass;
    }
    return std::nullopt;
}

} // namespace omnitill
