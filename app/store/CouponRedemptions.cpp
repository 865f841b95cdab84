#include "CouponRedemptions.h"

#include "Database.h"
#include "OutboxQueue.h"
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

QString utc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
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
        const bool offline = acceptedOffline(*applied);
        // An offline report names itself (its id) so that a resend is the same report at the central store.
        const QJsonObject payload =
            offline ? QJsonObject{{QLatin1String("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                  {QLatin1String("coupon"), priced.code},
                                  {QLatin1String("sale"), saleId},
                                  {QLatin1String("saving"), priced.savingMinor},
                                  {QLatin1String("redeemedAt"), utc(completed.closedAt())}}
                    : QJsonObject{{QLatin1String("code"), priced.code},
                                  {QLatin1String("sale"), saleId},
                                  {QLatin1String("reservation"), applied->reservation},
                                  {QLatin1String("customer"), completed.customerId()},
                                  {QLatin1String("saving"), priced.savingMinor},
                                  {QLatin1String("redeemedAt"), utc(completed.closedAt())}};
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral("INSERT INTO outbox (record_id, kind, payload, created_at) VALUES (?, ?, ?, ?)"));
        insert.addBindValue(QString(saleId + QStringLiteral("/coupon/") + priced.code));
        insert.addBindValue(QString(offline ? offlineKind : kind));
        insert.addBindValue(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        insert.addBindValue(utc(completed.closedAt()));
        if (!insert.exec())
            return sqlError(insert);
    }
    return {};
}

Result<QList<PendingRedemption>> CouponRedemptions::pending(int limit) const
{
    auto waiting = OutboxQueue(m_database).waiting({QString(kind)}, limit);
    if (!waiting)
        return Error{waiting.error()};
    QList<PendingRedemption> found;
    for (const OutboxRecord &row : std::as_const(*waiting)) {
        const auto field = [&row](const char *key) { return row.payload.value(QLatin1String(key)).toString(); };
        found.append({row.id, row.recordId, field("code"), field("sale"), field("reservation"), field("customer")});
    }
    return found;
}

Result<void> CouponRedemptions::settle(qint64 outboxId, const QJsonObject &answer)
{
    return OutboxQueue(m_database)
        .record({{outboxId, OutboxOutcome::Status::Sent,
                  QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact))}},
                QDateTime::currentDateTimeUtc());
}

Result<void> CouponRedemptions::quarantine(qint64 outboxId, const QString &reason)
{
    return OutboxQueue(m_database)
        .record({{outboxId, OutboxOutcome::Status::Rejected, reason}}, QDateTime::currentDateTimeUtc());
}

Result<void> CouponRedemptions::markFailed(qint64 outboxId, const QString &reason)
{
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
    update.addBindValue(reason);
    update.addBindValue(outboxId);
    return update.exec() ? Result<void>() : Result<void>(sqlError(update));
}

Result<bool> CouponRedemptions::usedHere(const QString &code) const
{
    // The record id ends in "/coupon/<code>" for both kinds; compared as a suffix, so no character of a code
    // is read as a pattern.
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT 1 FROM outbox WHERE kind IN (?, ?) AND substr(record_id, -length(?)) = ? LIMIT 1"));
    const QString suffix = QStringLiteral("/coupon/") + code;
    query.addBindValue(QString(kind));
    query.addBindValue(QString(offlineKind));
    query.addBindValue(suffix);
    query.addBindValue(suffix);
    if (!query.exec())
        return sqlError(query);
    return query.next();
}

Result<OfflineCouponUses> CouponRedemptions::offlineUsesSince(const QDateTime &since) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT payload FROM outbox WHERE kind = ? AND created_at >= ?"));
    query.addBindValue(QString(offlineKind));
    query.addBindValue(utc(since));
    if (!query.exec())
        return sqlError(query);
    OfflineCouponUses uses;
    while (query.next()) {
        ++uses.count;
        uses.savingMinor +=
            QJsonDocument::fromJson(query.value(0).toByteArray()).object().value(QLatin1String("saving")).toInteger();
    }
    return uses;
}

} // namespace omnitill
