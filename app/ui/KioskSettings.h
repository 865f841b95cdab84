#pragma once

#include <QStringList>

namespace omnitill {

class StoreSettings;

// How a self-service kiosk behaves, from the store settings (kiosk.*): the unlabelled items shoppers pick
// from pictures and the age-restricted ones staff must see sold (comma-separated SKUs), how long an
// untouched basket waits before a warning and then a reset, how long the goodbye stays, and how many
// refused scans in a row call staff. Missing or unreadable numbers keep their defaults.
struct KioskSettings
{
    QStringList pickSkus;
    QStringList ageRestrictedSkus;
    int idleSeconds = 60;
    int warningSeconds = 20;
    int goodbyeSeconds = 8;
    int refusedScansBeforeHelp = 3;

    [[nodiscard]] static KioskSettings load(const StoreSettings &settings);
};

} // namespace omnitill
