#include "CouponService.h"

#include "CentralClient.h"
#include "CheckoutService.h"
#include "CouponRedemptions.h"
#include "OfflineCouponPolicy.h"
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

namespace {
// No answer, or the central store could not serve one: the till is as good as offline.
bool outOfReach(const CentralReply &reply)
{
    return !reply.reached() || reply.status >= 500;
}
// The central store read the request and will never take it: resending changes nothing. A refused credential
// or a busy store (408, 429) may pass later.
bool refusedForGood(const CentralReply &reply)
{
    return reply.status >= 400 && reply.status < 500 && reply.status != 401 && reply.status != 403 &&
           reply.status != 408 && reply.status != 429;
}
} // namespace

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
                      if (outOfReach(reply)) {
                          applyOffline(coupon, saleId, std::move(done));
                          return;
                      }
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

void CouponService::applyOffline(const CouponApplied &coupon, const QUuid &saleId, Done done)
{
    if (m_checkout.sale().id() != saleId) {
        done(Error{tr("The sale changed while the coupon was being checked: scan it again")});
        return;
    }
    for (const Sale &parked : m_checkout.parkedSales()) {
        if (std::any_of(parked.coupons().cbegin(), parked.coupons().cend(),
                        [&](const CouponApplied &held) { return held.code == coupon.code; })) {
            done(Error{tr("This coupon is on a parked sale: finish or void that sale first, or sell without it")});
            return;
        }
    }
    // What it saves on the basket now is what counts against the allowance.
    Sale trial = m_checkout.sale();
    if (auto fits = trial.apply(coupon); !fits) {
        done(fits);
        return;
    }
    const qint64 saving = trial.totals().coupons.last().savingMinor;
    if (auto allowed = OfflineCouponPolicy(m_database, m_checkout.profile()).allows(coupon.code, saving, m_clock());
        !allowed) {
        done(allowed);
        return;
    }
    qCInfo(lcCoupons) << "coupon" << coupon.code << "taken offline, saving" << saving;
    done(m_checkout.applyCoupon(coupon));
}

Result<void> CouponService::remove(const QString &code)
{
    const QList<CouponApplied> &coupons = m_checkout.sale().coupons();
    const auto found = std::find_if(coupons.cbegin(), coupons.cend(),
                                    [&](const CouponApplied &coupon) { return coupon.code == code; });
    const QString reservation = found == coupons.cend() ? QString() : found->reservation;
    if (auto removed = m_checkout.removeCoupon(code); !removed)
        return removed;
    if (!reservation.isEmpty())
        release(code, reservation);
    return {};
}

void CouponService::onSaleClosed()
{
    const Sale &closed = m_checkout.sale();
    const bool completed = closed.state() == SaleState::Completed;
    for (qsizetype i = 0; i < closed.coupons().size(); ++i) {
        // A completed sale's saving coupons are redeemed (CouponRedemptions has them); the rest go back.
        const CouponApplied &coupon = closed.coupons()[i];
        if (!CouponRedemptions::acceptedOffline(coupon) && (!completed || closed.totals().coupons[i].savingMinor == 0))
            release(coupon.code, coupon.reservation);
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
    if (m_redeeming)
        return; // the loop on its way takes the new rows too: it reads the oldest each time
    m_redeeming = true;
    redeemNext();
}

void CouponService::redeemNext()
{
    CouponRedemptions redemptions(m_database);
    auto next = redemptions.pending(1);
    if (!next || next->isEmpty()) {
        if (!next)
            qCWarning(lcCoupons) << next.error();
        m_redeeming = false;
        Q_EMIT redemptionsSent(next ? 0 : 1);
        return;
    }
    const PendingRedemption owed = next->first();
    m_client.post(couponPath(owed.code, "redeem"), owed.redeemBody(), [this, owed](const CentralReply &reply) {
        CouponRedemptions redemptions(m_database);
        Result<void> noted;
        if (reply.ok()) {
            noted = redemptions.settle(owed.outboxId, reply.json);
        } else if (refusedForGood(reply)) {
            qCWarning(lcCoupons) << "coupon" << owed.code << "of sale" << owed.saleId << "refused:" << reply.error;
            noted = redemptions.quarantine(
                owed.outboxId,
                tr("The central store did not redeem coupon %1 of this sale: %2").arg(owed.code, refusalOf(reply)));
        } else {
            // Not heard: this one and those behind it wait for the next try, in order.
            qCInfo(lcCoupons) << "coupon" << owed.code << "of sale" << owed.saleId << "not redeemed:" << reply.error;
            noted = redemptions.markFailed(owed.outboxId, refusalOf(reply));
            m_redeeming = false;
            const auto still = redemptions.pending();
            Q_EMIT redemptionsSent(still ? int(still->size()) : 1);
            return;
        }
        if (!noted) {
            qCWarning(lcCoupons) << noted.error();
            m_redeeming = false;
            Q_EMIT redemptionsSent(1);
            return;
        }
        redeemNext();
    });
}

} // namespace omnitill
