#pragma once

#include "Promotion.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace omnitill {

class Database;

// The store's automatic promotions in the store database, as domain values. The till loads them once at
// start (and again when the central store sends new ones) into a PromotionEngine; pricing never reads
// the database.
//
// A promotion the domain would refuse (Promotion::validate) is refused on the way in and skipped, with a
// log line, on the way out, so a bad row cannot change prices.
class PromotionRepository
{
    Q_DECLARE_TR_FUNCTIONS(PromotionRepository)

public:
    explicit PromotionRepository(const Database &database);

    // The enabled promotions that have not ended before `today` (the store's local date), by id. Their
    // windows are still checked at pricing time: a happy hour is loaded in the morning.
    [[nodiscard]] Result<QList<Promotion>> loadActive(const QDate &today) const;

    // Inserts the promotion, or replaces the one with the same id, targets included. Many writes belong
    // inside one Transaction: alone, each is a durable commit.
    [[nodiscard]] Result<void> put(const Promotion &promotion, bool enabled = true);

private:
    QSqlDatabase m_connection;
};

} // namespace omnitill
