#include "ExchangeViewModel.h"

#include "CardRefundService.h"
#include "CheckoutService.h"
#include "Money.h"
#include "ReceiptText.h"
#include "ReturnService.h"
#include "StoredValue.h"

#include <QJsonArray>
#include <QLocale>

namespace omnitill {

ExchangeViewModel::ExchangeViewModel(CheckoutService &checkout, ReturnService &returns, QObject *parent)
    : QObject(parent)
    , m_checkout(checkout)
    , m_returns(returns)
{
    connect(&m_checkout, &CheckoutService::saleChanged, this, [this] {
        // A message about the last customer's credit is no news for the next one.
        if (m_checkout.sale().state() == SaleState::New && !m_message.isEmpty())
            report(true, {});
        Q_EMIT changed();
    });
}

QString ExchangeViewModel::money(qint64 minor) const
{
    const StoreProfile &profile = m_checkout.profile();
    return Money(minor, profile.currency).format(QLocale(profile.localeName));
}

bool ExchangeViewModel::report(bool ok, const QString &text)
{
    m_message = text;
    m_messageIsError = !ok;
    Q_EMIT messageChanged();
    return ok;
}

bool ExchangeViewModel::active() const
{
    return m_checkout.sale().exchange().has_value();
}

QString ExchangeViewModel::creditText() const
{
    const auto &exchange = m_checkout.sale().exchange();
    if (!exchange)
        return {};
    return tr("Exchange credit %1 (receipt %2)")
        .arg(money(exchange->creditMinor))
        .arg(exchange->originalSequence, 6, 10, QLatin1Char('0'));
}

QString ExchangeViewModel::refundText() const
{
    const Sale &sale = m_checkout.sale();
    if (!sale.exchange() || sale.totals().exchangeRefundMinor <= 0)
        return {};
    const QString amount = money(sale.totals().exchangeRefundMinor);
    if (sale.state() != SaleState::Completed || !m_checkout.lastCompleted())
        return tr("To refund: %1").arg(amount);
    // Completed: say where the money goes, as the journal has it.
    QStringList parts;
    const QJsonObject exchange = m_checkout.lastCompleted()->record.value(QLatin1String("exchange")).toObject();
    for (const QJsonValue &value : exchange.value(QLatin1String("refunds")).toArray()) {
        const QJsonObject refund = value.toObject();
        const QString part = money(refund.value(QLatin1String("amount")).toInteger());
        const TenderMethod paidWith = tenderMethodFromCode(refund.value(QLatin1String("method")).toString());
        if (StoredValueReference::isStoredValue(paidWith)) { // given back through the central store
            parts.append(QStringLiteral("%1 %2").arg(ReceiptText::refundName(paidWith), part));
            continue;
        }
        parts.append(refund.value(QLatin1String("method")).toString() == QLatin1String("card")
                         ? tr("card %1 (%2)").arg(part, refund.value(QLatin1String("reference")).toString())
                         : tr("cash %1").arg(part));
    }
    return tr("Refund %1: %2").arg(amount, parts.join(QStringLiteral(", ")));
}

bool ExchangeViewModel::canComplete() const
{
    const Sale &sale = m_checkout.sale();
    const bool underWay = sale.state() == SaleState::Open || sale.state() == SaleState::Tendering;
    return sale.exchange() && underWay && sale.totals().fullyPaid();
}

void ExchangeViewModel::setCardRefunds(CardRefundService *refunds)
{
    m_cardRefunds = refunds;
    connect(refunds, &CardRefundService::exchangeFinished, this, [this](bool completed, const QString &message) {
        report(completed, completed ? tr("Exchange completed") : message);
    });
}

bool ExchangeViewModel::complete()
{
    if (m_cardRefunds && m_cardRefunds->exchangeRefundsToCard()) {
        const auto sent = m_cardRefunds->completeExchange();
        return report(sent.ok(), sent ? tr("Refund sent to the card terminal: the exchange completes once the "
                                           "card is refunded.")
                                      : sent.error());
    }
    const auto done = m_checkout.completeExchange();
    return report(done.ok(), done ? tr("Exchange completed") : done.error());
}

bool ExchangeViewModel::spendStoreCredit(const QString &scannedOrTyped)
{
    const auto returnId = m_returns.findStoreCredit(scannedOrTyped);
    if (!returnId)
        return report(false, returnId.error());
    const auto paid = m_returns.payWithStoreCredit(m_checkout, *returnId);
    return report(paid.ok(), paid ? tr("Store credit taken") : paid.error());
}

} // namespace omnitill
