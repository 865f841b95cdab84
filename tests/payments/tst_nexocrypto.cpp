#include "NexoCrypto.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>
#include <QUuid>

using namespace omnitill;

// The local Terminal API message security, checked against the openssl command line (an independent
// implementation of PBKDF2 and AES-256-CBC), with a passphrase made for each run.
class TestNexoCrypto : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_passphrase = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray m_plain = QByteArrayLiteral(
        R"({"SaleToPOIRequest":{"MessageHeader":{"MessageCategory":"Payment","MessageClass":"Service",)"
        R"("MessageType":"Request","POIID":"e280-346403161","ProtocolVersion":"3.0","SaleID":"POSSystemID12346",)"
        R"("ServiceID":"692"},"PaymentRequest":{"PaymentTransaction":{"AmountsReq":{"Currency":"EUR",)"
        R"("RequestedAmount":10.99}}}}})");

    NexoCrypto crypto(const QByteArray &passphrase, const QString &keyId = QStringLiteral("omnitill-test")) const
    {
        return NexoCrypto::create({keyId, 1, passphrase}).value();
    }

    static QByteArray openssl(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(QStringLiteral("openssl"), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            qFatal("openssl failed: %s", process.readAllStandardError().constData());
        return process.readAllStandardOutput();
    }

    static QJsonObject securedBody(const QByteArray &secured)
    {
        return QJsonDocument::fromJson(secured).object().value(QLatin1String("SaleToPOIRequest")).toObject();
    }
    static QByteArray withBody(const QJsonObject &body)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("SaleToPOIRequest"), body}}).toJson(QJsonDocument::Compact);
    }
    static QByteArray withTrailerField(const QByteArray &secured, const QString &name, const QJsonValue &value)
    {
        QJsonObject body = securedBody(secured);
        QJsonObject trailer = body.value(QLatin1String("SecurityTrailer")).toObject();
        trailer.insert(name, value);
        body.insert(QStringLiteral("SecurityTrailer"), trailer);
        return withBody(body);
    }

