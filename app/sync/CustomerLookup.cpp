#include "CustomerLookup.h"

#include "CentralClient.h"
#include "CustomerToken.h"
#include "SigningKeys.h"

#include <QRegularExpression>

namespace omnitill {

namespace {
IdentifiedCustomer fromJson(const QJsonObject &customer)
{
    IdentifiedCustomer found;
    found.id = customer.value(QLatin1String("id")).toString();
    found.name = customer.value(QLatin1String("name")).toString();
    found.tier = customer.value(QLatin1String("tier")).toString();
    found.loyaltyNumber = customer.value(QLatin1String("loyaltyNumber")).toString();
    found.points = customer.value(QLatin1String("points")).toInteger();
    return found;
}
} // namespace

CustomerLookup::CustomerLookup(CentralClient &client, const SigningKeys &keys, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_keys(keys)
{
}

void CustomerLookup::identify(const QString &scannedOrTyped, Done done)
{
    const QString text = scannedOrTyped.trimmed();
    if (text.startsWith(CustomerToken::prefix)) {
        identifyByToken(text, std::move(done));
        return;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9 +-]{8,20}$"));
    if (!digits.match(text).hasMatch()) {
        done(Error{tr("Scan the customer's app code, or type their loyalty or phone number")});
        return;
    }
    QString number = text;
    number.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    // Korean mobile numbers start 01 (010-1234-5678); loyalty numbers never do.
    const bool phone = number.startsWith(QLatin1String("01")) || text.startsWith(QLatin1Char('+'));
    find(phone ? QStringLiteral("phone") : QStringLiteral("loyalty"), number, std::move(done));
}

void CustomerLookup::identifyByToken(const QString &token, Done done)
{
    const QDateTime now = m_clock();
    auto claims = m_keys.verifier().verify(token, now);
    if (!claims) {
        done(Error{claims.error()});
        return;
    }
    if (!spendNonce(claims->nonce, claims->expiresAt)) {
        done(Error{tr("This app code was already used: ask the customer to show a fresh one")});
        return;
    }
    IdentifiedCustomer known;
    known.id = claims->customerId;
    known.tier = claims->tier;
    fetchProfile(known, std::move(done));
}

void CustomerLookup::find(const QString &field, const QString &value, Done done)
{
    QUrlQuery query;
    query.addQueryItem(field, value);
    m_client.get(QStringLiteral("/v1/customers"), query, [this, done = std::move(done)](const CentralReply &reply) {
        if (!reply.ok()) {
            done(Error{reply.status == 404 ? tr("No customer has that number")
                       : reply.reached()   ? reply.error
                                           : tr("%1: a number needs the central store; scan the customer's app "
                                                  "code instead")
                                               .arg(reply.error)});
            return;
        }
        fetchProfile(fromJson(reply.json), done);
    });
}

void CustomerLookup::fetchProfile(IdentifiedCustomer known, Done done)
{
    const QString path = QStringLiteral("/v1/customers/%1").arg(known.id);
    m_client.get(path + QStringLiteral("/profile"), {},
                 [this, known, path, done = std::move(done)](const CentralReply &reply) mutable {
                     if (reply.status == 404) {
                         done(Error{tr("The central store does not know this customer")});
                         return;
                     }
                     if (!reply.ok()) {
                         // Offline, the signed code is enough to know who it is; the rest waits.
                         done(known);
                         return;
                     }
                     IdentifiedCustomer found = fromJson(reply.json.value(QLatin1String("customer")).toObject());
                     found.fromCentral = true;
                     found.profile = reply.json;
                     m_client.post(path + QStringLiteral("/visits"), {}, [](const CentralReply &) {});
                     done(found);
                 });
}

bool CustomerLookup::spendNonce(const QString &nonce, const QDateTime &expiresAt)
{
    const QDateTime now = m_clock();
    for (auto spent = m_spentNonces.begin(); spent != m_spentNonces.end();)
        spent = spent.value() < now ? m_spentNonces.erase(spent) : std::next(spent);
    if (m_spentNonces.contains(nonce))
        return false;
    m_spentNonces.insert(nonce, expiresAt);
    return true;
}

} // namespace omnitill
