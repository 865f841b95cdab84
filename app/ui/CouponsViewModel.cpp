#include "CouponsViewModel.h"

#include "CheckoutService.h"
#include "CouponRedemptions.h"
#include "CouponService.h"
#include "CustomerViewModel.h"
#include "Money.h"

#include <QJsonArray>

namespace omnitill {

CouponsViewModel::CouponsViewModel(CouponService &coupons, CheckoutService &checkout, CustomerViewModel &customer,
                                   QObject *parent)
    : QObject(parent)
    , m_coupons(coupons)
    , m_checkout(checkout)
    , m_customer(customer)
{
    connect(&m_checkout, &CheckoutService::saleChanged, this, &CouponsViewModel::changed);
    connect(&m_customer, &CustomerViewModel::customerChanged, this, &CouponsViewModel::changed);
}

QString CouponsViewModel::money(qint64 minor) const
{
    const StoreProfile &profile = m_checkout.profile();
    return Money(minor, profile.currency).format(QLocale(profile.localeName));
}

QString CouponsViewModel::describe(const CouponRule &rule) const
{
    QString text;
    switch (rule.kind) {
    case CouponRule::Kind::Percent:
        text = tr("%1% off").arg(rule.value);
        break;
    case CouponRule::Kind::Amount:
        text = tr("%1 off").arg(money(rule.value));
        break;
    case CouponRule::Kind::BuyGet:
        text = tr("Buy %1 get %2").arg(rule.buyQuantity).arg(rule.getQuantity);
        break;
    case CouponRule::Kind::FreeItem:
        text = tr("%1 × %2 free").arg(rule.freeSku).arg(rule.value);
        break;
    }
    return rule.minimumSpendMinor > 0 ? tr("%1, from %2").arg(text, money(rule.minimumSpendMinor)) : text;
}

QVariantList CouponsViewModel::applied() const
{
    const Sale &sale = m_checkout.sale();
    if (sale.state() == SaleState::Completed || sale.state() == SaleState::Voided)
        return {};
    QVariantList rows;
    for (qsizetype i = 0; i < sale.coupons().size(); ++i) {
        const PricedCoupon &priced = sale.totals().coupons[i];
        rows.append(QVariantMap{{QStringLiteral("code"), priced.code},
                                {QStringLiteral("text"), describe(sale.coupons()[i].rule)},
                                {QStringLiteral("saving"), money(-priced.savingMinor)},
                                {QStringLiteral("reason"), priced.refusal}});
    }
    return rows;
}

QVariantList CouponsViewModel::offered() const
{
    if (!m_customer.attached())
        return {};
    const QList<saleevent::CouponApplied> &onSale = m_checkout.sale().coupons();
    QVariantList rows;
    for (const QJsonValue &value : m_customer.profile().value(QLatin1String("coupons")).toArray()) {
        const QJsonObject coupon = value.toObject();
        const QString code = coupon.value(QLatin1String("code")).toString();
        const auto rule = CouponRule::fromJson(coupon.value(QLatin1String("rule")).toObject());
        const bool taken = std::any_of(onSale.cbegin(), onSale.cend(), [&](const saleevent::CouponApplied &c) {
            return c.code.compare(QString(code).remove(QLatin1Char('-')), Qt::CaseInsensitive) == 0;
        });
        if (!rule || taken)
            continue;
        rows.append(QVariantMap{{QStringLiteral("code"), code},
                                {QStringLiteral("text"), describe(*rule)},
                                {QStringLiteral("token"), coupon.value(QLatin1String("token")).toString()}});
    }
    return rows;
}

void CouponsViewModel::apply(const QString &token)
{
    if (m_busy)
        return;
    m_busy = true;
    Q_EMIT busyChanged();
    m_coupons.apply(token, [this](Result<void> applied) {
        m_busy = false;
        Q_EMIT busyChanged();
        const Sale &sale = m_checkout.sale();
        const auto saving = [&sale, this] { return money(-sale.totals().coupons.last().savingMinor); };
        const QString said = !applied ? applied.error()
                             : CouponRedemptions::acceptedOffline(sale.coupons().last())
                                 ? tr("Coupon accepted offline: %1. The central store checks it when the till is "
                                      "back online")
                                       .arg(saving())
                                 : tr("Coupon applied: %1").arg(saving());
        Q_EMIT outcome(said, !applied.ok());
        Q_EMIT changed();
    });
}

bool CouponsViewModel::remove(const QString &code)
{
    const auto removed = m_coupons.remove(code);
    Q_EMIT outcome(removed ? tr("Coupon %1 removed").arg(code) : removed.error(), !removed.ok());
    return removed.ok();
}

} // namespace omnitill
