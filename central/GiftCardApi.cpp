#include "GiftCardApi.h"

#include "ApiJson.h"
#include "GiftCards.h"
#include "RedemptionRefunds.h"

#include <QUuid>

namespace omnitill::central {

namespace {

// A change of value: {"amount": minor units above zero, "currency": "KRW", <key>: a UUID}.
struct ValueChange
{
    qint64 amount = 0;
    QString currency;
    QString key;
};

Outcome<ValueChange> valueChangeIn(const QByteArray &text, const char *keyField, bool needsCurrency)
{
    auto body = parseJsonObject(text);
    if (!body)
        return body.error();
    const QJsonValue amount = body->value(QLatin1String("amount"));
    if (!amount.isDouble() || amount.toDouble() != double(amount.toInteger()) || amount.toInteger() <= 0)
        return wrongType(QStringLiteral("amount"), GiftCardApi::tr("a whole number above zero"));
    ValueChange change{amount.toInteger(), {}, {}};
    if (auto invalid = readString(*body, "currency", change.currency))
        return *invalid;
    if (needsCurrency && change.currency.size() != 3)
        return wrongType(QStringLiteral("currency"), GiftCardApi::tr("an ISO 4217 code such as KRW"));
    QString key;
    if (auto invalid = readString(*body, keyField, key))
        return *invalid;
    if (QUuid::fromString(key).isNull())
        return wrongType(QLatin1String(keyField), GiftCardApi::tr("a UUID"));
    change.key = QUuid::fromString(key).toString(QUuid::WithoutBraces);
    return change;
}

Outcome<QString> cardNumberIn(const ApiRequest &request)
{
    const QString number = GiftCards::normalizedNumber(request.arguments.value(0));
    if (number.isEmpty())
        return wrongType(QStringLiteral("number"), GiftCardApi::tr("a gift card number of 12 to 19 digits"));
    return number;
}

} // namespace

GiftCardApi::GiftCardApi(ConnectionPool &pool)
    : m_pool(pool)
{
}

QHttpServerResponse GiftCardApi::balance(const ApiRequest &request)
{
    auto number = cardNumberIn(request);
    if (!number)
        return number.error().toResponse();
    return answer(GiftCards(m_pool).find(*number), [](const GiftCard &card) { return card.toJson(); });
}

QHttpServerResponse GiftCardApi::redeem(const ApiRequest &request)
{
    auto number = cardNumberIn(request);
    if (!number)
        return number.error().toResponse();
    auto change = valueChangeIn(request.body, "tender", true);
    if (!change)
        return change.error().toResponse();
    return answer(
        GiftCards(m_pool).redeem(*number, change->currency, change->amount, change->key, request.terminal->terminalId),
        [&](const GiftCard &card) {
            QJsonObject json = card.toJson();
            json.insert(QLatin1String("redemption"), change->key);
            return json;
        });
}

QHttpServerResponse GiftCardApi::reload(const ApiRequest &request)
{
    auto number = cardNumberIn(request);
    if (!number)
        return number.error().toResponse();
    auto change = valueChangeIn(request.body, "source", true);
    if (!change)
        return change.error().toResponse();
    return answer(
        GiftCards(m_pool).reload(*number, change->currency, change->amount, change->key, request.terminal->terminalId),
        [](const GiftCard &card) { return card.toJson(); });
}

QHttpServerResponse GiftCardApi::refundRedemption(const ApiRequest &request)
{
    const QUuid redemption = QUuid::fromString(request.arguments.value(0));
    if (redemption.isNull())
        return wrongType(QStringLiteral("redemption"), tr("the UUID of the till's tender")).toResponse();
    auto change = valueChangeIn(request.body, "refund", false);
    if (!change)
        return change.error().toResponse();
    return answer(RedemptionRefunds(m_pool).refund(redemption.toString(QUuid::WithoutBraces), change->key,
                                                   change->amount, request.terminal->terminalId),
                  [](const RedemptionRefund &refund) { return refund.toJson(); });
}

} // namespace omnitill::central
