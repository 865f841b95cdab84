#include "SigningKeys.h"

#include "CentralClient.h"
#include "StoreSettings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace omnitill {

const QString SigningKeys::settingsKey = QStringLiteral("central.keys");

SigningKeys::SigningKeys(StoreSettings &settings, CentralClient &client, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(client)
{
}

int SigningKeys::load()
{
    const auto saved = m_settings.value(settingsKey);
    if (!saved)
        return 0;
    const auto adopted = adopt(saved->toUtf8());
    return adopted ? *adopted : 0;
}

void SigningKeys::refresh(std::function<void(Result<int>)> done)
{
    m_client.get(QStringLiteral("/v1/keys"), {}, [this, done = std::move(done)](const CentralReply &reply) {
        if (!reply.ok()) {
            done(Error{tr("The signing keys were not updated: %1").arg(reply.error)});
            return;
        }
        const QByteArray keys =
            QJsonDocument(reply.json.value(QLatin1String("keys")).toArray()).toJson(QJsonDocument::Compact);
        auto adopted = adopt(keys);
        if (adopted) {
            if (auto saved = m_settings.setValue(settingsKey, QString::fromUtf8(keys)); !saved)
                adopted = Error{saved.error()};
        }
        done(adopted);
    });
}

void SigningKeys::setRevokedCoupons(const QHash<QString, QString> &reasons)
{
    m_revokedCoupons = reasons;
    m_verifier.setRevokedCoupons(reasons);
}

Result<int> SigningKeys::adopt(const QByteArray &keysJson)
{
    TokenVerifier next;
    for (const QJsonValue &value : QJsonDocument::fromJson(keysJson).array()) {
        const QJsonObject key = value.toObject();
        const QByteArray publicKey =
            QByteArray::fromBase64(key.value(QLatin1String("publicKey")).toString().toLatin1(),
                                   QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (key.value(QLatin1String("alg")).toString() != QLatin1String("Ed25519") || publicKey.size() != 32)
            return Error{tr("The central store sent a signing key this till cannot use")};
        next.addKey(key.value(QLatin1String("kid")).toString(), publicKey);
    }
    next.setRevokedCoupons(m_revokedCoupons);
    m_verifier = next;
    return int(next.keyCount());
}

} // namespace omnitill
