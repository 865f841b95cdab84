#include "NexoCrypto.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace omnitill {

namespace {
constexpr int keyLength = 32;
constexpr int ivLength = 16;
constexpr int iterations = 4000;
constexpr int cryptoVersion = 1;

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};

std::optional<QByteArray> aes256Cbc(bool encrypt, const QByteArray &key, const QByteArray &iv, const QByteArray &in)
{
    std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter> context(EVP_CIPHER_CTX_new());
    if (!context || EVP_CipherInit_ex(context.get(), EVP_aes_256_cbc(), nullptr,
                                      reinterpret_cast<const unsigned char *>(key.constData()),
                                      reinterpret_cast<const unsigned char *>(iv.constData()), encrypt ? 1 : 0) != 1)
        return std::nullopt;
    QByteArray out(in.size() + ivLength, Qt::Uninitialized);
    int written = 0;
    int finalWritten = 0;
    auto *outBytes = reinterpret_cast<unsigned char *>(out.data());
    if (EVP_CipherUpdate(context.get(), outBytes, &written, reinterpret_cast<const unsigned char *>(in.constData()),
                         int(in.size())) != 1 ||
        EVP_CipherFinal_ex(context.get(), outBytes + written, &finalWritten) != 1)
        return std::nullopt; // on decryption: bad padding, i.e. the wrong key or a changed blob
    out.resize(written + finalWritten);
    return out;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char *>(data.constData()),
         size_t(data.size()), digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

QByteArray xored(const QByteArray &a, const QByteArray &b)
{
    QByteArray out = a;
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = char(a[i] ^ b[i]);
    return out;
}

// The one member of a Sale-to-POI message: "SaleToPOIRequest" or "SaleToPOIResponse".
std::optional<QString> envelopeName(const QJsonObject &message)
{
    if (message.size() != 1)
        return std::nullopt;
    const QString name = message.keys().constFirst();
    if (name != QLatin1String("SaleToPOIRequest") && name != QLatin1String("SaleToPOIResponse"))
        return std::nullopt;
    return name;
}
} // namespace

NexoCrypto::NexoCrypto(NexoSecurityKey key, KeyMaterial material)
    : m_key(std::move(key))
    , m_material(std::move(material))
{
}

Result<NexoCrypto::KeyMaterial> NexoCrypto::deriveKeyMaterial(const QByteArray &passphrase)
{
    static const QByteArray salt = QByteArrayLiteral("AdyenNexoV1Salt");
    QByteArray derived(2 * keyLength + ivLength, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(passphrase.constData(), int(passphrase.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations,
                          EVP_sha1(), int(derived.size()), reinterpret_cast<unsigned char *>(derived.data())) != 1)
        return Error{tr("The terminal key could not be derived.")};
    return KeyMaterial{derived.left(keyLength), derived.mid(keyLength, keyLength), derived.mid(2 * keyLength)};
}

Result<NexoCrypto> NexoCrypto::create(NexoSecurityKey key)
{
    if (key.passphrase.isEmpty() || key.keyIdentifier.isEmpty())
        return Error{tr("The terminal key needs an identifier and a passphrase.")};
    auto material = deriveKeyMaterial(key.passphrase);
    if (!material)
        return Error{material.error()};
    return NexoCrypto(std::move(key), std::move(material).value());
}

Result<QByteArray> NexoCrypto::seal(const QByteArray &plainMessage, const QByteArray &nonce) const
{
    const QJsonObject message = QJsonDocument::fromJson(plainMessage).object();
    const auto name = envelopeName(message);
    if (!name)
        return Error{tr("Only a SaleToPOIRequest or SaleToPOIResponse can be secured.")};
    QByteArray usedNonce = nonce;
    if (usedNonce.isEmpty()) {
        usedNonce.resize(nonceLength);
        if (RAND_bytes(reinterpret_cast<unsigned char *>(usedNonce.data()), nonceLength) != 1)
            return Error{tr("No random nonce is available.")};
    }
    if (usedNonce.size() != nonceLength)
        return Error{tr("A nonce has 16 bytes.")};
    const auto blob = aes256Cbc(true, m_material.cipherKey, xored(m_material.iv, usedNonce), plainMessage);
    if (!blob)
        return Error{tr("The message could not be encrypted.")};

    const QJsonObject trailer{
        {QStringLiteral("AdyenCryptoVersion"), cryptoVersion},
        {QStringLiteral("KeyIdentifier"), m_key.keyIdentifier},
        {QStringLiteral("KeyVersion"), m_key.keyVersion},
        {QStringLiteral("Nonce"), QString::fromLatin1(usedNonce.toBase64())},
        {QStringLiteral("Hmac"), QString::fromLatin1(hmacSha256(m_material.hmacKey, plainMessage).toBase64())}};
    const QJsonObject secured{
        {QStringLiteral("MessageHeader"), message.value(*name).toObject().value(QLatin1String("MessageHeader"))},
        {QStringLiteral("NexoBlob"), QString::fromLatin1(blob->toBase64())},
        {QStringLiteral("SecurityTrailer"), trailer}};
    return QJsonDocument(QJsonObject{{*name, secured}}).toJson(QJsonDocument::Compact);
}

Result<QByteArray> NexoCrypto::open(const QByteArray &securedMessage) const
{
    const QJsonObject message = QJsonDocument::fromJson(securedMessage).object();
    const auto name = envelopeName(message);
    if (!name)
        return Error{tr("The terminal's message is not a Sale-to-POI message.")};
    const QJsonObject secured = message.value(*name).toObject();
    const QJsonObject trailer = secured.value(QLatin1String("SecurityTrailer")).toObject();
    if (trailer.value(QLatin1String("AdyenCryptoVersion")).toInt() != cryptoVersion)
        return Error{tr("The terminal's message is not secured with crypto version 1.")};
    if (trailer.value(QLatin1String("KeyIdentifier")).toString() != m_key.keyIdentifier ||
        trailer.value(QLatin1String("KeyVersion")).toInt() != m_key.keyVersion)
        return Error{tr("The terminal's message is secured with another key.")};
    const QByteArray nonce = QByteArray::fromBase64(trailer.value(QLatin1String("Nonce")).toString().toLatin1());
    if (nonce.size() != nonceLength)
        return Error{tr("The terminal's message has no valid nonce.")};
    const QByteArray blob = QByteArray::fromBase64(secured.value(QLatin1String("NexoBlob")).toString().toLatin1());
    const auto plain = aes256Cbc(false, m_material.cipherKey, xored(m_material.iv, nonce), blob);
    if (!plain)
        return Error{tr("The terminal's message cannot be decrypted with this key.")};
    const QByteArray expected = hmacSha256(m_material.hmacKey, *plain);
    const QByteArray received = QByteArray::fromBase64(trailer.value(QLatin1String("Hmac")).toString().toLatin1());
    if (received.size() != expected.size() ||
        CRYPTO_memcmp(received.constData(), expected.constData(), size_t(expected.size())) != 0)
        return Error{tr("The terminal's message failed its integrity check.")};
    // The clear header is not covered by the HMAC: it must say what the protected one says.
    const QJsonObject inner = QJsonDocument::fromJson(*plain).object();
    if (inner.value(*name).toObject().value(QLatin1String("MessageHeader")) !=
        secured.value(QLatin1String("MessageHeader")))
        return Error{tr("The terminal's message header does not match its protected content.")};
    return *plain;
}

} // namespace omnitill
