#include "CouponReconciliation.h"

#include "ApiJson.h"
#include "AuditLog.h"
#include "BatchAnswer.h"
#include "ConnectionPool.h"
#include "RandomCode.h"
#include "Transaction.h"

#include <QUuid>

namespace omnitill::central {

namespace {
QString time(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

Outcome<OfflineRedemption> OfflineRedemption::fromJson(const QJsonValue &value, const QString &path)
{
    const QJsonObject json = value.toObject();
    const QUuid id = QUuid::fromString(json.value(QLatin1String("id")).toString());
    const QUuid sale = QUuid::fromString(json.value(QLatin1String("sale")).toString());
    const QString coupon = json.value(QLatin1String("coupon")).toString();
    const QDateTime at = QDateTime::fromString(json.value(QLatin1String("redeemedAt")).toString(), Qt::ISODateWithMs);
    if (!value.isObject() || id.isNull())
        return wrongType(path + QStringLiteral(".id"), CouponReconciliation::tr("the UUID of the redemption"));
    if (sale.isNull())
        return wrongType(path + QStringLiteral(".sale"), CouponReconciliation::tr("the UUID of the sale"));
    if (coupon.isEmpty())
        return wrongType(path + QStringLiteral(".coupon"), CouponReconciliation::tr("the coupon's code"));
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime) {
        return wrongType(path + QStringLiteral(".redeemedAt"),
                         CouponReconciliation::tr("an ISO 8601 time with its offset"));
    }
    return OfflineRedemption{id.toString(QUuid::WithoutBraces), coupon, sale.toString(QUuid::WithoutBraces), at};
}

QJsonObject RedemptionReceipt::toJson() const
{
    QJsonObject json{{QLatin1String("sale"), saleId},
                     {QLatin1String("store"), storeId},
                     {QLatin1String("terminal"), terminalId},
                     {QLatin1String("terminalName"), terminalName},
                     {QLatin1String("at"), time(at)}};
    if (receipt > 0)
        json.insert(QLatin1String("receipt"), receipt);
    return json;
}

QJsonObject ReconciliationEntry::toJson() const
{
    QJsonObject json{{QLatin1String("id"), redemptionId},
                     {QLatin1String("coupon"), couponCode},
                     {QLatin1String("outcome"), outcome},
                     {QLatin1String("reported"), reported.toJson()},
                     {QLatin1String("reportedAt"), time(reportedAt)}};
    if (outcome == QLatin1String("double_use"))
        json.insert(QLatin1String("first"), first.toJson());
    return json;
}

QJsonObject ReconciliationEntry::toResult() const
{
    QJsonObject result = toJson();
    result.insert(QLatin1String("sale"), reported.saleId);
    result.insert(QLatin1String("status"), QStringLiteral("accepted"));
    return result;
}

CouponReconciliation::CouponReconciliation(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<ReconciliationEntry> CouponReconciliation::report(const OfflineRedemption &redemption,
                                                          const QString &terminalId)
{
    // A conflict is the same report raced in from a retry on another connection: it is stored either way.
    if (auto recorded = record(redemption, terminalId); !recorded && recorded.error().kind != ApiError::Kind::Conflict)
        return recorded.error();
    auto found = select(QStringLiteral("o.redemption_id = ?"), {redemption.redemptionId}, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return ApiError::internal(QStringLiteral("offline redemption %1 vanished").arg(redemption.redemptionId));
    return found->first();
}

Outcome<void> CouponReconciliation::record(const OfflineRedemption &redemption, const QString &terminalId)
{
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    auto recorded = recordIn(transaction, redemption, terminalId);
    if (!recorded)
        return recorded.error();
    return *recorded ? transaction.commit() : Outcome<void>();
}

Outcome<void> CouponReconciliation::reportInto(Transaction &transaction, const QJsonArray &reports,
                                               const QString &terminalId, BatchAnswer &answer)
{
    for (const QJsonValue &value : reports) {
        auto redemption = OfflineRedemption::fromJson(value, QStringLiteral("body"));
        if (!redemption) {
            answer.reject(value.toObject().value(QLatin1String("id")).toString(), redemption.error().message);
            continue;
        }
        auto recorded = recordIn(transaction, *redemption, terminalId);
        if (!recorded && recorded.error().kind == ApiError::Kind::NotFound) {
            answer.reject(redemption->redemptionId, recorded.error().message);
            continue;
        }
        if (!recorded)
            return recorded.error();
        auto found = transaction.run(selectSql(QStringLiteral("o.redemption_id = ?"), 1), {redemption->redemptionId});
        if (!found)
            return found.error();
        QSqlQuery row = std::move(found).value();
        const QList<ReconciliationEntry> entries = entriesOf(row);
        if (entries.isEmpty())
            return ApiError::internal(QStringLiteral("offline redemption %1 vanished").arg(redemption->redemptionId));
        if (*recorded)
            answer.accept(entries.first().toResult());
        else
            answer.acceptAgain(entries.first().toResult());
    }
    return {};
}

Outcome<bool> CouponReconciliation::recordIn(Transaction &transaction, const OfflineRedemption &redemption,
                                             const QString &terminalId)
{
    auto known = transaction.run(QStringLiteral("SELECT 1 FROM offline_redemptions WHERE redemption_id = ?"),
                                 {redemption.redemptionId});
    if (!known)
        return known.error();
    if (QSqlQuery row = std::move(known).value(); row.next())
        return false; // a resend: it keeps the answer it had the first time
    auto coupon = transaction.run(QStringLiteral("SELECT coupon_id FROM coupons WHERE code = ?"),
                                  {normalizedCode(redemption.couponCode)});
    if (!coupon)
        return coupon.error();
    QSqlQuery couponRow = std::move(coupon).value();
    if (!couponRow.next()) {
        return ApiError::notFound(QStringLiteral("unknown_coupon"),
                                  tr("There is no coupon %1").arg(redemption.couponCode));
    }
    const QString couponId = couponRow.value(0).toString();
    // Whatever state the coupon is in, an offline redemption already happened: it takes the coupon unless a
    // sale redeemed it first; a lease another till holds simply ends.
    auto taken = transaction.run(
        QStringLiteral("UPDATE coupons SET state = 'redeemed', reservation_id = NULL, reserved_by = NULL, "
                       "lease_until = NULL WHERE coupon_id = ? AND state <> 'redeemed'"),
        {couponId});
    if (!taken)
        return taken.error();
    QString outcome = QStringLiteral("accepted");
    if (taken->numRowsAffected() == 1) {
        auto recorded = transaction.run(QStringLiteral("INSERT INTO coupon_redemptions (coupon_id, sale_id, "
                                                       "terminal_id, redeemed_at) VALUES (?, ?, ?, ?)"),
                                        {couponId, redemption.saleId, terminalId, sqlTime(redemption.redeemedAt)});
        if (!recorded)
            return recorded.error();
    } else {
        auto first =
            transaction.run(QStringLiteral("SELECT sale_id FROM coupon_redemptions WHERE coupon_id = ?"), {couponId});
        if (!first)
            return first.error();
        // The same sale redeemed it online too (the till came back online mid-sale): one use, not two.
        QSqlQuery firstRow = std::move(first).value();
        if (!firstRow.next() || firstRow.value(0).toString() != redemption.saleId)
            outcome = QStringLiteral("double_use");
    }
    auto inserted = transaction.run(
        QStringLiteral("INSERT INTO offline_redemptions (redemption_id, coupon_id, sale_id, terminal_id, redeemed_at, "
                       "reported_at, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {redemption.redemptionId, couponId, redemption.saleId, terminalId, sqlTime(redemption.redeemedAt),
         sqlTime(QDateTime::currentDateTimeUtc()), outcome});
    if (!inserted)
        return inserted.error();
    if (auto audited = AuditLog::record(transaction, AuditLog::terminalActor(terminalId),
                                        QStringLiteral("coupon.offline_") + outcome, couponId, redemption.saleId);
        !audited) {
        return audited.error();
    }
    return true;
}

Outcome<QList<ReconciliationEntry>> CouponReconciliation::list(bool doubleUseOnly, const QString &storeId, int limit)
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    if (doubleUseOnly)
        where.append(QStringLiteral("o.outcome = 'double_use'"));
    if (!storeId.isEmpty()) {
        where.append(QStringLiteral("(t.store_id = ? OR ft.store_id = ?)"));
        values = {storeId, storeId};
    }
    return select(where.join(QLatin1String(" AND ")), values, limit);
}

Outcome<QList<ReconciliationEntry>> CouponReconciliation::select(const QString &where, const QVariantList &values,
                                                                 int limit)
{
    auto query = runQuery(m_pool, selectSql(where, limit), values);
    if (!query)
        return query.error();
    QSqlQuery row = std::move(query).value();
    return entriesOf(row);
}

QString CouponReconciliation::selectSql(const QString &where, int limit)
{
    return QStringLiteral("SELECT o.redemption_id, c.code, o.outcome, o.sale_id, t.store_id, o.terminal_id, "
                          "o.redeemed_at, o.reported_at, r.sale_id, ft.store_id, r.terminal_id, r.redeemed_at, "
                          "t.name, s.sequence, ft.name, fs.sequence "
                          "FROM offline_redemptions o JOIN coupons c ON c.coupon_id = o.coupon_id "
                          "JOIN terminals t ON t.terminal_id = o.terminal_id "
                          "LEFT JOIN sales s ON s.sale_id = o.sale_id "
                          "LEFT JOIN coupon_redemptions r ON r.coupon_id = o.coupon_id "
                          "LEFT JOIN terminals ft ON ft.terminal_id = r.terminal_id "
                          "LEFT JOIN sales fs ON fs.sale_id = r.sale_id "
                          "WHERE %1 ORDER BY o.reported_at DESC, o.redemption_id LIMIT %2")
        .arg(where)
        .arg(qBound(1, limit, maximumListed));
}

QList<ReconciliationEntry> CouponReconciliation::entriesOf(QSqlQuery &row)
{
    QList<ReconciliationEntry> entries;
    while (row.next()) {
        entries.append({row.value(0).toString(),
                        displayedCode(row.value(1).toString()),
                        row.value(2).toString(),
                        {row.value(3).toString(), row.value(4).toString(), row.value(5).toString(),
                         row.value(12).toString(), row.value(6).toDateTime(), row.value(13).toLongLong()},
                        {row.value(8).toString(), row.value(9).toString(), row.value(10).toString(),
                         row.value(14).toString(), row.value(11).toDateTime(), row.value(15).toLongLong()},
                        row.value(7).toDateTime()});
    }
    return entries;
}

} // namespace omnitill::central
