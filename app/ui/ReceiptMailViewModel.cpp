#include "ReceiptMailViewModel.h"

#include "CheckoutService.h"
#include "Connectivity.h"
#include "CustomerViewModel.h"
#include "OutboxTaskSender.h"
#include "ReceiptMailer.h"

#include <QRegularExpression>

namespace omnitill {

ReceiptMailViewModel::ReceiptMailViewModel(ReceiptMailer &mailer, OutboxTaskSender &sender, CheckoutService &checkout,
                                           const CustomerViewModel &customer, const Connectivity &connectivity,
                                           QObject *parent)
    : QObject(parent)
    , m_mailer(mailer)
    , m_checkout(checkout)
    , m_customer(customer)
    , m_connectivity(connectivity)
    , m_saleId(checkout.sale().id().toString(QUuid::WithoutBraces))
{
    connect(&m_checkout, &CheckoutService::saleChanged, this, &ReceiptMailViewModel::followSale);
    connect(&customer, &CustomerViewModel::customerChanged, this, &ReceiptMailViewModel::changed);
    connect(&sender, &OutboxTaskSender::recordSent, this, [this](const QString &recordId) {
        if (recordId == m_recordId && !m_recordId.isEmpty()) {
            m_recordId.clear();
            say(m_toApp ? tr("Your receipt is in your app")
                        : tr("The central store has the receipt and sends it to %1").arg(m_address),
                false);
        }
    });
    // A round that failed leaves the receipt waiting in the outbox: the central store is out of reach.
    connect(&sender, &OutboxTaskSender::roundFinished, this, [this](const QString &failure) {
        if (m_toApp && !m_recordId.isEmpty() && !failure.isEmpty())
            say(tr("Your receipt will appear in the app when the store is back online"), false);
    });
    connect(&sender, &OutboxTaskSender::recordRefused, this,
            [this](const QString &recordId, const QString &, const QString &reason) {
                if (recordId == m_recordId && !m_recordId.isEmpty()) {
                    m_recordId.clear();
                    say(m_toApp ? tr("Your app could not take the receipt: %1").arg(reason)
                                : tr("The central store refused the receipt mail: %1").arg(reason),
                        true);
                }
            });
}

bool ReceiptMailViewModel::available() const
{
    const auto completed = m_checkout.lastCompleted();
    return m_checkout.sale().state() == SaleState::Completed && completed &&
           completed->saleId == m_checkout.sale().id().toString(QUuid::WithoutBraces) &&
           !completed->record.value(QLatin1String("customer")).toString().isEmpty();
}

QString ReceiptMailViewModel::email() const
{
    return available() ? m_customer.email() : QString();
}

bool ReceiptMailViewModel::send(const QString &address)
{
    const QString to = address.trimmed();
    if (!mayQueue())
        return false;
    static const QRegularExpression plausible(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (to.isEmpty()) {
        say(tr("Type the customer's e-mail address"), true);
        return false;
    }
    if (!plausible.match(to).hasMatch()) {
        say(tr("\"%1\" is not an e-mail address").arg(to), true);
        return false;
    }
    auto mailId = m_mailer.mail(m_checkout.lastCompleted()->sequence, to);
    if (!mailId) {
        say(mailId.error(), true);
        return false;
    }
    m_recordId = QStringLiteral("mail:") + *mailId;
    m_address = to;
    m_toApp = false;
    say(tr("Receipt queued for %1: it is sent when the central store answers").arg(to), false);
    return true;
}

bool ReceiptMailViewModel::sendToApp()
{
    if (!mayQueue())
        return false;
    auto recordId = m_mailer.sendToApp(m_checkout.lastCompleted()->sequence);
    if (!recordId) {
        say(recordId.error(), true);
        return false;
    }
    m_recordId = *recordId;
    m_address.clear();
    m_toApp = true;
    const QString state = m_connectivity.state();
    say(state == QLatin1String("offline") || state == QLatin1String("unlinked")
            ? tr("Your receipt will appear in the app when the store is back online")
            : tr("Sending your receipt to your app…"),
        false);
    return true;
}

bool ReceiptMailViewModel::mayQueue()
{
    if (available())
        return true;
    say(tr("Only the receipt of a completed sale with a customer can be sent from here"), true);
    return false;
}

void ReceiptMailViewModel::followSale()
{
    const QString saleId = m_checkout.sale().id().toString(QUuid::WithoutBraces);
    if (saleId != m_saleId) {
        // A new sale: the last one's mail goes on in the outbox, its message leaves the screen.
        m_saleId = saleId;
        m_recordId.clear();
        m_toApp = false;
        m_message.clear();
        m_messageIsError = false;
    }
    Q_EMIT changed();
}

void ReceiptMailViewModel::say(const QString &text, bool isError)
{
    m_message = text;
    m_messageIsError = isError;
    Q_EMIT changed();
}

} // namespace omnitill
