#include "Ed25519.h"

#include <QCoreApplication>
#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>

namespace omnitill::ed25519 {

namespace {

struct KeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct ContextDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using Context = std::unique_ptr<EVP_MD_CTX, ContextDeleter>;

Error failure(const char *what)
{
    // OpenSSL keeps its reason in a per-thread queue; take it out so the next call starts clean.
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    char reason[256] = {};
    ERR_error_string_n(code, reason, sizeof reason);
    return Error{QCoreApplication::translate("Ed25519", "Ed25519 %1 failed: %2")
                     .arg(QLatin1String(what), QString::fromLatin1(reason))};
}

Error wrongLength(qsizetype length)
{
    return Error{
        QCoreApplication::translate("Ed25519", "An Ed25519 key has 32 bytes, not %1").arg(QString::number(length))};
}

const auto *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

QByteArray rawKey(EVP_PKEY *key, bool privatePart)
{
    QByteArray raw(keySize, Qt::Uninitialized);
    size_t length = keySize;
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    const int done =
        privatePart ? EVP_PKEY_get_raw_private_key(key, out, &length) : EVP_PKEY_get_raw_public_key(key, out, &length);
    return done == 1 && length == size_t(keySize) ? raw : QByteArray();
}

} // namespace

Result<Ed25519KeyPair> generate()
{
    Key key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key)
        return failure("key generation");
    Ed25519KeyPair pair{rawKey(key.get(), true), rawKey(key.get(), false)};
    if (pair.privateKey.isEmpty() || pair.publicKey.isEmpty())
        return failure("key export");
    return pair;
}

Result<QByteArray> publicKeyOf(const QByteArray &privateKey)
{
    if (privateKey.size() != keySize)
        return wrongLength(privateKey.size());
    Key key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(privateKey), keySize));
    if (!key)
        return failure("key import");
    return rawKey(key.get(), false);
}

Result<QByteArray> sign(const QByteArray &privateKey, QByteArrayView message)
{
    if (privateKey.size() != keySize)
        return wrongLength(privateKey.size());
    Key key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(privateKey), keySize));
    Context context(EVP_MD_CTX_new());
    if (!key || !context)
        return failure("key import");
    // Ed25519 hashes internally: no digest is named, and signing is one-shot.
    if (EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return failure("signing");
    QByteArray signature(signatureSize, Qt::Uninitialized);
    size_t length = signatureSize;
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size())) != 1 ||
        length != size_t(signatureSize)) {
        return failure("signing");
    }
    return signature;
}

bool verify(const QByteArray &publicKey, QByteArrayView message, const QByteArray &signature)
{
    if (publicKey.size() != keySize || signature.size() != signatureSize)
        return false;
    Key key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), keySize));
    Context context(EVP_MD_CTX_new());
    const bool verified =
        key && context && EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
        EVP_DigestVerify(context.get(), bytes(signature), size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size())) == 1;
    ERR_clear_error();
    return verified;
}

} // namespace omnitill::ed25519
