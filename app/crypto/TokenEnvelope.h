#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QLatin1StringView>

namespace omnitill {

// What an envelope holds once its signature checked out: the key that signed it and the claims.
struct OpenedEnvelope
{
    QString keyId;
    QJsonObject claims;
};

// The form every signed token shares (customer app codes "OMC1:", order codes "OMO1:"):
//     prefix + base64url(compact JSON claims) + "." + base64url(Ed25519 signature)
// with the signature over the ASCII text before the dot, and the claims carrying "v" (the format version)
// and "kid" (the signing key). One place seals and opens it, so the token kinds differ only in their claims.
class TokenEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(TokenEnvelope)

public:
    static constexpr int formatVersion = 1;

    // payload gets "v" added; it must already hold "kid".
    [[nodiscard]] static Result<QString> seal(QLatin1StringView prefix, QJsonObject payload,
                                              const QByteArray &privateKey, qsizetype maximumLength);

    // Refuses anything too long, of another prefix, malformed, of another version or signed by a key that
    // is not in keys. noun names the code in the reasons ("customer app code"), which a cashier reads.
    [[nodiscard]] static Result<OpenedEnvelope> open(const QString &token, QLatin1StringView prefix,
                                                     qsizetype maximumLength, const QString &noun,
                                                     const QHash<QString, QByteArray> &keys);
};

} // namespace omnitill
