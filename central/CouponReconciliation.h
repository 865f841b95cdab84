#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace omnitill::central {

class BatchAnswer;
class ConnectionPool;
class Transaction;

// A coupon redemption that a till made while offline, as it reports it later.
struct OfflineRedemption
{
    QString redemptionId; // the till's UUID for this redemption: a resend is the same report
    QString couponCode;
    QString saleId;
    QDateTime redeemedAt; // by the till's clock

    // The report {"id", "coupon", "sale", "redeemedAt"} read, or 400 invalid_field naming path's field.
    [[nodiscard]] static Outcome<OfflineRedemption> fromJson(const QJsonValue &value, const QString &path);
};

// Where a redemption happened: the receipt a person looks for.
struct RedemptionReceipt
{
    QString saleId;
    QString storeId;
    QString terminalId;
    QString terminalName;
    QDateTime at;
    qint64 receipt = 0; // the till's receipt number; 0 while the sale itself has not reached the central store

    [[nodiscard]] QJsonObject toJson() const;
};

// One line of the reconciliation list: an offline redemption, accepted or flagged as a double use together
// with the redemption that came first.
struct ReconciliationEntry
{
    QString redemptionId;
    QString couponCode;
    QString outcome; // accepted or double_use
    RedemptionReceipt reported;
    RedemptionReceipt first; // set for a double use: the coupon's redemption, online or offline
    QDateTime reportedAt;

    [[nodiscard]] QJsonObject toJson() const;
    // As a till's outbox reads it: toJson() with the sale it was used in and "status": "accepted" (a double use
    // is stored, and listed, like any accepted report).
    [[nodiscard]] QJsonObject toResult() const;
};

// The reconciliation of coupon redemptions made offline. A report is accepted as the coupon's redemption
// when nobody redeemed it before (the same conditional update that makes online redemption single use), or
// kept and flagged as a double use when another sale had: a till that trusted a signed coupon offline is
// never silently contradicted. Reports are idempotent by redemption id, and each is one transaction.
class CouponReconciliation
{
    Q_DECLARE_TR_FUNCTIONS(CouponReconciliation)

public:
    static constexpr int maximumListed = 1000;

    explicit CouponReconciliation(ConnectionPool &pool);

    [[nodiscard]] Outcome<ReconciliationEntry> report(const OfflineRedemption &redemption, const QString &terminalId);
    // Takes reports into the caller's open transaction (a mixed outbox batch), answering each in answer, in
    // order: accepted (its entry, as report() answers it), again when it was reported before, rejected when it
    // cannot be read or names no coupon. An error is the database's: the caller rolls the whole batch back.
    [[nodiscard]] static Outcome<void> reportInto(Transaction &transaction, const QJsonArray &reports,
                                                  const QString &terminalId, BatchAnswer &answer);
    // The newest first; only double uses when doubleUseOnly; only those a store took part in when storeId is
    // set (its till reported the use, or made the first one).
    [[nodiscard]] Outcome<QList<ReconciliationEntry>> list(bool doubleUseOnly, const QString &storeId = {},
                                                           int limit = maximumListed);

private:
    // The report's transaction; nothing to do when the report is already stored.
    [[nodiscard]] Outcome<void> record(const OfflineRedemption &redemption, const QString &terminalId);
    // The report written in transaction: false when it was stored before (a resend), 404 for an unknown coupon.
    [[nodiscard]] static Outcome<bool> recordIn(Transaction &transaction, const OfflineRedemption &redemption,
                                                const QString &terminalId);
    [[nodiscard]] Outcome<QList<ReconciliationEntry>> select(const QString &where, const QVariantList &values,
                                                             int limit);
    [[nodiscard]] static QString selectSql(const QString &where, int limit);
    [[nodiscard]] static QList<ReconciliationEntry> entriesOf(QSqlQuery &row);

    ConnectionPool &m_pool;
};

} // namespace omnitill::central
