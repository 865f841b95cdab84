#pragma once

#include "Result.h"
#include "StoreProfile.h"

#include <QCoreApplication>

namespace omnitill {

class Database;

// The store's settings as key/value rows, and the StoreProfile they make. A database without them has
// not been set up for a store yet (first start); the demo seeder or, later, enrollment writes them.
class StoreSettings
{
    Q_DECLARE_TR_FUNCTIONS(StoreSettings)

public:
    explicit StoreSettings(const Database &database);

    [[nodiscard]] std::optional<QString> value(const QString &key) const;
    [[nodiscard]] Result<void> setValue(const QString &key, const QString &value);
    [[nodiscard]] bool isConfigured() const;
    // The products on the cashier's first page, by SKU, in order.
    [[nodiscard]] QStringList favouriteSkus() const;
    [[nodiscard]] Result<void> setFavouriteSkus(const QStringList &skus);

    // Tax classes live in the catalog's table; the caller passes them in.
    [[nodiscard]] Result<StoreProfile> loadProfile(const QList<TaxClass> &taxClasses) const;
    // Many writes: call it inside a Transaction so the profile is saved whole or not at all.
    [[nodiscard]] Result<void> saveProfile(const StoreProfile &profile);

private:
    const Database &m_database;
};

} // namespace omnitill
