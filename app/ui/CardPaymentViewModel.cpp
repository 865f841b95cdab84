#include "CardPaymentViewModel.h"

#include "CardPaymentService.h"
#include "CheckoutService.h"
#include "Money.h"

#include <QLocale>

namespace omnitill {

CardPaymentViewModel::CardPaymentViewModel(CheckoutService &checkout, CardPaymentService *payments,
                                           const QString &unusableReason, QObject *parent)
    : QObject(parent)
    , m_checkout(checkout)
    , m_payments(payments)
    , m_unusableReason(unusableReason)
{
    if (!m_unusableReason.isEmpty())
        m_checkout.setCardTerminalRequired(true);
    if (m_payments) {
        connect(m_payments, &CardPaymentService::finished, this,
                [this](const QString &, bool charged, const QString &message) { finished(charged, message); });
        connect(m_payments, &CardPaymentService::unanswered, this, [this] {
            m_unanswered = true;
            show(true, tr("The card terminal did not answer in time: asking it whether the card was charged…"));
        });
    }
    // A new sale starts with a clean panel.
    connect(&m_checkout, &CheckoutService::saleChanged, this, [this] {
        if (!busy() && m_checkout.sale().tenders().isEmpty() && !m_message.isEmpty() &&
            m_checkout.sale().state() == SaleState::Open)
            show(true, {});
    });
}

bool CardPaymentViewModel::busy() const
{
    return m_payments && m_payments->busy();
}

bool CardPaymentViewModel::unsettled() const
{
    return m_payments && m_payments->unsettled();
}

bool CardPaymentViewModel::pay(const QString &amountText)
{
    const Sale &sale = m_checkout.sale();
    qint64 amount = sale.totals().balanceMinor;
    if (!amountText.trimmed().isEmpty()) {
        const auto parsed = Money::parse(amountText, m_checkout.profile().currency);
        if (!parsed)
            return show(false, parsed.error());
        amount = parsed->minorUnits();
    }
    if (!m_unusableReason.isEmpty())
        return show(false, tr("Cards cannot be taken: %1").arg(m_unusableReason));
    if (!m_payments) {
        const auto paid = m_checkout.tender(TenderMethod::Card, amount);
        return show(bool(paid), paid ? tr("Card payment recorded.") : paid.error());
    }
    m_unanswered = false;
    const auto sent = m_payments->pay(amount);
    if (!sent)
        return show(false, sent.error());
    return show(
        true, tr("%1 sent to the card terminal: the customer inserts, taps or swipes the card there.")
                  .arg(Money(amount, m_checkout.profile().currency).format(QLocale(m_checkout.profile().localeName))));
}

bool CardPaymentViewModel::cancel()
{
    if (!m_payments)
        return false;
    const auto cancelled = m_payments->cancel();
    return show(bool(cancelled), cancelled ? tr("Cancelling at the card terminal…") : cancelled.error());
}

void CardPaymentViewModel::showRecovering()
{
    show(true, tr("Asking the card terminal how the last card payment ended…"));
}

void CardPaymentViewModel::finished(bool charged, const QString &message)
{
    // A payment that did not charge is not the cashier's error, but it needs their attention all the same.
    show(charged, message);
}

bool CardPaymentViewModel::show(bool ok, const QString &text)
{
    m_message = text;
    m_messageIsError = !ok;
    Q_EMIT changed();
    return ok;
}

} // namespace omnitill
