#include "StoredValueClient.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrl>

namespace omnitill {

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace {
QString uuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

Result<qint64> integerOf(const CentralReply &reply, const char *key)
{
    if (!reply.ok())
        return Error{reply.error};
    return reply.json.value(QLatin1String(key)).toInteger();
}

StoredValueAnswer answerOf(const CentralReply &reply, const char *key)
{
    return {integerOf(reply, key), reply.status, reply.json.value(QLatin1String("short")).toInteger()};
}
} // namespace

StoredValueClient::StoredValueClient(CentralClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void StoredValueClient::balance(TenderMethod method, const QString &holder, const QString &currency, BalanceDone done)
{
    if (method == TenderMethod::GiftCard) {
        m_client.get(QStringLiteral("/v1/gift-cards/") + segment(holder), {},
                     [done = std::move(done)](const CentralReply &reply) { done(integerOf(reply, "balance")); });
        return;
    }
    if (method == TenderMethod::Points) {
        m_client.get(QStringLiteral("/v1/customers/%1/points").arg(segment(holder)), {},
                     [done = std::move(done)](const CentralReply &reply) { done(integerOf(reply, "balance")); });
        return;
    }
    m_client.get(QStringLiteral("/v1/customers/%1/store-credit").arg(segment(holder)), {},
                 [currency, done = std::move(done)](const CentralReply &reply) {
                     if (!reply.ok())
                         return done(Error{reply.error});
                     for (const QJsonValue &value : reply.json.value(QLatin1String("balances")).toArray()) {
                         const QJsonObject balance = value.toObject();
                         if (balance.value(QLatin1String("currency")).toString() == currency)
                             return done(balance.value(QLatin1String("balance")).toInteger());
                     }
                     done(qint64(0));
                 });
}

void StoredValueClient::redeem(const StoredValueRedemption &redemption, Done done)
{
    QString path;
    QJsonObject body{{QLatin1String("tender"), uuid(redemption.tender)}};
    switch (redemption.method) {
    case TenderMethod::GiftCard:
        path = QStringLiteral("/v1/gift-cards/%1/redeem").arg(segment(redemption.holder));
        body.insert(QLatin1String("amount"), redemption.amount);
        body.insert(QLatin1String("currency"), redemption.currency);
        break;
    case TenderMethod::StoreCredit:
        path = QStringLiteral("/v1/customers/%1/store-credit/redeem").arg(segment(redemption.holder));
        body.insert(QLatin1String("amount"), redemption.amount);
        body.insert(QLatin1String("currency"), redemption.currency);
        body.insert(QLatin1String("sale"), uuid(redemption.saleId));
        break;
    default:
        path = QStringLiteral("/v1/customers/%1/points/redeem").arg(segment(redemption.holder));
        body.insert(QLatin1String("points"), redemption.amount);
        body.insert(QLatin1String("sale"), uuid(redemption.saleId));
        if (redemption.offline)
            body.insert(QLatin1String("offline"), true);
        break;
    }
    postRetried(path, body, attempts,
                [done = std::move(done)](const CentralReply &reply) { done(answerOf(reply, "balance")); });
}

void StoredValueClient::refund(const QUuid &tender, const QUuid &refund, qint64 amount, Done done)
{
    postRetried(QStringLiteral("/v1/redemptions/%1/refund").arg(uuid(tender)),
                QJsonObject{{QLatin1String("amount"), amount}, {QLatin1String("refund"), uuid(refund)}}, attempts,
                [done = std::move(done)](const CentralReply &reply) { done(answerOf(reply, "refunded")); });
}

void StoredValueClient::postRetried(const QString &path, const QJsonObject &body, int attemptsLeft,
                                    CentralClient::Callback done)
{
    m_client.post(path, body, [this, path, body, attemptsLeft, done = std::move(done)](const CentralReply &reply) {
        if (reply.reached() || attemptsLeft <= 1)
            return done(reply);
        qCInfo(lcSync) << "a stored value request lost its answer; asking again with the same ids";
        postRetried(path, body, attemptsLeft - 1, done);
    });
}

} // namespace omnitill
