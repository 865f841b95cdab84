#include "CustomerDisplayFeed.h"

#include "CartModel.h"
#include "CashierViewModel.h"
#include "PoleDisplayEncoder.h"

namespace omnitill {

CustomerDisplayFeed::CustomerDisplayFeed(CashierViewModel &till, QObject *parent)
    : QObject(parent)
    , m_till(till)
{
    connect(&m_till, &CashierViewModel::saleChanged, this, &CustomerDisplayFeed::changed);
}

bool CustomerDisplayFeed::idle() const
{
    return !m_till.hasItems() && !m_till.finished();
}

bool CustomerDisplayFeed::finished() const
{
    return m_till.finished();
}

QString CustomerDisplayFeed::amountLabel() const
{
    if (!finished())
        return tr("Total");
    return m_till.cashTendered() ? tr("Change") : tr("Paid");
}

QString CustomerDisplayFeed::amountText() const
{
    if (!finished())
        return m_till.totalText();
    return m_till.cashTendered() ? m_till.changeText() : m_till.paidText();
}

QString CustomerDisplayFeed::poleTop() const
{
    if (idle())
        return m_till.storeName();
    if (finished())
        return PoleDisplayEncoder::priceLine(tr("Total"), m_till.totalText());
    const CartModel &cart = *m_till.cart();
    const QModelIndex last = cart.index(cart.rowCount() - 1);
    return PoleDisplayEncoder::priceLine(cart.data(last, CartModel::NameRole).toString(),
                                         cart.data(last, CartModel::AmountRole).toString());
}

QString CustomerDisplayFeed::poleBottom() const
{
    if (idle())
        return tr("Welcome");
    return PoleDisplayEncoder::priceLine(amountLabel(), amountText());
}

} // namespace omnitill
