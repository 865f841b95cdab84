#include "StoredValueViewModel.h"

#include "CheckoutService.h"
#include "Money.h"

#include <QLocale>
#include <QPointer>

namespace omnitill {

StoredValueViewModel::StoredValueViewModel(StoredValuePayments &payments, CheckoutService &checkout, QObject *parent)
    : QObject(parent)
    , m_payments(payments)
    , m_checkout(checkout)
{
    connect(&m_checkout, &CheckoutService::saleChanged, this, &StoredValueViewModel::followSale);
    connect(&m_payments, &StoredValuePayments::busyChanged, this, &StoredValueViewModel::changed);
    connect(&m_payments, &StoredValuePayments::refunded, this, [this](TenderMethod, qint64 amountMinor) {
        say(tr("%1 given back through the central store").arg(money(amountMinor)), false);
    });
    connect(&m_payments, &StoredValuePayments::refundFailed, this, [this](const QString &reason) {
        say(tr("Giving back through the central store failed: %1. It is asked again with the next payment").arg(reason),
            true);
    });
}

bool StoredValueViewModel::customerAttached() const
{
    return !m_checkout.sale().customerId().isEmpty();
}

QString StoredValueViewModel::pointsText() const
{
    if (!m_points)
        return {};
    return tr("%L1 P = %2").arg(*m_points).arg(money(m_payments.moneyFor(TenderMethod::Points, *m_points)));
}

QString StoredValueViewModel::storeCreditText() const
{
    return m_storeCredit ? money(*m_storeCredit) : QString();
}

QString StoredValueViewModel::giftCardText() const
{
    if (m_cardNumber.isEmpty())
        return {};
    const QString card = StoredValueReference::maskedCard(m_cardNumber);
    return m_giftCard ? QStringLiteral("%1: %2").arg(card, money(*m_giftCard)) : card;
}

QString StoredValueViewModel::earnedText() const
{
    const Sale &sale = m_checkout.sale();
    if (sale.state() != SaleState::Completed || sale.customerId().isEmpty())
        return {};
    const qint64 earned = loyalty::pointsFor(sale.totals().totalDueMinor);
    QString text = tr("Points earned: %L1, credited when the sale reaches the central store").arg(earned);
    if (m_points)
        text += u'\n' + tr("Points balance then: %L1").arg(*m_points + earned);
    return text;
}

void StoredValueViewModel::refresh()
{
    if (!customerAttached())
        return;
    ask(TenderMethod::Points, m_points);
    ask(TenderMethod::StoreCredit, m_storeCredit);
}

void StoredValueViewModel::useGiftCard(const QString &number)
{
    m_cardNumber = number.trimmed();
    m_giftCard.reset();
    Q_EMIT changed();
    ask(TenderMethod::GiftCard, m_giftCard);
}

bool StoredValueViewModel::payWithPoints(const QString &amountText)
{
    return pay(TenderMethod::Points, amountText);
}

bool StoredValueViewModel::payWithStoreCredit(const QString &amountText)
{
    return pay(TenderMethod::StoreCredit, amountText);
}

bool StoredValueViewModel::payWithGiftCard(const QString &amountText)
{
    return pay(TenderMethod::GiftCard, amountText);
}

bool StoredValueViewModel::pay(TenderMethod method, const QString &amountText)
{
    const auto amount = Money::parse(amountText, m_checkout.profile().currency);
    if (!amount) {
        say(amount.error(), true);
        return false;
    }
    say(tr("Asking the central store…"), false);
    m_payments.pay(method, m_cardNumber, amount->minorUnits(),
                   [this, self = QPointer(this), method](Result<void> paid) {
                       if (!self)
                           return;
                       if (!paid)
                           return say(paid.error(), true);
                       say(tr("Paid through the central store"), false);
                       // The balance changed: ask again rather than compute, the central ledger is the truth.
                       if (method == TenderMethod::GiftCard)
                           ask(TenderMethod::GiftCard, m_giftCard);
                       else
                           refresh();
                   });
    Q_EMIT changed();
    return true;
}

void StoredValueViewModel::ask(TenderMethod method, std::optional<qint64> &into)
{
    ++m_asking;
    Q_EMIT changed();
    const QUuid saleId = m_checkout.sale().id();
    m_payments.balance(method, m_cardNumber, [this, self = QPointer(this), saleId, &into](Result<qint64> balance) {
        if (!self)
            return;
        --m_asking;
        if (m_checkout.sale().id() == saleId) {
            if (balance)
                into = *balance;
            else
                say(balance.error(), true);
        }
        Q_EMIT changed();
    });
}

void StoredValueViewModel::followSale()
{
    const Sale &sale = m_checkout.sale();
    if (sale.id() != m_saleId && sale.state() != SaleState::Completed && sale.state() != SaleState::Voided) {
        // The next customer: nothing of the last one's card stays on screen or in memory.
        m_saleId = sale.id();
        m_cardNumber.clear();
        m_giftCard.reset();
    }
    if (sale.customerId() != m_customerId) {
        m_customerId = sale.customerId();
        m_points.reset();
        m_storeCredit.reset();
        refresh();
    }
    Q_EMIT changed();
}

QString StoredValueViewModel::suggestion(TenderMethod method, const std::optional<qint64> &balance) const
{
    if (!balance)
        return {};
    qint64 amount = std::min(m_payments.moneyFor(method, *balance), m_payments.amountDue());
    if (method == TenderMethod::Points)
        amount -= amount % m_payments.minorPerPoint();
    return amount > 0 ? QString::number(amount) : QString();
}

QString StoredValueViewModel::money(qint64 minor) const
{
    const StoreProfile &profile = m_checkout.profile();
    return Money(minor, profile.currency).format(QLocale(profile.localeName));
}

void StoredValueViewModel::say(const QString &text, bool isError)
{
    m_message = text;
    m_messageIsError = isError;
    Q_EMIT messageChanged();
}

} // namespace omnitill
