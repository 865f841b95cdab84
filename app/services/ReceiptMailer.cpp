#include "ReceiptMailer.h"

#include "JournalReceipt.h"
#include "OutboxQueue.h"
#include "OutboxTaskSender.h"
#include "ReceiptPrinter.h"
#include "SaleJournal.h"

#include <QBuffer>
#include <QUuid>

namespace omnitill {

const QString ReceiptMailer::taskKind = QStringLiteral("receipt_mail");
const QString ReceiptMailer::route = QStringLiteral("/v1/receipt-mails");
const QString ReceiptMailer::appTaskKind = QStringLiteral("app_receipt");
const QString ReceiptMailer::appRoute = QStringLiteral("/v1/app-receipts");

ReceiptMailer::ReceiptMailer(const Database &database, StoreProfile store, PrinterProfile printer,
                             OutboxTaskSender &sender, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_store(std::move(store))
    , m_printer(std::move(printer))
    , m_sender(sender)
{
}

Result<QByteArray> ReceiptMailer::receiptPng(qint64 sequence) const
{
    const auto entry = SaleJournal(m_database).entry(sequence);
    if (!entry)
        return Error{tr("There is no receipt %1 in the journal.").arg(sequence)};
    auto receipt = JournalReceipt::fromEntry(*entry, m_store, Receipt::Kind::Original);
    if (!receipt)
        return Error{receipt.error()};
    auto image = ReceiptPrinter::image(*receipt, m_printer);
    if (!image)
        return Error{image.error()};
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !image->save(&buffer, "PNG"))
        return Error{tr("Receipt %1 could not be made into an image").arg(sequence)};
    return png;
}

Result<QString> ReceiptMailer::mail(qint64 sequence, const QString &address)
{
    const auto entry = SaleJournal(m_database).entry(sequence);
    if (!entry)
        return Error{tr("There is no receipt %1 in the journal.").arg(sequence)};
    const QString customer = entry->record.value(QLatin1String("customer")).toString();
    if (address.trimmed().isEmpty() && customer.isEmpty())
        return Error{tr("Type an e-mail address: the sale has no customer")};
    auto png = receiptPng(sequence);
    if (!png)
        return Error{png.error()};
    const QString mailId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject task{
        {QLatin1String("mail"), mailId},
        {QLatin1String("sale"), entry->saleId},
        {QLatin1String("subject"), tr("Your receipt from %1").arg(m_store.storeName)},
        {QLatin1String("text"),
         tr("Thank you for shopping at %1. Your receipt no. %2 is attached.").arg(m_store.storeName).arg(sequence)},
        {QLatin1String("png"), QString::fromLatin1(png->toBase64())}};
    if (!customer.isEmpty())
        task.insert(QLatin1String("customer"), customer);
    if (!address.trimmed().isEmpty())
        task.insert(QLatin1String("to"), address.trimmed());
    if (auto queued = OutboxQueue(m_database)
                          .enqueue(QStringLiteral("mail:") + mailId, taskKind, task, QDateTime::currentDateTimeUtc());
        !queued) {
        return Error{queued.error()};
    }
    m_sender.send();
    return mailId;
}

Result<QString> ReceiptMailer::sendToApp(qint64 sequence)
{
    const auto entry = SaleJournal(m_database).entry(sequence);
    if (!entry)
        return Error{tr("There is no receipt %1 in the journal.").arg(sequence)};
    const QString customer = entry->record.value(QLatin1String("customer")).toString();
    if (customer.isEmpty())
        return Error{tr("Receipt %1 has no customer whose app could keep it").arg(sequence)};
    auto png = receiptPng(sequence);
    if (!png)
        return Error{png.error()};
    const QJsonObject task{{QLatin1String("sale"), entry->saleId},
                           {QLatin1String("customer"), customer},
                           {QLatin1String("number"), entry->sequence},
                           {QLatin1String("totalMinor"), entry->totalMinor},
                           {QLatin1String("currency"), entry->currency},
                           {QLatin1String("soldAt"), entry->completedAt.toUTC().toString(Qt::ISODateWithMs)},
                           {QLatin1String("png"), QString::fromLatin1(png->toBase64())}};
    const QString recordId = QStringLiteral("app-receipt:") + entry->saleId;
    if (auto queued = OutboxQueue(m_database).enqueue(recordId, appTaskKind, task, QDateTime::currentDateTimeUtc());
        !queued) {
        return Error{queued.error()};
    }
    m_sender.send();
    return recordId;
}

} // namespace omnitill
