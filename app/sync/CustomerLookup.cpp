#include "CustomerLookup.h"

#include "CentralClient.h"
#include "CustomerCache.h"
#include "CustomerToken.h"
#include "SigningKeys.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace omnitill {

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace {
IdentifiedCustomer fromJson(const QJsonObject &customer)
{
    IdentifiedCustomer found;
    found.id = customer.value(QLatin1String("id")).toString();
    found.name = customer.value(QLatin1String("name")).toString();
    found.tier = customer.value(QLatin1String("tier")).toString();
    found.loyaltyNumber = customer.value(QLatin1String("loyaltyNumber")).toString();
    found.points = customer.value(QLatin1String("points")).toInteger();
    found.email = customer.value(QLatin1String("email")).toString();
    found.address = customer.value(QLatin1String("address")).toString();
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
    m_client.get(
        QStringLiteral("/v1/customers"), query,
        [this, field, value, done = std::move(done)](const CentralReply &reply) {
            if (!reply.ok()) {
                if (!reply.reached()) {
                    if (auto known = cached(field, value)) {
                        done(*known);
                        return;
                    }
                    done(Error{tr("The central store cannot be reached and this customer is not among those the till "
                                  "keeps for offline use: scan the customer's app code instead, or sell without the "
                                  "customer (%1)")
                                   .arg(reply.error)});
                    return;
                }
                done(Error{reply.status == 404 ? tr("No customer has that number") : reply.error});
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
                         // Offline, the signed code is enough to know who it is; the cache may know more.
                         done(cached(QStringLiteral("id"), known.id).value_or(known));
                         return;
                     }
                     IdentifiedCustomer found = fromJson(reply.json.value(QLatin1String("customer")).toObject());
                     found.fromCentral = true;
                     found.profile = reply.json;
                     if (m_cache) {
                         const QJsonArray customer{reply.json.value(QLatin1String("customer"))};
                         if (auto kept = m_cache->put(customer, m_clock(), m_cacheSize); !kept)
                             qCWarning(lcSync) << "customer not cached:" << kept.error();
                     }
                     m_client.post(path + QStringLiteral("/visits"), {}, [](const CentralReply &) {});
                     done(found);
                 });
}

std::optional<IdentifiedCustomer> CustomerLookup::cached(const QString &field, const QString &value) const
{
    if (!m_cache)
        return std::nullopt;
    auto found = field == QLatin1String("phone")     ? m_cache->byPhone(value)
                 : field == QLatin1String("loyalty") ? m_cache->byLoyaltyNumber(value)
                                                     : m_cache->byId(value);
    if (!found) {
        qCWarning(lcSync) << "the customer cache cannot be read:" << found.error();
        return std::nullopt;
    }
    if (!found->has_value())
        return std::nullopt;
    const CachedCustomer &customer = **found;
    IdentifiedCustomer known;
    known.id = customer.id;
    known.name = customer.name;
    known.tier = customer.tier;
    known.loyaltyNumber = customer.loyaltyNumber;
    known.points = customer.points;
    known.pointsAsOf = customer.pointsAsOf;
    return known;
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
