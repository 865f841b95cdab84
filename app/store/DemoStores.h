#pragma once

#include "Promotion.h"
#include "Result.h"
#include "StoreProfile.h"

#include <QCoreApplication>

namespace omnitill {

class Database;

// The demo stores the till starts with when it has no store of its own: a fashion-and-lifestyle shop in
// Seoul (KRW, VAT included) and its US sibling (USD, sales tax added), which proves the model is not
// Korea-only. Their catalogs ship as CSV resources and go through the normal importer.
class DemoStores
{
    Q_DECLARE_TR_FUNCTIONS(DemoStores)

public:
    enum class Store { Seoul, UnitedStates };

    // "seoul" or "us".
    [[nodiscard]] static std::optional<Store> fromName(const QString &name);
    [[nodiscard]] static StoreProfile profile(Store store);
    [[nodiscard]] static QList<TaxClass> taxClasses(Store store);
    [[nodiscard]] static QStringList favouriteSkus(Store store);
    // The store's automatic promotions, on products of its demo catalog.
    [[nodiscard]] static QList<Promotion> promotions(Store store);
    // Writes the profile, tax classes, catalog, promotions and demo staff (DemoStaff) into a freshly migrated
    // database; the profile last, so a database counts as set up only when everything is in.
    [[nodiscard]] static Result<void> seed(const Database &database, Store store);
};

} // namespace omnitill
