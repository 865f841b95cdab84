#include "CentralApi.h"

#include "ApiJson.h"
#include "CustomerRepository.h"
#include "OutboxBatchIngest.h"
#include "SaleIngest.h"
#include "SigningKeyStore.h"
#include "StoreCredit.h"
#include "TerminalRegistry.h"
#include "TillReturnIngest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace omnitill::central {

namespace {

// The body's array under key, taken in by ingest; 400 naming what was expected when there is none.
QHttpServerResponse ingestBatch(const ApiRequest &request, const QString &key, const QString &expected,
                                const std::function<Outcome<QJsonObject>(const QJsonArray &)> &ingest)
{
    auto body = parseJsonObject(request.body);
    if (!body)
        return body.error().toResponse();
    const QJsonValue records = body->value(key);
    if (!records.isArray())
        return wrongType(key, expected).toResponse();
    return answer(ingest(records.toArray()), [](const QJsonObject &results) { return results; });
}

} // namespace

CentralApi::CentralApi(ConnectionPool &pool)
    : m_pool(pool)
{
}

QHttpServerResponse CentralApi::enroll(const ApiRequest &request)
{
    auto body = parseJsonObject(request.body);
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
    return ingestBatch(request, QStringLiteral("sales"), tr("an array of sale records"),
                       [&](const QJsonArray &sales) { return SaleIngest(m_pool).ingest(sales, *request.terminal); });
}

QHttpServerResponse CentralApi::ingestTillReturns(const ApiRequest &request)
{
    return ingestBatch(
        request, QStringLiteral("returns"), tr("an array of return records"),
        [&](const QJsonArray &returns) { return TillReturnIngest(m_pool).ingest(returns, *request.terminal); });
}

QHttpServerResponse CentralApi::ingestOutboxBatch(const ApiRequest &request)
{
    return ingestBatch(
        request, QStringLiteral("records"), tr("an array of outbox records"),
        [&](const QJsonArray &records) { return OutboxBatchIngest(m_pool).ingest(records, *request.terminal); });
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

QHttpServerResponse CentralApi::regularCustomers(const ApiRequest &request)
{
    const auto limit = wholeParameter(request, QStringLiteral("limit"), 1, maximumRegulars, 500);
    if (!limit)
        return limit.error().toResponse();
    const auto days = wholeParameter(request, QStringLiteral("days"), 1, 3660, 180);
    if (!days)
        return days.error().toResponse();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return answer(CustomerRepository(m_pool).regularsOf(request.terminal->storeId, now.addDays(-*days), int(*limit)),
                  [&](const QList<Customer> &regulars) {
                      QJsonArray customers;
                      for (const Customer &customer : regulars)
                          customers.append(customer.toJson());
                      return QJsonObject{{QLatin1String("store"), request.terminal->storeId},
                                         {QLatin1String("customers"), customers},
                                         {QLatin1String("at"), now.toString(Qt::ISODateWithMs)}};
                  });
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
        if (auto body = parseJsonObject(request.body); !body)
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

namespace {

// A redemption's body: a whole number above zero in `field`, the sale's UUID, and optionally the till's
// tender UUID. The redemption is keyed by the tender when there is one, so one sale may pay this way more
// than once (a tender given back and taken again) and each tender redeems once however often it is asked.
struct Redemption
{
    qint64 amount = 0;
    QString key;
    bool offline = false; // taken at the till while it could not reach the central store (points only)
};

Outcome<Redemption> redemptionIn(const QJsonObject &body, const char *field)
{
    const QJsonValue amount = body.value(QLatin1String(field));
    QString sale;
    QString tender;
    if (auto invalid = readString(body, "sale", sale))
        return *invalid;
    if (auto invalid = readString(body, "tender", tender))
        return *invalid;
    if (!amount.isDouble() || amount.toDouble() != double(amount.toInteger()) || amount.toInteger() <= 0)
        return wrongType(QLatin1String(field), CentralApi::tr("a whole number above zero"));
    if (QUuid::fromString(sale).isNull())
        return wrongType(QStringLiteral("sale"), CentralApi::tr("the UUID of the sale"));
    if (!tender.isEmpty() && QUuid::fromString(tender).isNull())
        return wrongType(QStringLiteral("tender"), CentralApi::tr("the UUID of the till's tender"));
    const QJsonValue offline = body.value(QLatin1String("offline"));
    if (!offline.isUndefined() && !offline.isBool())
        return wrongType(QStringLiteral("offline"), CentralApi::tr("true or false"));
    return Redemption{amount.toInteger(),
                      QUuid::fromString(tender.isEmpty() ? sale : tender).toString(QUuid::WithoutBraces),
                      offline.toBool()};
}

} // namespace

QHttpServerResponse CentralApi::redeemPoints(const ApiRequest &request)
{
    auto body = parseJsonObject(request.body);
    if (!body)
        return body.error().toResponse();
    auto redemption = redemptionIn(*body, "points");
    if (!redemption)
        return redemption.error().toResponse();
    return answer(CustomerRepository(m_pool).redeemPoints(request.arguments.value(0), redemption->amount,
                                                          redemption->key, request.terminal->terminalId,
                                                          redemption->offline),
                  [](const PointsRedeemed &redeemed) {
                      QJsonObject json{{QLatin1String("balance"), redeemed.balance}};
                      if (redeemed.shortBy > 0)
                          json.insert(QLatin1String("short"), redeemed.shortBy);
                      return json;
                  });
}

QHttpServerResponse CentralApi::storeCredit(const ApiRequest &request)
{
    return answer(StoreCredit(m_pool).balances(request.arguments.value(0)),
                  [](const QList<StoreCreditBalance> &balances) {
                      QJsonArray json;
                      for (const StoreCreditBalance &balance : balances)
                          json.append(balance.toJson());
                      return QJsonObject{{QLatin1String("balances"), json}};
                  });
}

QHttpServerResponse CentralApi::redeemStoreCredit(const ApiRequest &request)
{
    auto body = parseJsonObject(request.body);
    if (!body)
        return body.error().toResponse();
    auto redemption = redemptionIn(*body, "amount");
    if (!redemption)
        return redemption.error().toResponse();
    const QString currency = body->value(QLatin1String("currency")).toString();
    if (currency.size() != 3)
        return wrongType(QStringLiteral("currency"), tr("an ISO 4217 code such as KRW")).toResponse();
    return answer(StoreCredit(m_pool).redeem(request.arguments.value(0), currency, redemption->amount, redemption->key,
                                             request.terminal->terminalId),
                  [&](qint64 balance) {
                      return StoreCreditBalance{currency, balance}.toJson();
                  });
}

} // namespace omnitill::central
