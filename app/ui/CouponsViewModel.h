#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class CheckoutService;
class CouponService;
class CustomerViewModel;
struct CouponRule;

// The coupons of the sale on screen, for the cashier: each coupon on the sale with what it saves now, or why
// it saves nothing since the basket changed (it stays, so the customer can add what it needs), and a way to
// take it off; and the attached customer's own coupons from their profile, to apply with one touch. A
// scanned coupon comes here as well (CashierViewModel::couponScanned). What happened is said through
// outcome(), into the cashier's message line.
class CouponsViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its coupons")
    // On the sale: {code, text, saving, reason}; reason is empty while the coupon saves.
    Q_PROPERTY(QVariantList applied READ applied NOTIFY changed)
    // The customer's own, not on the sale: {code, text, token}.
    Q_PROPERTY(QVariantList offered READ offered NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    CouponsViewModel(CouponService &coupons, CheckoutService &checkout, CustomerViewModel &customer,
                     QObject *parent = nullptr);

    QVariantList applied() const;
    QVariantList offered() const;
    bool busy() const { return m_busy; }

    // A scanned or picked coupon's token ("OMCP1:…").
    Q_INVOKABLE void apply(const QString &token);
    Q_INVOKABLE bool remove(const QString &code);

Q_SIGNALS:
    void changed();
    void busyChanged();
    void outcome(const QString &message, bool isError);

private:
    QString money(qint64 minor) const;
    QString describe(const CouponRule &rule) const;

    CouponService &m_coupons;
    CheckoutService &m_checkout;
    CustomerViewModel &m_customer;
    bool m_busy = false;
};

} // namespace omnitill
