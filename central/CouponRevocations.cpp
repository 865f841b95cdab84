#include "CouponRevocations.h"

#include "AuditLog.h"
#include "ConnectionPool.h"
#include "RandomCode.h"
#include "Transaction.h"

namespace omnitill::central {

namespace {
// Any number that is the same in every instance; CatalogStore's import lock is another.
constexpr qint64 revocationLockKey = 0x0C0FF0E5;
} // namespace

QJsonObject CouponRevocation::toJson() const
{
    return {{QLatin1String("sequence"), sequence},
            {QLatin1String("coupon"), couponId},
            {QLatin1String("code"), code},
            {QLatin1String("reason"), reason},
            {QLatin1String("revokedAt"), revokedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

CouponRevocations::CouponRevocations(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<CouponRevocation> CouponRevocations::revoke(const QString &code, const QString &reason, const QString &actor)
{
    if (reason.trimmed().isEmpty())
        return ApiError::badRequest(QStringLiteral("invalid_field"), tr("Say why the coupon is withdrawn"));
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    if (transaction.dialect() == Dialect::Postgres) {
        if (auto locked = transaction.run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {revocationLockKey});
            !locked)
            return locked.error();
    }
    auto coupon = runQuery(transaction.connection(), QStringLiteral("SELECT coupon_id FROM coupons WHERE code = ?"),
                           {normalizedCode(code)});
    if (!coupon)
        return coupon.error();
    QSqlQuery couponRow = std::move(coupon).value();
    if (!couponRow.next())
        return ApiError::notFound(QStringLiteral("unknown_coupon"), tr("There is no coupon %1").arg(code));
    CouponRevocation revocation{0, couponRow.value(0).toString(), displayedCode(normalizedCode(code)), reason.trimmed(),
                                QDateTime::currentDateTimeUtc()};
    auto known =
        transaction.run(QStringLiteral("SELECT 1 FROM coupon_revocations WHERE coupon_id = ?"), {revocation.couponId});
    if (!known)
        return known.error();
    if (QSqlQuery knownRow = std::move(known).value(); knownRow.next())
        return ApiError::conflict(QStringLiteral("coupon_revoked"), tr("Coupon %1 is already withdrawn").arg(code));
    auto inserted = transaction.run(
        QStringLiteral("INSERT INTO coupon_revocations (coupon_id, reason, revoked_at) VALUES (?, ?, ?)"),
        {revocation.couponId, revocation.reason, sqlTime(revocation.revokedAt)});
    if (!inserted)
        return inserted.error();
    auto sequence = transaction.run(QStringLiteral("SELECT sequence FROM coupon_revocations WHERE coupon_id = ?"),
                                    {revocation.couponId});
    if (!sequence)
        return sequence.error();
    QSqlQuery sequenceRow = std::move(sequence).value();
    if (!sequenceRow.next())
        return ApiError::internal(QStringLiteral("the revocation of %1 was not written").arg(code));
    revocation.sequence = sequenceRow.value(0).toLongLong();
    if (auto audited = AuditLog::record(transaction, actor, QStringLiteral("coupon.revoked"), revocation.couponId,
                                        revocation.reason);
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return revocation;
}

Outcome<QList<CouponRevocation>> CouponRevocations::after(qint64 sequence, int limit)
{
    auto query = runQuery(m_pool,
                          QStringLiteral("SELECT r.sequence, r.coupon_id, c.code, r.reason, r.revoked_at "
                                         "FROM coupon_revocations r JOIN coupons c ON c.coupon_id = r.coupon_id "
                                         "WHERE r.sequence > ? ORDER BY r.sequence LIMIT ?"),
                          {sequence, limit});
    if (!query)
        return query.error();
    QSqlQuery rows = std::move(query).value();
    QList<CouponRevocation> revocations;
    while (rows.next()) {
        revocations.append({rows.value(0).toLongLong(), rows.value(1).toString(),
                            displayedCode(rows.value(2).toString()), rows.value(3).toString(),
                            rows.value(4).toDateTime()});
    }
    return revocations;
}

} // namespace omnitill::central
