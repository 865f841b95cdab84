#include "CouponService.h"

#include "CentralClient.h"
#include "CheckoutService.h"
#include "CouponRedemptions.h"
#include "SigningKeys.h"

#include <QLoggingCategory>
#include <QUrl>

namespace omnitill {

Q_LOGGING_CATEGORY(lcCoupons, "omnitill.coupons")

using saleevent::CouponApplied;

CouponService::CouponService(CheckoutService &checkout, CentralClient &client, const SigningKeys &keys,
                             const Database &database, QObject *parent)
    : QObject(parent)
    , m_checkout(checkout)
    , m_client(client)
    , m_keys(keys)
    , m_database(database)
{
    connect(&m_checkout, &CheckoutService::saleCompleted, this, &CouponService::onSaleClosed);
}

bool CouponService::isCouponCode(const QString &scanned)
{
    return scanned.trimmed().startsWith(CouponToken::prefix);
}

QString CouponService::couponPath(const QString &code, const char *action)
{
    return QStringLiteral("/v1/coupons/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(code)), QLatin1String(action));
}

QString CouponService::refusalOf(const CentralReply &reply) const
{
    if (!reply.reached())
        return tr("Coupons need the central store; try again or sell without it (%1)").arg(reply.error);
    const QString code = reply.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    if (code == QLatin1String("coupon_redeemed"))
        return tr("This coupon has already been used, in this or another store");
    if (code == QLatin1String("coupon_reserved"))
        return tr("Another till is using this coupon right now: it must finish or void that sale first");
    if (code == QLatin1String("coupon_expired"))
        return tr("This coupon has expired");
    if (code == QLatin1String("coupon_not_yet_valid"))
        return tr("This coupon is not valid yet");
    if (code == QLatin1String("coupon_other_customer"))
        return tr("This coupon belongs to another customer");
    if (reply.status == 404)
        return tr("The central store no longer knows this coupon: it was withdrawn");
    return reply.error;
}

void CouponService::apply(const QString &token, Done done)
{
    auto claims = m_keys.verifier().verifyCoupon(token.trimmed(), m_clock());
    if (!claims) {
        done(Error{claims.error()});
        return;
    }
    const Sale &sale = m_checkout.sale();
    CouponApplied coupon{claims->code, claims->rule, {}, claims->customerId};
    if (auto fits = m_checkout.checkCoupon(coupon); !fits) {
        done(fits);
        return;
    }
    QJsonObject body{{QLatin1String("leaseSeconds"), leaseSeconds}};
    if (!sale.customerId().isEmpty())
        body.insert(QLatin1String("customer"), sale.customerId());
    const QUuid saleId = sale.id();
    m_client.post(couponPath(coupon.code, "reserve"), body,
                  [this, coupon, saleId, done = std::move(done)](const CentralReply &reply) mutable {
                      if (!reply.ok()) {
                          done(Error{refusalOf(reply)});
                          return;
                      }
                      coupon.reservation = reply.json.value(QLatin1String("reservation")).toString();
                      // The cashier may have changed the sale while the central store answered.
                      Result<void> applied = m_checkout.sale().id() == saleId
                                                 ? m_checkout.applyCoupon(coupon)
                                                 : Result<void>(Error{tr("The sale changed while the coupon was "
                                                                         "being reserved: scan it again")});
                      if (!applied)
                          release(coupon.code, coupon.reservation);
                      done(applied);
                  });
}

Result<void> CouponService::remove(const QString &code)
{
    const QList<CouponApplied> &coupons = m_checkout.sale().coupons();
    const auto found = std::find_if(coupons.cbegin(), coupons.cend(),
                                    [&](const CouponApplied &coupon) { return coupon.code == code; });
    const QString reservation = found == coupons.cend() ? QString() : found->reservation;
    if (auto removed = m_checkout.removeCoupon(code); !removed)
        return removed;
    release(code, reservation);
    return {};
}

void CouponService::onSaleClosed()
{
    const Sale &closed = m_checkout.sale();
    const bool completed = closed.state() == SaleState::Completed;
    for (qsizetype i = 0; i < closed.coupons().size(); ++i) {
        // A completed sale's saving coupons are redeemed (CouponRedemptions has them); the rest go back.
        if (!completed || closed.totals().coupons[i].savingMinor == 0)
            release(closed.coupons()[i].code, closed.coupons()[i].reservation);
    }
    if (completed)
        redeemPending();
}

void CouponService::release(const QString &code, const QString &reservation)
{
    // Not heard: the lease runs out by itself, and the coupon is free again then.
    m_client.post(couponPath(code, "release"), {{QLatin1String("reservation"), reservation}},
                  [code](const CentralReply &reply) {
                      if (!reply.ok())
                          qCInfo(lcCoupons) << "coupon" << code << "not released:" << reply.error;
                  });
}

void CouponService::redeemPending()
{
    CouponRedemptions redemptions(m_database);
    auto pending = redemptions.pending();
    if (!pending) {
        qCWarning(lcCoupons) << pending.error();
        return;
    }
    if (pending->isEmpty()) {
        Q_EMIT redemptionsSent(0);
        return;
    }
    auto outstanding = std::make_shared<int>(int(pending->size()));
    auto stillOwed = std::make_shared<int>(0);
    for (const PendingRedemption &owed : std::as_const(*pending)) {
        m_client.post(couponPath(owed.code, "redeem"), owed.redeemBody(),
                      [this, owed, outstanding, stillOwed](const CentralReply &reply) {
                          CouponRedemptions redemptions(m_database);
                          const auto noted = reply.ok() ? redemptions.settle(owed.recordId)
                                                        : redemptions.markFailed(owed.recordId, refusalOf(reply));
                          if (!reply.ok() || !noted) {
                              ++*stillOwed;
                              qCWarning(lcCoupons) << "coupon" << owed.code << "of sale" << owed.saleId
                                                   << "not redeemed:" << reply.error;
                          }
                          if (--*outstanding == 0)
                              Q_EMIT redemptionsSent(*stillOwed);
                      });
    }
}

} // namespace omnitill
