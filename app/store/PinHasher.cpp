#include "PinHasher.h"

#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace omnitill {

namespace {
const auto scheme = QStringLiteral("pbkdf2-sha256");
constexpr int saltBytes = 16;
constexpr int hashBytes = 32;

struct ParsedHash
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<ParsedHash> parse(const QString &encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != scheme)
        return std::nullopt;
    bool numeric = false;
    ParsedHash parsed;
    parsed.iterations = parts[1].toInt(&numeric);
    if (!numeric || parsed.iterations < PinHasher::minimumIterations ||
        parsed.iterations > PinHasher::maximumIterations)
        return std::nullopt;
    const auto salt = QByteArray::fromBase64Encoding(parts[2].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto hash = QByteArray::fromBase64Encoding(parts[3].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.size() < saltBytes || hash.decoded.size() != hashBytes)
        return std::nullopt;
    parsed.salt = salt.decoded;
    parsed.hash = hash.decoded;
    return parsed;
}

// Derives the hash of pin under salt; empty on failure.
QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    QByteArray secret = pin.toUtf8();
    QByteArray derived(hashBytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(
        secret.constData(), int(secret.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
        int(salt.size()), iterations, EVP_sha256(), hashBytes, reinterpret_cast<unsigned char *>(derived.data()));
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    return ok == 1 ? derived : QByteArray();
}
} // namespace

PinHasher::PinHasher(int iterations)
    : m_iterations(std::clamp(iterations, minimumIterations, maximumIterations))
{
}

Result<QString> PinHasher::hash(const QString &pin) const
{
    if (auto valid = checkPin(pin); !valid)
        return Error{valid.error()};
    return hashSecret(pin);
}

Result<QString> PinHasher::hashSecret(const QString &secret) const
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), saltBytes) != 1)
        return Error{tr("The system could not provide random numbers to protect the PIN")};
    const QByteArray derived = derive(secret, salt, m_iterations);
    if (derived.isEmpty())
        return Error{tr("The PIN could not be protected")};
    return QStringList{scheme, QString::number(m_iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(derived.toBase64())}
        .join(QLatin1Char('$'));
}

bool PinHasher::verify(const QString &pin, const QString &encodedHash)
{
    const auto parsed = parse(encodedHash);
    if (!parsed)
        return false;
    const QByteArray derived = derive(pin, parsed->salt, parsed->iterations);
    return derived.size() == parsed->hash.size() &&
           CRYPTO_memcmp(derived.constData(), parsed->hash.constData(), size_t(derived.size())) == 0;
}

bool PinHasher::needsRehash(const QString &encodedHash) const
{
    const auto parsed = parse(encodedHash);
    return !parsed || parsed->iterations < m_iterations;
}

Result<void> PinHasher::checkPin(const QString &pin)
{
    const bool digitsOnly = std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (pin.size() < 4 || pin.size() > 8 || !digitsOnly)
        return Error{tr("A PIN is 4 to 8 digits")};
    return {};
}

} // namespace omnitill
