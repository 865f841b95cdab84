#pragma once

#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <variant>

namespace omnitill {

// The envelope every QR token of the central store shares: a short ASCII prefix naming the kind and format
// ("OMC1:", "OMCP1:"), base64url of a compact JSON payload, ".", and base64url of the Ed25519 signature over
// the ASCII text before the dot. The payload carries the format version "v" and the signing key's id "kid".
// CustomerToken and CouponToken say what else it holds; TokenVerifier turns a flaw into a sentence.
class SignedToken
{
public:
    // What is wrong with a token, in the order it is checked.
    enum class Flaw {
        TooLong,      // refused before decoding anything
        WrongPrefix,  // another kind of code, or another format
        NoSignature,  // not exactly one dot
        NotBase64,    // either part
        Unreadable,   // not a JSON object, or wrong version, or no key id
        UnknownKey,   // kid names no key held
        BadSignature, // forged or altered
    };
    struct Refusal
    {
        Flaw flaw;
        QString keyId; // for UnknownKey
    };
    struct Opened
    {
        QString keyId;
        QJsonObject payload; // signature checked; the kind's own claims are the caller's to check
    };

    // The payload gains "v" and "kid"; refuses a token longer than maximumLength.
    [[nodiscard]] static Result<QString> seal(QLatin1StringView prefix, int version, const QString &keyId,
                                              QJsonObject payload, const QByteArray &privateKey,
                                              qsizetype maximumLength);

    // keys: key id -> raw Ed25519 public key.
    [[nodiscard]] static std::variant<Opened, Refusal> open(QLatin1StringView prefix, int version, const QString &token,
                                                            qsizetype maximumLength,
                                                            const QHash<QString, QByteArray> &keys);
};

} // namespace omnitill
