#pragma once

#include "RowListModel.h"
#include "SalesSummary.h"
#include "StoreProfile.h"

#include <QDate>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class CatalogRepository;
class Database;
class StoreReader;

// The back office's dashboard: a period's sales, returns, average basket, coupons, and the online pickups and
// returns handled here, each beside the same days one week before (the same weekdays, which a store's trade
// follows); sales by local hour for the chart; tables by tender, cashier, top item and coupon. Periods are
// whole local days, from and until inclusive. Reads SalesSummary, so a month costs what a day does; off the screen's
// thread (a StoreReader), since a year still takes seconds, and a period chosen meanwhile stops the older read.
class DashboardViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its dashboard")
    Q_PROPERTY(QString fromDay READ fromDay NOTIFY figuresChanged)
    Q_PROPERTY(QString untilDay READ untilDay NOTIFY figuresChanged)
    Q_PROPERTY(QString periodTitle READ periodTitle NOTIFY figuresChanged)
    Q_PROPERTY(QString comparisonTitle READ comparisonTitle NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList tiles READ tiles NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList hours READ hours NOTIFY figuresChanged)
    Q_PROPERTY(RowListModel *tenders READ tenders CONSTANT)
    Q_PROPERTY(RowListModel *cashiers READ cashiers CONSTANT)
    Q_PROPERTY(RowListModel *topItems READ topItems CONSTANT)
    Q_PROPERTY(RowListModel *coupons READ coupons CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // A period's figures are being read; the figures shown are the last period's until they come.
    Q_PROPERTY(bool reading READ reading NOTIFY readingChanged)

public:
    DashboardViewModel(const Database &database, StoreReader &reader, CatalogRepository &catalog,
                       StoreProfile profile, QObject *parent = nullptr);

    QString fromDay() const { return m_from.toString(Qt::ISODate); }
    QString untilDay() const { return m_until.toString(Qt::ISODate); }
    QString periodTitle() const;
    QString comparisonTitle() const;
    // [{title, value, previous, change, better}]: value and previous formatted, change "+12%" or empty.
    QVariantList tiles() const;
    // 24 of {hour, label, amountText, sales, share, previousShare}: share of the busiest hour of either week.
    QVariantList hours() const;
    RowListModel *tenders() { return &m_tenders; }
    RowListModel *cashiers() { return &m_cashiers; }
    RowListModel *topItems() { return &m_topItems; }
    RowListModel *coupons() { return &m_coupons; }
    QString message() const { return m_message; }
    bool reading() const { return m_reading; }
    const SalesFigures &figures() const { return m_figures; }

    // The tiles, tables and item names are the till's words: shown again in the new language.
    void setLanguage(const QString &language);
    // Today is the clock's day; tests set it.
    void setToday(QDate today) { m_today = today; }

    Q_INVOKABLE void showToday();
    Q_INVOKABLE void showYesterday();
    Q_INVOKABLE void showThisWeek();
    Q_INVOKABLE void showThisMonth();
    // yyyy-MM-dd, both inclusive; a refusal says what is wrong and keeps the period shown.
    Q_INVOKABLE bool showPeriod(const QString &fromDay, const QString &untilDay);
    Q_INVOKABLE void refresh();
    // The period's figures as text, for the PDF export.
    Q_INVOKABLE QString reportText() const;

Q_SIGNALS:
    void figuresChanged();
    void messageChanged();
    void readingChanged();

private:
    void show(QDate from, QDate until);
    QDate today() const;
    QString money(qint64 minor) const;
    QString itemLabel(const QString &sku);
    void setMessage(const QString &message);
    void fillTables();
    void setReading(bool reading);

    const Database &m_database;
    StoreReader &m_reader;
    const int m_lane;
    bool m_reading = false;
    CatalogRepository &m_catalog;
    StoreProfile m_profile;
    QString m_language;
    QDate m_today;
    QDate m_from;
    QDate m_until;
    SalesFigures m_figures;
    SalesFigures m_previous;
    // Each row: label, count, quantity (pieces, or kilograms with their grams), amount (a plain decimal for the CSV
    // export), amountText (formatted) and share (of the largest amount, for the bar behind the row).
    RowListModel m_tenders;
    RowListModel m_cashiers;
    RowListModel m_topItems;
    RowListModel m_coupons;
    QString m_message;
};

} // namespace omnitill
