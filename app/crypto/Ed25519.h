#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace omnitill {

// An Ed25519 key pair as raw bytes: 32 of private key (the seed) and 32 of public key, the forms that
// RFC 8032 defines and that are stored, served and compared.
struct Ed25519KeyPair
{
    QByteArray privateKey;
    QByteArray publicKey;
};

// Ed25519 signatures through OpenSSL 3's EVP interface. Every function takes and returns raw keys, so a
// caller never holds an OpenSSL object; a key of the wrong length is an error, not a crash.
namespace ed25519 {

constexpr qsizetype keySize = 32;
constexpr qsizetype signatureSize = 64;

[[nodiscard]] Result<Ed25519KeyPair> generate();
[[nodiscard]] Result<QByteArray> publicKeyOf(const QByteArray &privateKey);
[[nodiscard]] Result<QByteArray> sign(const QByteArray &privateKey, QByteArrayView message);
// False for a bad signature and for a malformed key or signature alike.
[[nodiscard]] bool verify(const QByteArray &publicKey, QByteArrayView message, const QByteArray &signature);

} // namespace ed25519
} // namespace omnitill
