#include "CouponLedger.h"

#include "AuditLog.h"
#include "ConnectionPool.h"
#include "RandomCode.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QUuid>

namespace omnitill::central {

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString time(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

ApiError conflict(const char *code, const QString &message)
{
    return ApiError::conflict(QLatin1String(code), message);
}

} // namespace

QJsonObject Coupon::toJson() const
{
    // kind, value and currency at the top as well: what clients read before rules had more to them.
    QJsonObject json{{QLatin1String("id"), id},
                     {QLatin1String("code"), code},
                     {QLatin1String("kind"), CouponRule::kindCode(rule.kind)},
                     {QLatin1String("value"), rule.value},
                     {QLatin1String("rule"), rule.toJson()},
                     {QLatin1String("validFrom"), time(validFrom)},
                     {QLatin1String("validUntil"), time(validUntil)},
                     {QLatin1String("state"), state}};
    if (!rule.currency.isEmpty())
        json.insert(QLatin1String("currency"), rule.currency);
    if (!campaignId.isEmpty())
        json.insert(QLatin1String("campaign"), campaignId);
    if (!customerId.isEmpty())
        json.insert(QLatin1String("customer"), customerId);
    if (state == QLatin1String("reserved"))
        json.insert(QLatin1String("leaseUntil"), time(leaseUntil));
    if (!revokedReason.isEmpty())
        json.insert(QLatin1String("revoked"), revokedReason);
    if (!redeemedSaleId.isEmpty()) {
        json.insert(QLatin1String("redeemedSale"), redeemedSaleId);
        json.insert(QLatin1String("redeemedAt"), time(redeemedAt));
    }
    return json;
}

CouponLedger::CouponLedger(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<Coupon> CouponLedger::issue(const NewCoupon &coupon)
{
    const auto invalid = [](const QString &message) {
        return ApiError::badRequest(QStringLiteral("invalid_field"), message);
    };
    if (auto valid = coupon.rule.validate(); !valid)
        return invalid(valid.error());
    if (!coupon.validFrom.isValid() || !coupon.validUntil.isValid() || coupon.validUntil <= coupon.validFrom)
        return invalid(tr("The coupon's validity window is empty"));
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString code = readableRandomCode(3);
    auto inserted = transaction.run(
        QStringLiteral("INSERT INTO coupons (coupon_id, code, customer_id, campaign_id, rule, valid_from, "
                       "valid_until, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'issued', ?)"),
        {id, normalizedCode(code), nullable(coupon.customerId), nullable(coupon.campaignId),
         QString::fromUtf8(QJsonDocument(coupon.rule.toJson()).toJson(QJsonDocument::Compact)),
         sqlTime(coupon.validFrom), sqlTime(coupon.validUntil), sqlTime(QDateTime::currentDateTimeUtc())});
    if (!inserted)
        return inserted.error();
    if (auto audited = AuditLog::record(transaction, QStringLiteral("admin"), QStringLiteral("coupon.issued"), id);
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(code);
}

Outcome<Coupon> CouponLedger::find(const QString &code)
{
    auto connection = m_pool.connection();
    if (!connection)
        return ApiError::internal(connection.error());
    auto found = findOn(*connection, code);
    if (!found && found.error().kind == ApiError::Kind::Internal && m_pool.recoverConnection())
        return findOn(*connection, code);
    return found;
}

namespace {

const QString selectCoupons =
    QStringLiteral("SELECT c.coupon_id, c.code, c.customer_id, c.campaign_id, c.rule, c.valid_from, c.valid_until, "
                   "c.state, c.reservation_id, c.reserved_by, c.lease_until, r.sale_id, r.redeemed_at, rv.reason "
                   "FROM coupons c LEFT JOIN coupon_redemptions r ON r.coupon_id = c.coupon_id "
                   "LEFT JOIN coupon_revocations rv ON rv.coupon_id = c.coupon_id ");

// The coupon on the query's current row (selectCoupons' columns).
Outcome<Coupon> couponOn(const QSqlQuery &row)
{
    const QString stored = row.value(1).toString();
    auto rule = CouponRule::fromJson(QJsonDocument::fromJson(row.value(4).toByteArray()).object());
    if (!rule)
        return ApiError::internal(
            QStringLiteral("coupon %1 has a rule that does not parse: %2").arg(stored, rule.error()));
    Coupon coupon{row.value(0).toString(),
                  displayedCode(stored),
                  row.value(2).toString(),
                  row.value(3).toString(),
                  *rule,
                  row.value(5).toDateTime(),
                  row.value(6).toDateTime(),
                  row.value(7).toString(),
                  row.value(8).toString(),
                  row.value(9).toString(),
                  row.value(10).toDateTime(),
                  row.value(11).toString(),
                  row.value(12).toDateTime(),
                  row.value(13).toString()};
    return coupon;
}

} // namespace

Outcome<Coupon> CouponLedger::findOn(const QSqlDatabase &connection, const QString &code)
{
    auto query = runQuery(connection, selectCoupons + QStringLiteral("WHERE c.code = ?"), {normalizedCode(code)});
    if (!query)
        return query.error();
    QSqlQuery row = std::move(query).value();
    if (!row.next())
        return ApiError::notFound(QStringLiteral("unknown_coupon"), tr("There is no coupon %1").arg(code));
    return couponOn(row);
}

Outcome<QList<Coupon>> CouponLedger::usableBy(const QString &customerId, const QDateTime &now)
{
    auto query = runQuery(
        m_pool,
        selectCoupons + QStringLiteral("WHERE c.customer_id = ? AND c.state <> 'redeemed' AND rv.reason IS NULL AND "
                                       "c.valid_until > ? ORDER BY c.valid_until, c.code"),
        {customerId, sqlTime(now)});
    if (!query)
        return query.error();
    QSqlQuery rows = std::move(query).value();
    QList<Coupon> coupons;
    while (rows.next()) {
        auto coupon = couponOn(rows);
        if (!coupon)
            return coupon.error();
        coupons.append(*coupon);
    }
    return coupons;
}

std::optional<ApiError> CouponLedger::refusal(const Coupon &coupon, const QString &customerId, const QDateTime &now,
                                              const QString &reservationId)
{
    if (coupon.state == QLatin1String("redeemed"))
        return conflict("coupon_redeemed", tr("This coupon has already been used"));
    if (!coupon.revokedReason.isEmpty())
        return conflict("coupon_revoked", tr("This coupon was withdrawn: %1").arg(coupon.revokedReason));
    if (now < coupon.validFrom)
        return conflict("coupon_not_yet_valid", tr("This coupon is valid from %1").arg(time(coupon.validFrom)));
    if (now >= coupon.validUntil)
        return conflict("coupon_expired", tr("This coupon expired on %1").arg(time(coupon.validUntil)));
    if (!coupon.customerId.isEmpty() && coupon.customerId != customerId)
        return conflict("coupon_other_customer", tr("This coupon belongs to another customer"));
    if (coupon.state == QLatin1String("reserved") && coupon.leaseUntil > now && coupon.reservationId != reservationId)
        return conflict("coupon_reserved",
                        tr("This coupon is held by another sale until %1").arg(time(coupon.leaseUntil)));
    return std::nullopt;
}

Outcome<CouponReservation> CouponLedger::reserve(const QString &code, const QString &terminalId,
                                                 const QString &customerId, qint64 leaseSeconds)
{
    if (leaseSeconds <= 0 || leaseSeconds > maximumLeaseSeconds) {
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    tr("A lease lasts from 1 to %1 seconds").arg(maximumLeaseSeconds));
    }
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    auto coupon = findOn(transaction.connection(), code);
    if (!coupon)
        return coupon.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto refused = refusal(*coupon, customerId, now))
        return *refused;
    CouponReservation reservation{QUuid::createUuid().toString(QUuid::WithoutBraces), now.addSecs(leaseSeconds)};
    auto taken = transaction.run(
        QStringLiteral("UPDATE coupons SET state = 'reserved', reservation_id = ?, reserved_by = ?, lease_until = ? "
                       "WHERE coupon_id = ? AND (state = 'issued' OR (state = 'reserved' AND lease_until <= ?))"),
        {reservation.reservationId, terminalId, sqlTime(reservation.leaseUntil), coupon->id, sqlTime(now)});
    if (!taken)
        return taken.error();
    if (taken->numRowsAffected() != 1)
        return conflict("coupon_reserved", tr("Another sale took this coupon a moment ago"));
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return reservation;
}

Outcome<Coupon> CouponLedger::redeem(const QString &code, const QString &terminalId, const QString &saleId,
                                     const QString &reservationId, const QString &customerId)
{
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    auto coupon = findOn(transaction.connection(), code);
    if (!coupon)
        return coupon.error();
    // A resend of a redemption that went through: the same answer again.
    if (coupon->state == QLatin1String("redeemed") && coupon->redeemedSaleId == saleId)
        return coupon;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto refused = refusal(*coupon, customerId, now, reservationId))
        return *refused;
    auto taken = transaction.run(
        QStringLiteral("UPDATE coupons SET state = 'redeemed', reservation_id = NULL, reserved_by = NULL, "
                       "lease_until = NULL WHERE coupon_id = ? AND (state = 'issued' OR (state = 'reserved' AND "
                       "(reservation_id = ? OR lease_until <= ?)))"),
        {coupon->id, reservationId, sqlTime(now)});
    if (!taken)
        return taken.error();
    if (taken->numRowsAffected() != 1)
        return conflict("coupon_redeemed", tr("Another sale used this coupon a moment ago"));
    auto recorded = transaction.run(
        QStringLiteral(
            "INSERT INTO coupon_redemptions (coupon_id, sale_id, terminal_id, redeemed_at) VALUES (?, ?, ?, ?)"),
        {coupon->id, saleId, terminalId, sqlTime(now)});
    if (!recorded) {
        if (recorded.error().kind == ApiError::Kind::Conflict)
            return conflict("coupon_redeemed", tr("This coupon has already been used"));
        return recorded.error();
    }
    if (auto audited = AuditLog::record(transaction, AuditLog::terminalActor(terminalId),
                                        QStringLiteral("coupon.redeemed"), coupon->id, saleId);
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(code);
}

Outcome<void> CouponLedger::release(const QString &code, const QString &terminalId, const QString &reservationId)
{
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    auto coupon = findOn(transaction.connection(), code);
    if (!coupon)
        return coupon.error();
    auto released = transaction.run(
        QStringLiteral("UPDATE coupons SET state = 'issued', reservation_id = NULL, reserved_by = NULL, "
                       "lease_until = NULL WHERE coupon_id = ? AND state = 'reserved' AND reservation_id = ? "
                       "AND reserved_by = ?"),
        {coupon->id, reservationId, terminalId});
    if (!released)
        return released.error();
    if (released->numRowsAffected() != 1)
        return conflict("not_reserved", tr("This coupon is not held under that reservation"));
    return transaction.commit();
}

} // namespace omnitill::central
