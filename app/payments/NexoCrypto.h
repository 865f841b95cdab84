#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace omnitill {

// The shared key a terminal and a till are both set up with: an identifier and version the terminal
// knows it by, and the passphrase (a secret: it comes from the store settings, never from the sources).
struct NexoSecurityKey
{
    QString keyIdentifier;
    int keyVersion = 1;
    QByteArray passphrase;
};

// The message security of a local Terminal API connection (Adyen crypto version 1). Key material is
// PBKDF2-HMAC-SHA1(passphrase, "AdyenNexoV1Salt", 4000 iterations, 80 bytes): HMAC key, cipher key and
// IV in that order. Each message gets a fresh 16-byte nonce; it is encrypted whole with AES-256-CBC
// (PKCS#7) under IV XOR nonce, and HMAC-SHA256 of the plaintext proves it was not changed. The secured
// message keeps the clear MessageHeader beside NexoBlob and a SecurityTrailer.
//
// Pure functions over bytes; opening refuses a wrong key, a changed blob, header or HMAC.
class NexoCrypto
{
    Q_DECLARE_TR_FUNCTIONS(NexoCrypto)

public:
    static constexpr int nonceLength = 16;

    struct KeyMaterial
    {
        QByteArray hmacKey;
        QByteArray cipherKey;
        QByteArray iv;
    };

    [[nodiscard]] static Result<NexoCrypto> create(NexoSecurityKey key);
    [[nodiscard]] static Result<KeyMaterial> deriveKeyMaterial(const QByteArray &passphrase);

    // Secures a plain {"SaleToPOIRequest": …} or {"SaleToPOIResponse": …} message. The nonce is random
    // unless given (fixtures pin it).
    [[nodiscard]] Result<QByteArray> seal(const QByteArray &plainMessage, const QByteArray &nonce = {}) const;
    // Returns the plain message of a secured one.
    [[nodiscard]] Result<QByteArray> open(const QByteArray &securedMessage) const;

private:
    NexoCrypto(NexoSecurityKey key, KeyMaterial material);

    NexoSecurityKey m_key;
    KeyMaterial m_material;
};

} // namespace omnitill
