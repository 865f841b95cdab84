#include "ShipToHomeViewModel.h"

#include "CheckoutService.h"
#include "CustomerViewModel.h"
#include "ShipToHomeService.h"

namespace omnitill {

ShipToHomeViewModel::ShipToHomeViewModel(ShipToHomeService &service, CheckoutService &checkout,
                                         const CustomerViewModel &customer, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_checkout(checkout)
    , m_customer(customer)
{
    connect(&m_checkout, &CheckoutService::saleChanged, this, &ShipToHomeViewModel::followSale);
    followSale();
}

QString ShipToHomeViewModel::addressFor(int lineId) const
{
    const QString marked = m_service.marks(m_saleId).value(lineId);
    return marked.isEmpty() ? m_customer.address() : marked;
}

bool ShipToHomeViewModel::ship(int lineId, const QString &address)
{
    if (address.trimmed().isEmpty() && m_customer.attached() && m_customer.address().isEmpty()) {
        say(tr("%1 has no delivery address on file: type the address the order goes to").arg(m_customer.name()), true);
        return false;
    }
    auto number = m_service.ship(lineId, address);
    if (!number) {
        say(number.error(), true);
        return false;
    }
    say(tr("Ships to the customer: order %1, paid in this sale").arg(*number), false);
    followSale();
    Q_EMIT outcome(m_message, false);
    return true;
}

void ShipToHomeViewModel::clearMessage()
{
    say({}, false);
}

void ShipToHomeViewModel::followSale()
{
    const Sale &sale = m_checkout.sale();
    m_saleId = sale.id().toString(QUuid::WithoutBraces);
    // A line removed after it was marked ships nothing (only the journaled sale's lines are sent).
    QList<int> marked = m_service.marks(m_saleId).keys();
    std::sort(marked.begin(), marked.end());
    QVariantList lines;
    for (const int lineId : marked) {
        if (sale.liveLine(lineId))
            lines.append(lineId);
    }
    if (lines == m_lines)
        return;
    m_lines = lines;
    Q_EMIT linesChanged();
}

void ShipToHomeViewModel::say(const QString &text, bool isError)
{
    m_message = text;
    m_messageIsError = isError;
    Q_EMIT messageChanged();
}

} // namespace omnitill
