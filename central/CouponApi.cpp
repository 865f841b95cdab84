#include "CouponApi.h"

#include "ApiJson.h"
#include "CouponEvaluation.h"
#include "CouponLedger.h"
#include "CouponReconciliation.h"
#include "CouponRevocations.h"

#include <QJsonArray>
#include <QUuid>

namespace omnitill::central {

namespace {

// The till's basket: {"currency": "KRW", "lines": [{"sku", "category", "quantity", "unitPrice"}],
// "appliedGroups": [...]}. Quantities may be weights (up to three decimals).
struct Basket
{
    QString currency;
    QList<CouponBasketLine> lines;
    QStringList appliedGroups;
};

Outcome<Basket> basketOf(const QJsonObject &body)
{
    Basket basket;
    const QJsonValue currency = body.value(QLatin1String("currency"));
    if (!currency.isString() || !Currency::fromCode(currency.toString()))
        return wrongType(QStringLiteral("currency"), CouponApi::tr("a known ISO 4217 currency code"));
    basket.currency = currency.toString();
    const QJsonValue lines = body.value(QLatin1String("lines"));
    if (!lines.isArray() || lines.toArray().size() > CouponApi::maximumBasketLines)
        return wrongType(QStringLiteral("lines"),
                         CouponApi::tr("a list of at most %1 basket lines").arg(CouponApi::maximumBasketLines));
    for (const QJsonValue &value : lines.toArray()) {
        const QJsonObject line = value.toObject();
        const QJsonValue sku = line.value(QLatin1String("sku"));
        const QJsonValue category = line.value(QLatin1String("category"));
        const QJsonValue quantity = line.value(QLatin1String("quantity"));
        const QJsonValue price = line.value(QLatin1String("unitPrice"));
        if (!value.isObject() || !sku.isString() || sku.toString().isEmpty())
            return wrongType(QStringLiteral("lines[].sku"), CouponApi::tr("a product SKU"));
        if (!category.isUndefined() && !category.isString())
            return wrongType(QStringLiteral("lines[].category"), CouponApi::tr("a string"));
        const double thousandths = quantity.toDouble() * Quantity::scale;
        if (!quantity.isDouble() || thousandths <= 0 || thousandths > 1e12 || thousandths != std::round(thousandths))
            return wrongType(QStringLiteral("lines[].quantity"), CouponApi::tr("a quantity above zero"));
        if (!price.isDouble() || price.toDouble() != double(price.toInteger()) || price.toInteger() < 0)
            return wrongType(QStringLiteral("lines[].unitPrice"), CouponApi::tr("a price in minor units"));
        basket.lines.append({sku.toString(), category.toString(), Quantity{qint64(thousandths)}, price.toInteger()});
    }
    const QJsonValue groups = body.value(QLatin1String("appliedGroups"));
    for (const QJsonValue &group : groups.toArray()) {
        if (!group.isString())
            return wrongType(QStringLiteral("appliedGroups"), CouponApi::tr("a list of stacking groups"));
        basket.appliedGroups.append(group.toString());
    }
    if (!groups.isUndefined() && !groups.isArray())
        return wrongType(QStringLiteral("appliedGroups"), CouponApi::tr("a list of stacking groups"));
    return basket;
}

} // namespace

CouponApi::CouponApi(ConnectionPool &pool)
    : m_pool(pool)
{
}

QHttpServerResponse CouponApi::find(const ApiRequest &request)
{
    auto coupon = CouponLedger(m_pool).find(request.arguments.value(0));
    if (!coupon)
        return coupon.error().toResponse();
    QJsonObject answer{{QLatin1String("coupon"), coupon->toJson()}};
    const auto refused = CouponLedger::refusal(*coupon, request.query.queryItemValue(QStringLiteral("customer")),
                                               QDateTime::currentDateTimeUtc());
    answer.insert(QLatin1String("usable"), !refused.has_value());
    if (refused) {
        answer.insert(QLatin1String("reasonCode"), refused->code);
        answer.insert(QLatin1String("reason"), refused->message);
    }
    return QHttpServerResponse(answer);
}

QHttpServerResponse CouponApi::reserve(const ApiRequest &request)
{
    auto body = parseJsonObject(request.body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : request.body);
    if (!body)
        return body.error().toResponse();
    QString customer;
    if (auto invalid = readString(*body, "customer", customer))
        return invalid->toResponse();
    const QJsonValue lease = body->value(QLatin1String("leaseSeconds"));
    if (!lease.isUndefined() && (!lease.isDouble() || lease.toDouble() != double(lease.toInteger())))
        return wrongType(QStringLiteral("leaseSeconds"), tr("a whole number of seconds")).toResponse();
    return answer(
        CouponLedger(m_pool).reserve(request.arguments.value(0), request.terminal->terminalId, customer,
                                     lease.isUndefined() ? CouponLedger::defaultLeaseSeconds : lease.toInteger()),
        [](const CouponReservation &reservation) {
            return QJsonObject{{QLatin1String("reservation"), reservation.reservationId},
                               {QLatin1String("leaseUntil"), reservation.leaseUntil.toString(Qt::ISODateWithMs)}};
        },
        QHttpServerResponse::StatusCode::Created);
}

QHttpServerResponse CouponApi::redeem(const ApiRequest &request)
{
    auto body = parseJsonObject(request.body);
    if (!body)
        return body.error().toResponse();
    QString sale, reservation, customer;
    for (const auto &[key, out] : {std::pair{"sale", &sale}, {"reservation", &reservation}, {"customer", &customer}}) {
        if (auto invalid = readString(*body, key, *out))
            return invalid->toResponse();
    }
    if (QUuid::fromString(sale).isNull())
        return wrongType(QStringLiteral("sale"), tr("the UUID of the sale")).toResponse();
    return answer(CouponLedger(m_pool).redeem(request.arguments.value(0), request.terminal->terminalId,
                                              QUuid::fromString(sale).toString(QUuid::WithoutBraces), reservation,
                                              customer),
                  [](const Coupon &coupon) { return coupon.toJson(); });
}

QHttpServerResponse CouponApi::release(const ApiRequest &request)
{
    auto body = parseJsonObject(request.body);
    if (!body)
        return body.error().toResponse();
    QString reservation;
    if (auto invalid = readString(*body, "reservation", reservation))
        return invalid->toResponse();
    if (reservation.isEmpty())
        return wrongType(QStringLiteral("reservation"), tr("the reservation id")).toResponse();
    auto released = CouponLedger(m_pool).release(request.arguments.value(0), request.terminal->terminalId, reservation);
    if (!released)
        return released.error().toResponse();
    return QHttpServerResponse(QJsonObject{{QLatin1String("released"), true}});
}

QHttpServerResponse CouponApi::check(const ApiRequest &request)
{
    auto body = parseJsonObject(request.body);
    if (!body)
        return body.error().toResponse();
    QString customer;
    if (auto invalid = readString(*body, "customer", customer))
        return invalid->toResponse();
    auto basket = basketOf(*body);
    if (!basket)
        return basket.error().toResponse();
    auto coupon = CouponLedger(m_pool).find(request.arguments.value(0));
    if (!coupon)
        return coupon.error().toResponse();
    QJsonObject answer{{QLatin1String("coupon"), coupon->toJson()}};
    const auto refuse = [&answer](const QString &code, const QString &reason) {
        answer.insert(QLatin1String("usable"), false);
        answer.insert(QLatin1String("reasonCode"), code);
        answer.insert(QLatin1String("reason"), reason);
        return QHttpServerResponse(answer);
    };
    if (const auto refused = CouponLedger::refusal(*coupon, customer, QDateTime::currentDateTimeUtc()))
        return refuse(refused->code, refused->message);
    const auto verdict = CouponEvaluation(Currency::fromCode(basket->currency).value())
                             .evaluate(coupon->rule, basket->lines, basket->appliedGroups);
    if (!verdict)
        return ApiError::badRequest(QStringLiteral("invalid_basket"), verdict.error()).toResponse();
    if (!verdict->applies())
        return refuse(verdict->refusalCode, verdict->refusal);
    QJsonArray lineSavings;
    for (qint64 saving : verdict->lineSavings)
        lineSavings.append(saving);
    answer.insert(QLatin1String("usable"), true);
    answer.insert(QLatin1String("saving"), verdict->savingMinor);
    answer.insert(QLatin1String("lineSavings"), lineSavings);
    return QHttpServerResponse(answer);
}

QHttpServerResponse CouponApi::reportOffline(const ApiRequest &request)
{
    auto body = parseJsonObject(request.body);
    if (!body)
        return body.error().toResponse();
    const QJsonValue reported = body->value(QLatin1String("redemptions"));
    if (!reported.isArray() || reported.toArray().isEmpty() || reported.toArray().size() > maximumReportedRedemptions)
        return wrongType(QStringLiteral("redemptions"),
                         tr("a list of 1 to %1 redemptions").arg(maximumReportedRedemptions))
            .toResponse();
    // Every report is checked before the first is stored: a bad batch writes nothing.
    QList<OfflineRedemption> redemptions;
    for (const QJsonValue &value : reported.toArray()) {
        auto redemption = OfflineRedemption::fromJson(value, QStringLiteral("redemptions[]"));
        if (!redemption)
            return redemption.error().toResponse();
        redemptions.append(*redemption);
    }
    CouponReconciliation reconciliation(m_pool);
    QJsonArray results;
    for (const OfflineRedemption &redemption : std::as_const(redemptions)) {
        auto entry = reconciliation.report(redemption, request.terminal->terminalId);
        if (!entry && entry.error().kind != ApiError::Kind::NotFound)
            return entry.error().toResponse();
        // An unknown coupon is answered for that report alone: the others in the batch still count. status is
        // what an outbox makes of the report: a double use is stored (and listed) like any accepted report.
        results.append(entry ? entry->toResult()
                             : QJsonObject{{QLatin1String("id"), redemption.redemptionId},
                                           {QLatin1String("coupon"), redemption.couponCode},
                                           {QLatin1String("outcome"), QStringLiteral("unknown_coupon")},
                                           {QLatin1String("reason"), entry.error().message},
                                           {QLatin1String("sale"), redemption.saleId},
                                           {QLatin1String("status"), QStringLiteral("rejected")}});
    }
    return QHttpServerResponse(QJsonObject{{QLatin1String("results"), results}});
}

QHttpServerResponse CouponApi::reconciliation(const ApiRequest &request)
{
    const QString outcome = request.query.queryItemValue(QStringLiteral("outcome"));
    if (!outcome.isEmpty() && outcome != QLatin1String("double_use"))
        return ApiError::badRequest(QStringLiteral("invalid_query"), tr("outcome can only be double_use")).toResponse();
    const QString store = request.query.queryItemValue(QStringLiteral("store"));
    return answer(CouponReconciliation(m_pool).list(!outcome.isEmpty(), store),
                  [](const QList<ReconciliationEntry> &list) {
                      QJsonArray entries;
                      for (const ReconciliationEntry &entry : list)
                          entries.append(entry.toJson());
                      return QJsonObject{{QLatin1String("redemptions"), entries}};
                  });
}

QHttpServerResponse CouponApi::revocations(const ApiRequest &request)
{
    const auto after = wholeParameter(request, QStringLiteral("after"), 0, std::numeric_limits<qint64>::max(), 0);
    if (!after)
        return after.error().toResponse();
    const auto limit = wholeParameter(request, QStringLiteral("limit"), 1, CouponRevocations::maximumPageSize,
                                      CouponRevocations::defaultPageSize);
    if (!limit)
        return limit.error().toResponse();
    return answer(CouponRevocations(m_pool).after(*after, int(*limit)), [&](const QList<CouponRevocation> &page) {
        QJsonArray revocations;
        for (const CouponRevocation &revocation : page)
            revocations.append(revocation.toJson());
        // The sequence to ask after next time: the last one here, or the one asked after when none came.
        return QJsonObject{{QLatin1String("revocations"), revocations},
                           {QLatin1String("last"), page.isEmpty() ? *after : page.last().sequence},
                           {QLatin1String("more"), page.size() == *limit}};
    });
}

} // namespace omnitill::central
