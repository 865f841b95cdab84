#include "SalesSummary.h"

#include "HandoverLog.h"
#include "RestockLog.h"
#include "StoreQuery.h"

#include <QHash>
#include <QTimeZone>
#include <algorithm>
#include <limits>

namespace omnitill {

namespace {

qint64 sumOf(const QList<SummaryRow> &rows, qint64 SummaryRow::*field)
{
    qint64 sum = 0;
    for (const SummaryRow &row : rows)
        sum += row.*field;
    return sum;
}

// The local hour a UTC quarter hour ('2026-11-26T03:45') falls in. A year has 35,000 slots: the offset is looked up
// once per UTC day, and per slot only on a day whose offset changes (a daylight saving switch).
class LocalHours
{
public:
    int of(const QString &slot)
    {
        const QString day = slot.left(10);
        auto known = m_offsets.constFind(day);
        if (known == m_offsets.cend())
            known = m_offsets.insert(day, steadyOffset(day));
        const int minutes = slot.mid(11, 2).toInt() * 60 + slot.mid(14, 2).toInt();
        if (*known != changing)
            return ((minutes + *known / 60) % 1440 + 1440) % 1440 / 60;
        return QDateTime(QDate::fromString(day, Qt::ISODate), QTime(0, 0).addSecs(minutes * 60), QTimeZone::utc())
            .toLocalTime()
            .time()
            .hour();
    }

private:
    static constexpr int changing = std::numeric_limits<int>::min();

    static int steadyOffset(const QString &day)
    {
        const QDateTime start(QDate::fromString(day, Qt::ISODate), QTime(0, 0), QTimeZone::utc());
        const int first = start.toLocalTime().offsetFromUtc();
        return start.addSecs(24 * 3600 - 1).toLocalTime().offsetFromUtc() == first ? first : changing;
    }

    QHash<QString, int> m_offsets;
};

} // namespace

qint64 SalesFigures::couponUses() const
{
    return sumOf(coupons, &SummaryRow::count);
}

qint64 SalesFigures::couponSavingMinor() const
{
    return sumOf(coupons, &SummaryRow::amountMinor);
}

SalesSummary::SalesSummary(const Database &database)
    : m_database(database)
{
}

QString SalesSummary::slotOf(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QTime start(utc.time().hour(), utc.time().minute() / 15 * 15);
    return QDateTime(utc.date(), start, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

Result<SalesFigures> SalesSummary::figures(const QDateTime &from, const QDateTime &until, int topItems) const
{
    const QVariantList bounds{slotOf(from), slotOf(until)};
    SalesFigures figures;
    if (auto read = readRecords(figures, bounds); !read)
        return Error{read.error()};

    const auto rows = [&](const QString &sql, QList<SummaryRow> &into, const QVariantList &values) -> Result<void> {
        auto read = readRows(sql, values);
        if (!read)
            return Error{read.error()};
        into = std::move(read).value();
        return {};
    };
    const QString tenders = QStringLiteral(
        "SELECT method, sum(uses), 0, sum(amount_minor) FROM summary_tenders WHERE slot >= ? AND slot < ? "
        "AND kind = ? GROUP BY method ORDER BY 4 DESC, 1");
    for (auto read : {rows(tenders, figures.tenders, bounds + QVariantList{QStringLiteral("sale")}),
                      rows(tenders, figures.refunds, bounds + QVariantList{QStringLiteral("return")}),
                      rows(QStringLiteral("SELECT staff, sum(records), 0, sum(total_minor) FROM summary_records "
                                          "WHERE slot >= ? AND slot < ? AND kind = 'sale' GROUP BY staff "
                                          "ORDER BY 4 DESC, 1"),
                           figures.cashiers, bounds),
                      rows(QStringLiteral("SELECT sku, 0, sum(quantity), sum(amount_minor) FROM summary_items "
                                          "WHERE slot >= ? AND slot < ? GROUP BY sku ORDER BY 4 DESC, 1 LIMIT ?"),
                           figures.topItems, bounds + QVariantList{topItems}),
                      rows(QStringLiteral("SELECT code, sum(uses), 0, sum(saving_minor) FROM summary_coupons "
                                          "WHERE slot >= ? AND slot < ? GROUP BY code ORDER BY 4 DESC, 1"),
                           figures.coupons, bounds)}) {
        if (!read)
            return Error{read.error()};
    }

    const auto handovers = HandoverLog(m_database).between(from, until);
    if (!handovers)
        return Error{handovers.error()};
    figures.pickups = handovers->pickups;
    figures.pickupUnits = handovers->units;
    const auto restocks = RestockLog(m_database).between(from, until);
    if (!restocks)
        return Error{restocks.error()};
    figures.onlineReturns = restocks->returns;
    figures.onlineReturnUnits = restocks->units;
    return figures;
}

Result<void> SalesSummary::readRecords(SalesFigures &figures, const QVariantList &bounds) const
{
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT slot, kind, sum(records), sum(total_minor) FROM summary_records "
                                         "WHERE slot >= ? AND slot < ? GROUP BY slot, kind"),
                          bounds);
    if (!query)
        return Error{tr("The sales figures could not be read: %1").arg(query.error())};
    LocalHours localHours;
    while (query->next()) {
        const QString kind = query->value(1).toString();
        const qint64 records = query->value(2).toLongLong();
        const qint64 total = query->value(3).toLongLong();
        if (kind == QLatin1String("sale")) {
            figures.sales += records;
            figures.salesMinor += total;
            const int hour = localHours.of(query->value(0).toString());
            figures.hourSales[hour] += records;
            figures.hourSalesMinor[hour] += total;
        } else if (kind == QLatin1String("return")) {
            figures.returns += records;
            figures.returnsMinor -= total;
        } else if (kind == QLatin1String("voided")) {
            figures.voids += records;
        }
    }
    return {};
}

Result<QList<SummaryRow>> SalesSummary::readRows(const QString &sql, const QVariantList &values) const
{
    auto query = runQuery(m_database, sql, values);
    if (!query)
        return Error{tr("The sales figures could not be read: %1").arg(query.error())};
    QList<SummaryRow> rows;
    while (query->next()) {
        rows.append({query->value(0).toString(), query->value(1).toLongLong(), query->value(2).toLongLong(),
                     query->value(3).toLongLong()});
    }
    return rows;
}

} // namespace omnitill
