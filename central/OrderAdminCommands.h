#pragma once

#include "ApiError.h"

#include <QHash>

namespace omnitill::central {

class ConnectionPool;

// The admin commands about online orders, which AdminCommands hands over (it parses the command line and
// prints; these do the work and say what to print):
//
//     create-order --lines "SKU:NAME:QTY:PRICE[:GTIN];..." --currency KRW [--customer ID]
//                  [--store STORE] [--payment prepaid|in_store] [--try yes]
//                                      an order picked up at STORE (shipped without --store), prepaid unless
//                                      said otherwise, reserve-to-try with --try yes; prints id and number
//     order-ready NUMBER [--days 7]    ready for pickup for that many days
//     order-shipped NUMBER             a shipped order is delivered whole (it can come back at any store)
//     cancel-order NUMBER              not picked up or shipped yet (or expired): cancelled, a prepaid one refunded
//     order-qr NUMBER                  the order's QR token, as the customer's app shows it
class OrderAdminCommands
{
    Q_DECLARE_TR_FUNCTIONS(OrderAdminCommands)

public:
    explicit OrderAdminCommands(ConnectionPool &pool);

    [[nodiscard]] static bool handles(const QString &command);
    [[nodiscard]] static QString usage();

    // subject: the command's positional argument (an order number). Returns the line to print.
    [[nodiscard]] Outcome<QString> run(const QString &command, const QString &subject,
                                       const QHash<QString, QString> &options);

private:
    [[nodiscard]] Outcome<QString> createOrder(const QHash<QString, QString> &options);

    ConnectionPool &m_pool;
};

} // namespace omnitill::central
