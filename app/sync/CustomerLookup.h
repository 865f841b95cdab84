#pragma once

#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <functional>

namespace omnitill {

class CentralClient;
class CustomerCache;
class SigningKeys;

// A customer as the till knows them once identified: from the central store (with the whole profile), or,
// when it cannot be reached, from the till's customer cache (name, tier, points as of when it was pulled), or
// only from the signed app code (id and tier, nothing more).
struct IdentifiedCustomer
{
    QString id;
    QString name;
    QString tier;
    QString loyaltyNumber;
    qint64 points = 0;
    // Where receipts are mailed and shipments go, as on file at the central store (empty: none, or not reached).
    QString email;
    QString address;
    bool fromCentral = false;
    QDateTime pointsAsOf; // offline, from the till's customer cache: when the central store last said so
    QJsonObject profile;  // GET /v1/customers/{id}/profile, when reached

    [[nodiscard]] bool fromCache() const { return pointsAsOf.isValid(); }
};

// Identifies the customer in front of the till from what was scanned or typed: the app's QR code ("OMC1:…",
// verified here with the held keys, so it works offline; expired, forged and replayed codes are refused
// with the reason), a loyalty number or a phone number (these need the central store, or, offline, the
// customer cache). Every identification the central store hears of counts as a visit there, with or without
// a purchase, and puts the customer in the cache.
class CustomerLookup : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    using Done = std::function<void(Result<IdentifiedCustomer>)>;

    CustomerLookup(CentralClient &client, const SigningKeys &keys, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Recent and frequent customers, for when the central store cannot be asked; size: how many it keeps.
    void setCache(CustomerCache *cache, int size)
    {
        m_cache = cache;
        m_cacheSize = size;
    }
    void identify(const QString &scannedOrTyped, Done done);

private:
    void identifyByToken(const QString &token, Done done);
    void find(const QString &field, const QString &value, Done done);
    void fetchProfile(IdentifiedCustomer known, Done done);
    // A nonce seen before its code expired is a replay (a screenshot shown twice).
    bool spendNonce(const QString &nonce, const QDateTime &expiresAt);
    // The cached customer, or nullopt (no cache, not in it, or it could not be read).
    [[nodiscard]] std::optional<IdentifiedCustomer> cached(const QString &field, const QString &value) const;

    CentralClient &m_client;
    const SigningKeys &m_keys;
    CustomerCache *m_cache = nullptr;
    int m_cacheSize = 0;
    QHash<QString, QDateTime> m_spentNonces; // nonce -> when its code expires; pruned as they expire
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace omnitill
