#include "DashboardViewModel.h"

#include "CatalogRepository.h"
#include "Money.h"
#include "ReportText.h"
#include "StaffRepository.h"
#include "StoreReader.h"

#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace omnitill {

namespace {

QDateTime startOf(QDate day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::systemTimeZone());
}

// A period's figures and those of the same days a week before.
using NowAndBefore = std::pair<SalesFigures, SalesFigures>;

const QList<QByteArray> tableRoles{"label", "count", "quantity", "amount", "amountText", "share"};

} // namespace

DashboardViewModel::DashboardViewModel(const Database &database, StoreReader &reader, CatalogRepository &catalog,
                                       StoreProfile profile, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_reader(reader)
    , m_lane(reader.newLane())
    , m_catalog(catalog)
    , m_profile(std::move(profile))
    , m_language(m_profile.language)
    , m_tenders(tableRoles)
    , m_cashiers(tableRoles)
    , m_topItems(tableRoles)
    , m_coupons(tableRoles)
{
}

void DashboardViewModel::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_from.isValid())
        return;
    fillTables(); // the names of items and cashiers; the figures stay
    Q_EMIT figuresChanged();
}

QDate DashboardViewModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void DashboardViewModel::showToday()
{
    show(today(), today());
}

void DashboardViewModel::showYesterday()
{
    show(today().addDays(-1), today().addDays(-1));
}

void DashboardViewModel::showThisWeek()
{
    show(today().addDays(1 - today().dayOfWeek()), today()); // weeks start on Monday (ISO 8601, Korea)
}

void DashboardViewModel::showThisMonth()
{
    show(QDate(today().year(), today().month(), 1), today());
}

bool DashboardViewModel::showPeriod(const QString &fromDay, const QString &untilDay)
{
    const QDate from = QDate::fromString(fromDay.trimmed(), Qt::ISODate);
    const QDate until = QDate::fromString(untilDay.trimmed(), Qt::ISODate);
    if (!from.isValid() || !until.isValid()) {
        setMessage(tr("Give both days as year-month-day, e.g. %1").arg(today().toString(Qt::ISODate)));
        return false;
    }
    if (until < from) {
        setMessage(tr("The period ends before it starts"));
        return false;
    }
    show(from, until);
    return true;
}

void DashboardViewModel::refresh()
{
    if (!m_from.isValid())
        m_from = m_until = today();
    show(m_from, m_until);
}

void DashboardViewModel::show(QDate from, QDate until)
{
    setReading(true);
    m_reader.read(
        m_lane,
        [from, until](const Database &database) -> Result<NowAndBefore> {
            const SalesSummary summary(database);
            auto now = summary.figures(startOf(from), startOf(until.addDays(1)));
            if (!now)
                return Error{now.error()};
            auto before = summary.figures(startOf(from.addDays(-7)), startOf(until.addDays(-6)));
            if (!before)
                return Error{before.error()};
            return NowAndBefore{std::move(*now), std::move(*before)};
        },
        [this, from, until](const Result<NowAndBefore> &figures) {
            setReading(false);
            if (!figures) {
                setMessage(figures.error());
                return;
            }
            m_from = from;
            m_until = until;
            m_figures = figures->first;
            m_previous = figures->second;
            fillTables();
            setMessage({});
            Q_EMIT figuresChanged();
        });
}

void DashboardViewModel::setReading(bool reading)
{
    if (m_reading == reading)
        return;
    m_reading = reading;
    Q_EMIT readingChanged();
}

void DashboardViewModel::fillTables()
{
    const QLocale locale(m_profile.localeName);
    const auto rows = [&](const QList<SummaryRow> &from, const auto &label) {
        qint64 largest = 0;
        for (const SummaryRow &row : from)
            largest = std::max(largest, std::abs(row.amountMinor));
        QList<QVariantMap> rows;
        for (const SummaryRow &row : from) {
            const Money amount(row.amountMinor, m_profile.currency);
            rows.append(
                {{QStringLiteral("label"), label(row.key)},
                 {QStringLiteral("count"), row.count},
                 {QStringLiteral("quantity"), row.quantity % 1000 == 0
                                                  ? QString::number(row.quantity / 1000)
                                                  : QString::number(row.quantity / 1000.0, 'f', 3)},
                 {QStringLiteral("amount"), amount.toDecimalString()},
                 {QStringLiteral("amountText"), amount.format(locale)},
                 {QStringLiteral("share"), largest == 0 ? 0.0 : double(std::abs(row.amountMinor)) / double(largest)}});
        }
        return rows;
    };
    m_tenders.setRows(rows(m_figures.tenders, [](const QString &code) { return ReportText::tenderName(code); }));
    const StaffRepository staff(m_database);
    m_cashiers.setRows(rows(m_figures.cashiers, [&staff](const QString &number) {
        if (number.isEmpty())
            return tr("Nobody signed in");
        const auto member = staff.find(number);
        return member && member->has_value() ? QStringLiteral("%1 (%2)").arg((*member)->name, number) : number;
    }));
    m_topItems.setRows(rows(m_figures.topItems, [this](const QString &sku) { return itemLabel(sku); }));
    m_coupons.setRows(rows(m_figures.coupons, [](const QString &code) { return code; }));
}

QString DashboardViewModel::itemLabel(const QString &sku)
{
    const auto product = m_catalog.findBySku(sku);
    return product ? product->name(m_language) : sku;
}

QString DashboardViewModel::money(qint64 minor) const
{
    return Money(minor, m_profile.currency).format(QLocale(m_profile.localeName));
}

