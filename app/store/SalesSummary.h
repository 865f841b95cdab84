#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <array>

namespace omnitill {

class Database;

// One line of a breakdown: a tender method, a cashier's staff number, an item's SKU or a coupon's code.
struct SummaryRow
{
    QString key;
    qint64 count = 0;       // sales, uses
    qint64 quantity = 0;    // items only: thousandths (a kilogram is 1000)
    qint64 amountMinor = 0; // taken, refunded, paid for the item, saved by the coupon
};

// What the store did in a period, as the manager's dashboard shows it. Money in minor units.
struct SalesFigures
{
    qint64 sales = 0; // completed sales
    qint64 salesMinor = 0;
    qint64 returns = 0;
    qint64 returnsMinor = 0; // what went back, as a positive amount
    qint64 voids = 0;
    std::array<qint64, 24> hourSales{}; // by the local hour the sale was completed in
    std::array<qint64, 24> hourSalesMinor{};
    QList<SummaryRow> tenders;  // taken, cash net of change; largest first
    QList<SummaryRow> refunds;  // by method; largest first
    QList<SummaryRow> cashiers; // sales and their total by staff number; largest first
    QList<SummaryRow> topItems; // by amount paid; largest first
    QList<SummaryRow> coupons;  // by saving; largest first
    qint64 pickups = 0;         // online orders handed over here
    qint64 pickupUnits = 0;
    qint64 onlineReturns = 0; // online orders' returns taken here
    qint64 onlineReturnUnits = 0;

    [[nodiscard]] qint64 averageBasketMinor() const { return sales == 0 ? 0 : salesMinor / sales; }
    [[nodiscard]] qint64 couponUses() const;
    [[nodiscard]] qint64 couponSavingMinor() const;
};

// Reads a period's figures from the sums kept beside the journal (summary_* tables, till migration 0018) and the
// logs of hand-overs and restocks. The sums are kept per UTC quarter hour, so any period that starts and ends on
// a quarter hour (every local midnight and hour does) reads exactly; a bound inside a quarter hour is taken
// down to its start. Read-only; a month of a busy store is a few thousand rows.
class SalesSummary
{
    Q_DECLARE_TR_FUNCTIONS(SalesSummary)

public:
    explicit SalesSummary(const Database &database);

    // [from, until); the hours are those of the till's local time.
    [[nodiscard]] Result<SalesFigures> figures(const QDateTime &from, const QDateTime &until, int topItems = 10) const;

    // '2026-11-26T03:45': the UTC quarter hour the time falls in, as the summary tables key it.
    [[nodiscard]] static QString slotOf(const QDateTime &time);

private:
    [[nodiscard]] Result<void> readRecords(SalesFigures &figures, const QVariantList &bounds) const;
    [[nodiscard]] Result<QList<SummaryRow>> readRows(const QString &sql, const QVariantList &values) const;

    const Database &m_database;
};

} // namespace omnitill
