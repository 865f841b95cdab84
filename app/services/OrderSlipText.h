#pragma once

#include "OrderSnapshot.h"
#include "PrintDocument.h"
#include "StoreProfile.h"

#include <QCoreApplication>

namespace omnitill {

// What the receipt printer gives out for online orders, as monospaced text (the same text is the preview on
// screen): the collect slip of a pickup (the order number, what was handed over, what stays open or went
// back to stock, how it was paid, and a line for the customer's signature) and the receipt of an online
// return (each line and quantity, the refund, its method). Built from the central store's answer, so the
// paper says what the central store recorded.
class OrderSlipText
{
    Q_DECLARE_TR_FUNCTIONS(OrderSlipText)

public:
    static constexpr int defaultColumns = 42;

    // order: as it was before the pickup; pickup: POST /v1/pickups' answer.
    [[nodiscard]] static QString collectSlip(const OrderSnapshot &order, const QJsonObject &pickup,
                                             const StoreProfile &profile, const QDateTime &at,
                                             int columns = defaultColumns);
    // order: as it was before the return; taken: POST /v1/returns' answer.
    [[nodiscard]] static QString returnReceipt(const OrderSnapshot &order, const QJsonObject &taken,
                                               const StoreProfile &profile, const QDateTime &at,
                                               int columns = defaultColumns);
    // The text as a printer page, one printed line per line.
    [[nodiscard]] static PrintDocument page(const QString &text);
    // How a refund method reads for people.
    [[nodiscard]] static QString refundMethodName(const QString &method);
};

} // namespace omnitill
