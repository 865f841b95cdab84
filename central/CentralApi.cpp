#include "CentralApi.h"

#include "CouponLedger.h"
#include "CustomerRepository.h"
#include "SaleIngest.h"
#include "SigningKeyStore.h"
#include "TerminalRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace omnitill::central {

namespace {

template <typename T, typename Make>
QHttpServerResponse answer(const Outcome<T> &outcome, Make make,
                           QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    if (!outcome)
        return outcome.error().toResponse();
    return QHttpServerResponse(make(*outcome), status);
}

ApiError wrongType(const QString &field, const QString &expected)
{
    return ApiError::badRequest(
        QStringLiteral("invalid_field"),
        QCoreApplication::translate("CentralApi", "The field \"%1\" must be %2").arg(field, expected));
}

// An optional string field: absent is empty, anything but a string is a 400.
std::optional<ApiError> readString(const QJsonObject &body, const char *key, QString &out)
{
    const QJsonValue value = body.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        return wrongType(QLatin1String(key), QCoreApplication::translate("CentralApi", "a string"));
    out = value.toString();
    return std::nullopt;
}

} // namespace

CentralApi::CentralApi(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<QJsonObject> CentralApi::parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ApiError::badRequest(
            QStringLiteral("malformed_json"),
            tr("The body is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    }
    if (!document.isObject())
        return ApiError::badRequest(QStringLiteral("invalid_body"), tr("The body must be a JSON object"));
    return document.object();
}

QHttpServerResponse CentralApi::enroll(const ApiRequest &request)
{
    auto body = parseObject(request.body);
    if (!body)
        return body.error().toResponse();
    const QJsonValue code = body->value(QLatin1String("code"));
    const QJsonValue name = body->value(QLatin1String("name"));
    if (!code.isString() || code.toString().isEmpty())
        return wrongType(QStringLiteral("code"), tr("the enrollment code, a string")).toResponse();
    if (!name.isUndefined() && !name.isString())
        return wrongType(QStringLiteral("name"), tr("a string")).toResponse();
    return answer(
        TerminalRegistry(m_pool).enroll(code.toString(), name.toString()),
        [](const EnrolledTerminal &terminal) {
            return QJsonObject{{QLatin1String("terminal"), terminal.terminalId},
                               {QLatin1String("store"), terminal.storeId},
                               {QLatin1String("credential"), terminal.credential}};
        },
        QHttpServerResponse::StatusCode::Created);
}

QHttpServerResponse CentralApi::keys(const ApiRequest &)
{
    return answer(SigningKeyStore(m_pool).publishedKeys(), [](const QList<PublicSigningKey> &keys) {
        return QJsonObject{{QLatin1String("keys"), SigningKeyStore::toJson(keys)}};
    });
}

QHttpServerResponse CentralApi::ingestSales(const ApiRequest &request)
{
    auto body = parseObject(request.body);
    if (!body)
        return body.error().toResponse();
    const QJsonValue sales = body->value(QLatin1String("sales"));
    if (!sales.isArray())
        return wrongType(QStringLiteral("sales"), tr("an array of sale records")).toResponse();
    return answer(SaleIngest(m_pool).ingest(sales.toArray(), *request.terminal),
                  [](const QJsonObject &results) { return results; });
}

QHttpServerResponse CentralApi::findCustomer(const ApiRequest &request)
{
    const auto toJson = [](const Customer &customer) { return customer.toJson(); };
    CustomerRepository customers(m_pool);
    if (request.query.hasQueryItem(QStringLiteral("loyalty")))
        return answer(customers.byLoyaltyNumber(request.query.queryItemValue(QStringLiteral("loyalty"))), toJson);
    if (request.query.hasQueryItem(QStringLiteral("phone")))
        return answer(customers.byPhone(request.query.queryItemValue(QStringLiteral("phone"))), toJson);
    if (request.query.hasQueryItem(QStringLiteral("token"))) {
        // The till usually verifies app tokens itself, offline; this is the same check, online.
        auto verifier = SigningKeyStore(m_pool).verifier();
        if (!verifier)
            return verifier.error().toResponse();
        const auto claims = verifier->verify(request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded),
                                             QDateTime::currentDateTimeUtc());
        if (!claims)
            return ApiError::badRequest(QStringLiteral("invalid_token"), claims.error()).toResponse();
        return answer(customers.byId(claims->customerId), toJson);
    }
    return ApiError::badRequest(QStringLiteral("missing_query"), tr("Look a customer up by loyalty, phone or token"))
        .toResponse();
}

QHttpServerResponse CentralApi::customer(const ApiRequest &request)
{
    return answer(CustomerRepository(m_pool).byId(request.arguments.value(0)),
                  [](const Customer &customer) { return customer.toJson(); });
}

QHttpServerResponse CentralApi::customerPoints(const ApiRequest &request)
{
    return answer(CustomerRepository(m_pool).ledger(request.arguments.value(0)), [](const QList<PointsEntry> &entries) {
        QJsonArray ledger;
        qint64 balance = 0;
        for (const PointsEntry &entry : entries) {
            ledger.append(entry.toJson());
            balance += entry.points;
        }
        return QJsonObject{{QLatin1String("balance"), balance}, {QLatin1String("ledger"), ledger}};
    });
}

QHttpServerResponse CentralApi::recordVisit(const ApiRequest &request)
{
    if (!request.body.trimmed().isEmpty()) {
        if (auto body = parseObject(request.body); !body)
            return body.error().toResponse();
    }
    const QString customerId = request.arguments.value(0);
    CustomerRepository customers(m_pool);
    auto recorded = customers.recordVisit(customerId, request.terminal->storeId, request.terminal->terminalId);
    if (!recorded)
        return recorded.error().toResponse();
    return answer(
        customers.byId(customerId), [](const Customer &customer) { return customer.toJson(); },
        QHttpServerResponse::StatusCode::Created);
}

QHttpServerResponse CentralApi::redeemPoints(const ApiRequest &request)
{
    auto body = parseObject(request.body);
    if (!body)
        return body.error().toResponse();
    const QJsonValue points = body->value(QLatin1String("points"));
    QString sale;
    if (auto invalid = readString(*body, "sale", sale))
        return invalid->toResponse();
    if (!points.isDouble() || points.toDouble() != double(points.toInteger()) || points.toInteger() <= 0)
        return wrongType(QStringLiteral("points"), tr("a whole number above zero")).toResponse();
    if (QUuid::fromString(sale).isNull())
        return wrongType(QStringLiteral("sale"), tr("the UUID of the sale")).toResponse();
    return answer(CustomerRepository(m_pool).redeemPoints(request.arguments.value(0), points.toInteger(),
                                                          QUuid::fromString(sale).toString(QUuid::WithoutBraces),
                                                          request.terminal->terminalId),
                  [](qint64 balance) {
                      return QJsonObject{{QLatin1String("balance"), balance}};
                  });
}

QHttpServerResponse CentralApi::validateCoupon(const ApiRequest &request)
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

QHttpServerResponse CentralApi::reserveCoupon(const ApiRequest &request)
{
    auto body = parseObject(request.body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : request.body);
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

QHttpServerResponse CentralApi::redeemCoupon(const ApiRequest &request)
{
    auto body = parseObject(request.body);
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

QHttpServerResponse CentralApi::releaseCoupon(const ApiRequest &request)
{
    auto body = parseObject(request.body);
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

} // namespace omnitill::central
