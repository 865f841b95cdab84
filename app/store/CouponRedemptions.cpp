#include "CouponRedemptions.h"

#include "Database.h"
#include "Sale.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace omnitill {

namespace {
Error sqlError(const QSqlQuery &query)
{
    return Error{QCoreApplication::translate("CouponRedemptions", "The coupon redemption could not be saved: %1")
                     .arg(query.lastError().text())};
}
} // namespace

QJsonObject PendingRedemption::redeemBody() const
{
    QJsonObject body{{QLatin1String("sale"), saleId}, {QLatin1String("reservation"), reservation}};
    if (!customerId.isEmpty())
        body.insert(QLatin1String("customer"), customerId);
    return body;
}

CouponRedemptions::CouponRedemptions(const Database &database)
    : m_database(database)
{
}

Result<void> CouponRedemptions::record(Transaction &, const Sale &completed)
{
    const QString saleId = completed.id().toString(QUuid::WithoutBraces);
    for (const PricedCoupon &priced : completed.totals().coupons) {
        if (priced.savingMinor == 0)
            continue; // saved nothing: given back, not used
        const auto applied =
            std::find_if(completed.coupons().cbegin(), completed.coupons().cend(),
                         [&](const saleevent::CouponApplied &coupon) { return coupon.code == priced.code; });
        const QJsonObject payload{
            {QLatin1String("code"), priced.code},
            {QLatin1String("sale"), saleId},
            {QLatin1String("reservation"), applied->reservation},
            {QLatin1String("customer"), completed.customerId()},
            {QLatin1String("saving"), priced.savingMinor},
            {QLatin1String("redeemedAt"), completed.closedAt().toUTC().toString(Qt::ISODateWithMs)}};
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral("INSERT INTO outbox (record_id, kind, payload, created_at) VALUES (?, ?, ?, ?)"));
        insert.addBindValue(QString(saleId + QStringLiteral("/coupon/") + priced.code));
        insert.addBindValue(QString(kind));
        insert.addBindValue(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!insert.exec())
            return sqlError(insert);
    }
    return {};
}

Result<QList<PendingRedemption>> CouponRedemptions::pending() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT record_id, payload, attempts, COALESCE(last_error, '') FROM outbox WHERE kind = ? ORDER BY id"));
    query.addBindValue(QString(kind));
    if (!query.exec())
        return sqlError(query);
    QList<PendingRedemption> found;
    while (query.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
        found.append(
            {query.value(0).toString(), payload.value(QLatin1String("code")).toString(),
             payload.value(QLatin1String("sale")).toString(), payload.value(QLatin1String("reservation")).toString(),
             payload.value(QLatin1String("customer")).toString(), query.value(2).toInt(), query.value(3).toString()});
    }
    return found;
}

Result<void> CouponRedemptions::settle(const QString &recordId)
{
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM outbox WHERE record_id = ? AND kind = ?"));
    remove.addBindValue(recordId);
    remove.addBindValue(QString(kind));
    return remove.exec() ? Result<void>() : Result<void>(sqlError(remove));
}

Result<void> CouponRedemptions::markFailed(const QString &recordId, const QString &reason)
{
    QSqlQuery update(m_database.connection());
    update.prepare(
        QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE record_id = ? AND kind = ?"));
    update.addBindValue(reason);
    update.addBindValue(recordId);
    update.addBindValue(QString(kind));
    return update.exec() ? Result<void>() : Result<void>(sqlError(update));
}

} // namespace omnitill
