#include "ReceiptMails.h"

#include "ApiJson.h"
#include "CustomerRepository.h"
#include "MimeMessage.h"
#include "Transaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace omnitill::central {

namespace {

struct MailRequest
{
    QString mailId;
    QString saleId;
    QString customerId;
    QString to;
    QString subject;
    QString text;
    QByteArray png;
};

bool isMailAddress(const QString &address)
{
    static const QRegularExpression plain(QStringLiteral("^[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;]+$"));
    return address.size() <= 254 && plain.match(address).hasMatch();
}

Outcome<MailRequest> requestIn(const QByteArray &text)
{
    auto body = parseJsonObject(text);
    if (!body)
        return body.error();
    MailRequest request;
    auto mail = readUuid(*body, "mail");
    if (!mail)
        return mail.error();
    auto sale = readUuid(*body, "sale");
    if (!sale)
        return sale.error();
    request.mailId = *mail;
    request.saleId = *sale;
    for (const auto &[key, out] : {std::pair{"customer", &request.customerId}, std::pair{"to", &request.to},
                                   std::pair{"subject", &request.subject}, std::pair{"text", &request.text}}) {
        if (auto invalid = readString(*body, key, *out))
            return *invalid;
    }
    if (!request.to.isEmpty() && !isMailAddress(request.to))
        return wrongType(QStringLiteral("to"), ReceiptMails::tr("an e-mail address"));
    auto png = readPng(*body, "png");
    if (!png)
        return png.error();
    request.png = std::move(png).value();
    // One line of subject, whatever was sent: a line break would start a header of the sender's choosing.
    request.subject = request.subject.simplified();
    return request;
}

} // namespace

ReceiptMails::ReceiptMails(ConnectionPool &pool)
    : m_pool(pool)
{
}

QHttpServerResponse ReceiptMails::queue(const ApiRequest &request)
{
    auto parsed = requestIn(request.body);
    if (!parsed)
        return parsed.error().toResponse();
    MailRequest mail = std::move(parsed).value();
    if (mail.to.isEmpty() && !mail.customerId.isEmpty()) {
        auto customer = CustomerRepository(m_pool).byId(mail.customerId);
        if (!customer)
            return customer.error().toResponse();
        mail.to = customer->email;
    }
    if (mail.to.isEmpty()) {
        return ApiError::conflict(QStringLiteral("no_mail_address"),
                                  tr("There is no e-mail address to send receipt of sale %1 to").arg(mail.saleId))
            .toResponse();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString subject = mail.subject.isEmpty() ? tr("Your receipt") : mail.subject;
    const MimeMessage message{QString::fromLatin1(senderAddress),
                              mail.to,
                              subject,
                              mail.text,
                              {{QStringLiteral("receipt.png"), "image/png", mail.png}},
                              now,
                              QStringLiteral("<%1@omnitill.invalid>").arg(mail.mailId)};
    const QByteArray rendered = message.render();
    const QJsonObject answer{{QLatin1String("mail"), mail.mailId},
                             {QLatin1String("to"), mail.to},
                             {QLatin1String("bytes"), rendered.size()}};
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error().toResponse();
    Transaction transaction = std::move(begun).value();
    auto earlier = transaction.run(
        QStringLiteral("SELECT recipient, length(message) FROM outgoing_mail WHERE mail_id = ?"), {mail.mailId});
    if (!earlier)
        return earlier.error().toResponse();
    if (QSqlQuery stored = std::move(earlier).value(); stored.next()) {
        return QHttpServerResponse(QJsonObject{{QLatin1String("mail"), mail.mailId},
                                               {QLatin1String("to"), stored.value(0).toString()},
                                               {QLatin1String("bytes"), stored.value(1).toLongLong()}});
    }
    auto stored = transaction.run(
        QStringLiteral("INSERT INTO outgoing_mail (mail_id, kind, sale_id, customer_id, recipient, subject, message, "
                       "terminal_id, created_at) VALUES (?, 'receipt', ?, ?, ?, ?, ?, ?, ?)"),
        {mail.mailId, mail.saleId,
         mail.customerId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(mail.customerId), mail.to,
         subject, QString::fromLatin1(rendered), request.terminal->terminalId, sqlTime(now)});
    if (!stored)
        return stored.error().toResponse();
    if (auto committed = transaction.commit(); !committed)
        return committed.error().toResponse();
    return QHttpServerResponse(answer);
}

} // namespace omnitill::central
