#include "CashReceiptViewModel.h"

#include "CheckoutService.h"

namespace omnitill {

CashReceiptViewModel::CashReceiptViewModel(CheckoutService &checkout, QObject *parent)
    : QObject(parent)
    , m_checkout(checkout)
{
    connect(&m_checkout, &CheckoutService::saleChanged, this, [this] {
        // A refusal on the last customer's number is no news for the next one.
        if (m_checkout.sale().state() == SaleState::New && !m_message.isEmpty())
            report(true, {});
        Q_EMIT changed();
    });
}

bool CashReceiptViewModel::report(bool ok, const QString &text)
{
    m_message = text;
    Q_EMIT messageChanged();
    return ok;
}

bool CashReceiptViewModel::offered() const
{
    return CashReceiptRequest::isOffered(m_checkout.profile());
}

bool CashReceiptViewModel::canRequest() const
{
    const SaleState state = m_checkout.sale().state();
    return offered() && (state == SaleState::Open || state == SaleState::Tendering);
}

bool CashReceiptViewModel::requested() const
{
    return m_checkout.sale().cashReceipt().has_value();
}

QString CashReceiptViewModel::summary() const
{
    const auto &cashReceipt = m_checkout.sale().cashReceipt();
    if (!cashReceipt)
        return {};
    return tr("Cash receipt (%1) %2").arg(CashReceiptRequest::purposeName(cashReceipt->purpose), cashReceipt->masked);
}

bool CashReceiptViewModel::request(bool expenseProof, const QString &typed)
{
    const auto purpose =
        expenseProof ? CashReceiptRequest::Purpose::ExpenseProof : CashReceiptRequest::Purpose::IncomeDeduction;
    const auto requested = m_checkout.requestCashReceipt(purpose, typed);
    return report(requested.ok(), requested ? QString() : requested.error());
}

bool CashReceiptViewModel::withdraw()
{
    const auto withdrawn = m_checkout.withdrawCashReceipt();
    return report(withdrawn.ok(), withdrawn ? QString() : withdrawn.error());
}

} // namespace omnitill
