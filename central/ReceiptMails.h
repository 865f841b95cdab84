#pragma once

#include "ApiRequest.h"

#include <QCoreApplication>
#include <QHttpServerResponse>

namespace omnitill::central {

class ConnectionPool;

// POST /v1/receipt-mails: a till's digital receipt for e-mail. The till sends the receipt as its printer renders
// it (a PNG); this stores a complete MIME message (MimeMessage: a short text and the PNG attached) in the
// outgoing mail (migration 0015), addressed to the address the till gives or else the customer's on file. A mail
// server is fed from that table by a separate sender; nothing here talks SMTP.
//
// Invariants: idempotent by the till's mail UUID (a resend stores nothing twice and answers as the first time);
// the attachment is a PNG (its signature checked); no header can be injected (addresses and the subject are
// refused or cleaned of line breaks).
class ReceiptMails
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptMails)

public:
    static constexpr auto senderAddress = "Omnitill <receipts@omnitill.invalid>";

    explicit ReceiptMails(ConnectionPool &pool);

    [[nodiscard]] QHttpServerResponse queue(const ApiRequest &request);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
