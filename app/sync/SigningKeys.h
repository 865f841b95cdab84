#pragma once

#include "Result.h"
#include "TokenVerifier.h"

#include <QObject>
#include <functional>

namespace omnitill {

class CentralClient;
class StoreSettings;

// The central store's public signing keys, held by the till so that it verifies app, coupon and order QR
// codes with no network. Fetched from GET /v1/keys and kept in the store's settings (central.keys), so a
// till that starts offline still knows the keys it had; a refresh replaces them all (a retired key goes).
class SigningKeys : public QObject
{
    Q_OBJECT

public:
    static const QString settingsKey;

    SigningKeys(StoreSettings &settings, CentralClient &client, QObject *parent = nullptr);

    // The keys saved by the last refresh; returns how many.
    int load();
    void refresh(std::function<void(Result<int>)> done);
    const TokenVerifier &verifier() const { return m_verifier; }
    // The coupons withdrawn at the central store (RevokedCoupons), refused by every verifier from now on.
    void setRevokedCoupons(const QHash<QString, QString> &reasons);

private:
    Result<int> adopt(const QByteArray &keysJson);

    StoreSettings &m_settings;
    CentralClient &m_client;
    TokenVerifier m_verifier;
    QHash<QString, QString> m_revokedCoupons; // kept across key refreshes, which make a new verifier
};

} // namespace omnitill
