#include "SigningKeyStore.h"

#include "AuditLog.h"
#include "ConnectionPool.h"
#include "CouponToken.h"
#include "CustomerToken.h"
#include "Ed25519.h"
#include "OrderToken.h"
#include "RandomCode.h"
#include "Transaction.h"

#include <QJsonObject>

namespace omnitill::central {

namespace {

QString base64Url(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray fromBase64Url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

SigningKeyStore::SigningKeyStore(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<QString> SigningKeyStore::rotate()
{
    auto pair = ed25519::generate();
    if (!pair)
        return ApiError::internal(pair.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Sortable and readable: which key signed a token says when the key was made.
    const QString keyId = QStringLiteral("k") + now.toString(QStringLiteral("yyyyMMddHHmmsszzz"));
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    auto inserted = transaction.run(QStringLiteral("INSERT INTO signing_keys (key_id, private_key, public_key, "
                                                   "created_at) VALUES (?, ?, ?, ?)"),
                                    {keyId, base64Url(pair->privateKey), base64Url(pair->publicKey), sqlTime(now)});
    if (!inserted)
        return inserted.error();
    if (auto audited =
            AuditLog::record(transaction, QStringLiteral("admin"), QStringLiteral("signing_key.created"), keyId);
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return keyId;
}

Outcome<void> SigningKeyStore::retire(const QString &keyId)
{
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    auto retired = transaction.run(
        QStringLiteral("UPDATE signing_keys SET retired_at = ? WHERE key_id = ? AND retired_at IS NULL"),
        {sqlTime(QDateTime::currentDateTimeUtc()), keyId});
    if (!retired)
        return retired.error();
    if (retired->numRowsAffected() != 1)
        return ApiError::notFound(QStringLiteral("unknown_key"), tr("There is no published key %1").arg(keyId));
    if (auto audited =
            AuditLog::record(transaction, QStringLiteral("admin"), QStringLiteral("signing_key.retired"), keyId);
        !audited) {
        return audited.error();
    }
    return transaction.commit();
}

Outcome<QList<PublicSigningKey>> SigningKeyStore::publishedKeys()
{
    auto query = runQuery(m_pool, QStringLiteral("SELECT key_id, public_key, created_at FROM signing_keys "
                                                 "WHERE retired_at IS NULL ORDER BY created_at DESC, key_id DESC"));
    if (!query)
        return query.error();
    QSqlQuery rows = std::move(query).value();
    QList<PublicSigningKey> keys;
    while (rows.next()) {
        keys.append({rows.value(0).toString(), fromBase64Url(rows.value(1).toString()), rows.value(2).toDateTime(),
                     keys.isEmpty()});
    }
    return keys;
}

QJsonArray SigningKeyStore::toJson(const QList<PublicSigningKey> &keys)
{
    QJsonArray array;
    for (const PublicSigningKey &key : keys) {
        QJsonObject json;
        json.insert(QLatin1String("kid"), key.keyId);
        json.insert(QLatin1String("alg"), QStringLiteral("Ed25519"));
        json.insert(QLatin1String("publicKey"), base64Url(key.publicKey));
        json.insert(QLatin1String("createdAt"), key.createdAt.toUTC().toString(Qt::ISODateWithMs));
        json.insert(QLatin1String("active"), key.active);
        array.append(json);
    }
    return array;
}

Outcome<TokenVerifier> SigningKeyStore::verifier()
{
    auto keys = publishedKeys();
    if (!keys)
        return keys.error();
    TokenVerifier verifier;
    for (const PublicSigningKey &key : *keys)
        verifier.addKey(key.keyId, key.publicKey);
    return verifier;
}

Outcome<std::pair<QString, QByteArray>> SigningKeyStore::activeKey()
{
    const QString newest = QStringLiteral("SELECT key_id, private_key FROM signing_keys WHERE retired_at IS NULL "
                                          "ORDER BY created_at DESC, key_id DESC LIMIT 1");
    auto query = runQuery(m_pool, newest);
    if (!query)
        return query.error();
    QSqlQuery row = std::move(query).value();
    if (!row.next()) {
        row.finish();
        if (auto created = rotate(); !created)
            return created.error();
        return activeKey();
    }
    return std::pair{row.value(0).toString(), fromBase64Url(row.value(1).toString())};
}

Outcome<QString> SigningKeyStore::customerToken(const QString &customerId, const QString &tier, const QDateTime &now)
{
    auto key = activeKey();
    if (!key)
        return key.error();
    auto token = CustomerToken::sign(CustomerToken::claimsFor(customerId, tier, key->first, now), key->second);
    if (!token)
        return ApiError::internal(token.error());
    return *token;
}

Outcome<QString> SigningKeyStore::orderToken(OrderTokenClaims claims)
{
    auto key = activeKey();
    if (!key)
        return key.error();
    claims.keyId = key->first;
    auto token = OrderToken::sign(claims, key->second);
    if (!token)
        return ApiError::internal(token.error());
    return *token;
}

Outcome<QString> SigningKeyStore::couponToken(const Coupon &coupon)
{
    auto key = activeKey();
    if (!key)
        return key.error();
    auto token = CouponToken::sign({key->first, coupon.id, normalizedCode(coupon.code), coupon.customerId, coupon.rule,
                                    coupon.validFrom, coupon.validUntil},
                                   key->second);
    if (!token) // a rule too long for a QR code
        return ApiError::badRequest(QStringLiteral("token_too_long"), token.error());
    return *token;
}

} // namespace omnitill::central
