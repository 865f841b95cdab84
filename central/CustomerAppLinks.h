#pragma once

#include "ApiError.h"

#include <QCoreApplication>

namespace omnitill::central {

class ConnectionPool;

// The secret addresses of the customer app page, /app/<link>: one per customer, 128 random bits, made by an
// operator (admin app-link) and handed to the customer. Whoever holds the link sees that customer's QR codes,
// so the page is reached by the link alone, never by a customer id, and an unknown link tells nothing.
class CustomerAppLinks
{
    Q_DECLARE_TR_FUNCTIONS(CustomerAppLinks)

public:
    explicit CustomerAppLinks(ConnectionPool &pool);

    // The customer's link, made on first use; asking again answers the same link.
    [[nodiscard]] Outcome<QString> linkFor(const QString &customerId);
    // The customer the link belongs to; 404 unknown_link for anything else.
    [[nodiscard]] Outcome<QString> customerOf(const QString &link);

private:
    [[nodiscard]] Outcome<QString> existingLink(const QString &customerId);

    ConnectionPool &m_pool;
};

} // namespace omnitill::central