QString DashboardViewModel::periodTitle() const
{
    const QLocale locale(m_profile.localeName);
    if (m_from == m_until)
        return locale.toString(m_from, QLocale::LongFormat);
    return tr("%1 to %2")
        .arg(locale.toString(m_from, QLocale::ShortFormat), locale.toString(m_until, QLocale::ShortFormat));
}

QString DashboardViewModel::comparisonTitle() const
{
    const QLocale locale(m_profile.localeName);
    const QDate from = m_from.addDays(-7);
    const QDate until = m_until.addDays(-7);
    return from == until
               ? tr("Compared with %1").arg(locale.toString(from, QLocale::LongFormat))
               : tr("Compared with %1 to %2")
                     .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(until, QLocale::ShortFormat));
}

QVariantList DashboardViewModel::tiles() const
{
    const QLocale locale(m_profile.localeName);
    // higherIsBetter: more sales is good news, more returns is not.
    const auto tile = [&](const QString &title, qint64 now, qint64 before, const QString &nowText,
                          const QString &beforeText, bool higherIsBetter) {
        QString change;
        bool better = false;
        if (before != 0 && now != before) {
            const double percent = std::round(double(now - before) * 100.0 / double(std::abs(before)));
            change =
                (percent > 0 ? QStringLiteral("+") : QString()) + locale.toString(qint64(percent)) + QLatin1Char('%');
            better = (now > before) == higherIsBetter;
        }
        return QVariantMap{{QStringLiteral("title"), title},
                           {QStringLiteral("value"), nowText},
                           {QStringLiteral("previous"), tr("Week before: %1").arg(beforeText)},
                           {QStringLiteral("change"), change},
                           {QStringLiteral("better"), better}};
    };
    const auto count = [&](qint64 n) { return locale.toString(n); };
    const SalesFigures &a = m_figures;
    const SalesFigures &b = m_previous;
    return {
        tile(tr("Sales"), a.salesMinor, b.salesMinor, money(a.salesMinor), money(b.salesMinor), true),
        tile(tr("Receipts"), a.sales, b.sales, count(a.sales), count(b.sales), true),
        tile(tr("Average basket"), a.averageBasketMinor(), b.averageBasketMinor(), money(a.averageBasketMinor()),
             money(b.averageBasketMinor()), true),
        tile(tr("Returns"), a.returnsMinor, b.returnsMinor, tr("%1 (%2)").arg(money(a.returnsMinor), count(a.returns)),
             money(b.returnsMinor), false),
        tile(tr("Coupons redeemed"), a.couponUses(), b.couponUses(),
             tr("%1, saved %2").arg(count(a.couponUses()), money(a.couponSavingMinor())), count(b.couponUses()), true),
        tile(tr("Online pickups here"), a.pickups, b.pickups,
             tr("%1 (%2 items)").arg(count(a.pickups), count(a.pickupUnits)), count(b.pickups), true),
        tile(tr("Online returns here"), a.onlineReturns, b.onlineReturns,
             tr("%1 (%2 items)").arg(count(a.onlineReturns), count(a.onlineReturnUnits)), count(b.onlineReturns),
             false),
    };
}

QVariantList DashboardViewModel::hours() const
{
    qint64 busiest = 0;
    for (int hour = 0; hour < 24; ++hour)
        busiest = std::max({busiest, m_figures.hourSalesMinor[hour], m_previous.hourSalesMinor[hour]});
    const auto share = [busiest](qint64 amount) {
        return busiest <= 0 ? 0.0 : double(std::max<qint64>(amount, 0)) / double(busiest);
    };
    QVariantList hours;
    for (int hour = 0; hour < 24; ++hour) {
        hours.append(QVariantMap{{QStringLiteral("hour"), hour},
                                 {QStringLiteral("label"), QString::number(hour)},
                                 {QStringLiteral("amountText"), money(m_figures.hourSalesMinor[hour])},
                                 {QStringLiteral("sales"), m_figures.hourSales[hour]},
                                 {QStringLiteral("share"), share(m_figures.hourSalesMinor[hour])},
                                 {QStringLiteral("previousShare"), share(m_previous.hourSalesMinor[hour])}});
    }
    return hours;
}

QString DashboardViewModel::reportText() const
{
    QStringList lines{periodTitle(), comparisonTitle(), QString()};
    for (const QVariant &value : tiles()) {
        const QVariantMap tile = value.toMap();
        lines.append(
            QStringLiteral("%1: %2  %3  %4")
                .arg(tile.value(QStringLiteral("title")).toString(), tile.value(QStringLiteral("value")).toString(),
                     tile.value(QStringLiteral("change")).toString(), tile.value(QStringLiteral("previous")).toString())
                .trimmed());
    }
    const auto table = [&lines](const QString &title, const RowListModel &model) {
        lines.append(QString());
        lines.append(title);
        for (int row = 0; row < model.count(); ++row) {
            lines.append(QStringLiteral("  %1  %2  %3")
                             .arg(model.value(row, "label").toString(), model.value(row, "count").toString(),
                                  model.value(row, "amountText").toString()));
        }
    };
    table(tr("By tender"), m_tenders);
    table(tr("By cashier"), m_cashiers);
    table(tr("Top items"), m_topItems);
    table(tr("Coupons"), m_coupons);
    lines.append(QString());
    lines.append(tr("Sales by hour"));
    for (int hour = 0; hour < 24; ++hour) {
        if (m_figures.hourSales[hour] > 0)
            lines.append(QStringLiteral("  %1:00  %2  %3")
                             .arg(hour, 2, 10, QLatin1Char('0'))
                             .arg(m_figures.hourSales[hour])
                             .arg(money(m_figures.hourSalesMinor[hour])));
    }
    return lines.join(QLatin1Char('\n'));
}

void DashboardViewModel::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace omnitill
