#pragma once

#include "PrinterProfile.h"
#include "Result.h"
#include "StoreProfile.h"

#include <QObject>

namespace omnitill {

class Database;
class OutboxTaskSender;

// Digital receipts: a completed sale's receipt queued for e-mail as an outbox task ("receipt_mail", sent by
// OutboxTaskSender to POST /v1/receipt-mails, where the central store keeps it as a MIME message in its outgoing
// mail), or for the customer's app ("app_receipt", POST /v1/app-receipts: kept on their profile, shown on their
// app page). The receipt is the receipt as a PNG, rendered from the journal record through the virtual printer
// with the store's printer profile (ReceiptPrinter::image): the paper the printer prints, dot for dot.
//
// The task is written before anything is sent, so a receipt asked for while the central store is out of reach
// goes when it is back; the mail's UUID, and for the app the sale's, makes a resend harmless.
class ReceiptMailer : public QObject
{
    Q_OBJECT

public:
    static const QString taskKind;
    static const QString route;
    static const QString appTaskKind;
    static const QString appRoute;

    ReceiptMailer(const Database &database, StoreProfile store, PrinterProfile printer, OutboxTaskSender &sender,
                  QObject *parent = nullptr);

    // Queues receipt sequence for e-mail to address, or, empty, to the sale's customer's address on file at the
    // central store; answers the mail's UUID.
    [[nodiscard]] Result<QString> mail(qint64 sequence, const QString &address = {});
    // Queues receipt sequence for the app of the sale's customer; answers the task's outbox record id. Asked
    // twice for one sale, it queues once.
    [[nodiscard]] Result<QString> sendToApp(qint64 sequence);
    // The receipt as the printer prints it, as PNG bytes.
    [[nodiscard]] Result<QByteArray> receiptPng(qint64 sequence) const;

private:
    const Database &m_database;
    StoreProfile m_store;
    PrinterProfile m_printer;
    OutboxTaskSender &m_sender;
};

} // namespace omnitill