private Q_SLOTS:
    void deriveKeyMaterial_isPbkdf2Sha1WithTheAdyenSalt()
    {
        const auto material = NexoCrypto::deriveKeyMaterial(m_passphrase);
        QVERIFY(material.ok());
        const QByteArray expected = QByteArray::fromHex(
            openssl({QStringLiteral("kdf"), QStringLiteral("-keylen"), QStringLiteral("80"), QStringLiteral("-kdfopt"),
                     QStringLiteral("digest:SHA1"), QStringLiteral("-kdfopt"),
                     QStringLiteral("pass:") + QString::fromLatin1(m_passphrase), QStringLiteral("-kdfopt"),
                     QStringLiteral("salt:AdyenNexoV1Salt"), QStringLiteral("-kdfopt"), QStringLiteral("iter:4000"),
                     QStringLiteral("PBKDF2")})
                .trimmed()
                .replace(':', ""));
        QCOMPARE(expected.size(), 80);
        QCOMPARE(material->hmacKey, expected.left(32));
        QCOMPARE(material->cipherKey, expected.mid(32, 32));
        QCOMPARE(material->iv, expected.mid(64, 16));
    }

    void seal_encryptsTheWholeMessageUnderIvXorNonce()
    {
        const QByteArray nonce = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        const auto sealed = crypto(m_passphrase).seal(m_plain, nonce);
        QVERIFY2(sealed.ok(), sealed.ok() ? "" : qPrintable(sealed.error()));
        const QJsonObject body = securedBody(*sealed);
        QVERIFY(!sealed->contains("RequestedAmount"));
        QCOMPARE(body.value(QLatin1String("MessageHeader")).toObject().value(QLatin1String("ServiceID")).toString(),
                 QStringLiteral("692"));
        const QJsonObject trailer = body.value(QLatin1String("SecurityTrailer")).toObject();
        QCOMPARE(trailer.value(QLatin1String("AdyenCryptoVersion")).toInt(), 1);
        QCOMPARE(trailer.value(QLatin1String("KeyIdentifier")).toString(), QStringLiteral("omnitill-test"));
        QCOMPARE(trailer.value(QLatin1String("Nonce")).toString(), QString::fromLatin1(nonce.toBase64()));

        const auto material = NexoCrypto::deriveKeyMaterial(m_passphrase).value();
        QByteArray iv = material.iv;
        for (int i = 0; i < iv.size(); ++i)
            iv[i] = char(iv[i] ^ nonce[i]);
        const QByteArray decrypted = openssl(
            {QStringLiteral("enc"), QStringLiteral("-d"), QStringLiteral("-aes-256-cbc"), QStringLiteral("-K"),
             QString::fromLatin1(material.cipherKey.toHex()), QStringLiteral("-iv"), QString::fromLatin1(iv.toHex())},
            QByteArray::fromBase64(body.value(QLatin1String("NexoBlob")).toString().toLatin1()));
        QCOMPARE(decrypted, m_plain);
        const QByteArray hmac = QByteArray::fromHex(
            openssl({QStringLiteral("mac"), QStringLiteral("-digest"), QStringLiteral("SHA256"),
                     QStringLiteral("-macopt"),
                     QStringLiteral("hexkey:") + QString::fromLatin1(material.hmacKey.toHex()), QStringLiteral("HMAC")},
                    m_plain)
                .trimmed());
        QCOMPARE(QByteArray::fromBase64(trailer.value(QLatin1String("Hmac")).toString().toLatin1()), hmac);
    }

    void seal_thenOpen_roundTripsWithAFreshNonceEachTime()
    {
        const NexoCrypto till = crypto(m_passphrase);
        const auto first = till.seal(m_plain);
        const auto second = till.seal(m_plain);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(*first != *second);
        const auto opened = crypto(m_passphrase).open(*first);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error()));
        QCOMPARE(*opened, m_plain);
    }

    void open_refusesATamperedHmac()
    {
        const QByteArray sealed = crypto(m_passphrase).seal(m_plain).value();
        QByteArray hmac = QByteArray::fromBase64(securedBody(sealed)
                                                     .value(QLatin1String("SecurityTrailer"))
                                                     .toObject()
                                                     .value(QLatin1String("Hmac"))
                                                     .toString()
                                                     .toLatin1());
        hmac[0] = char(hmac[0] ^ 1);
        const auto opened =
            crypto(m_passphrase)
                .open(withTrailerField(sealed, QStringLiteral("Hmac"), QString::fromLatin1(hmac.toBase64())));
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QLatin1String("integrity")));
    }

    void open_refusesAnotherNonce()
    {
        const QByteArray sealed = crypto(m_passphrase).seal(m_plain).value();
        const QByteArray otherNonce(NexoCrypto::nonceLength, '\x5a');
        QVERIFY(
            !crypto(m_passphrase)
                 .open(withTrailerField(sealed, QStringLiteral("Nonce"), QString::fromLatin1(otherNonce.toBase64())))
                 .ok());
    }

    void open_refusesTheWrongPassphrase()
    {
        const QByteArray sealed = crypto(m_passphrase).seal(m_plain).value();
        QVERIFY(!crypto(m_passphrase + "x").open(sealed).ok());
    }

    void open_refusesAnotherKeyIdentifier()
    {
        const QByteArray sealed = crypto(m_passphrase).seal(m_plain).value();
        const auto opened = crypto(m_passphrase, QStringLiteral("other-key")).open(sealed);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QLatin1String("another key")));
    }

    void open_refusesAClearHeaderThatWasChanged()
    {
        const QByteArray sealed = crypto(m_passphrase).seal(m_plain).value();
        QJsonObject body = securedBody(sealed);
        QJsonObject header = body.value(QLatin1String("MessageHeader")).toObject();
        header.insert(QStringLiteral("ServiceID"), QStringLiteral("693"));
        body.insert(QStringLiteral("MessageHeader"), header);
        QVERIFY(!crypto(m_passphrase).open(withBody(body)).ok());
    }

    void seal_refusesWhatIsNotASaleToPoiMessage()
    {
        QVERIFY(!crypto(m_passphrase).seal(R"({"Payment":{}})").ok());
        QVERIFY(!NexoCrypto::create({QStringLiteral("id"), 1, {}}).ok());
    }
};

QTEST_GUILESS_MAIN(TestNexoCrypto)
#include "tst_nexocrypto.moc"
