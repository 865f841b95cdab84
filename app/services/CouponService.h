#pragma once

#include "Result.h"
#include "SaleEvent.h"

#include <QDateTime>
#include <QObject>
#include <functional>

namespace omnitill {

class CentralClient;
class CheckoutService;
class Database;
class SigningKeys;
struct CentralReply;

// Coupons issued online, redeemed at the till. A scanned (or picked) "OMCP1:" code is verified with the held
// keys (signature, validity), checked against the basket (a refusal says what to fix: "Minimum spend ₩30,000
// not reached: ₩4,500 more"), reserved at the central store, and only then put on the sale with its
// reservation. When the sale completes, the coupons that saved are redeemed: the completing transaction has
// already written what is owed (CouponRedemptions), so a redemption the central store does not hear now is
// sent again later, never lost. A coupon that saved nothing, a removed coupon and the coupons of a voided
// sale are released.
//
// With the central store out of reach (no answer, or a 5xx), the coupon whose signature the till verified is
// taken offline within the manager's allowance (OfflineCouponPolicy), without a reservation; its use is
// reported later through the outbox (OutboxDrain) and reconciled at the central store, which reports a use
// at another store too as a double use with both receipts.
//
// Reserved redemptions go one at a time, oldest first: each is redeemed (settled), refused for good by the
// central store (quarantined with its reason, for the manager; the rest go on) or not heard (kept; the
// rest wait behind it for the next try).
class CouponService : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    using Done = std::function<void(Result<void>)>;
    // Long enough for a slow sale; a lease that runs out only lets another till take the coupon first.
    static constexpr qint64 leaseSeconds = 900;

    CouponService(CheckoutService &checkout, CentralClient &client, const SigningKeys &keys, const Database &database,
                  QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    [[nodiscard]] static bool isCouponCode(const QString &scanned);

    // Puts the coupon on the sale on screen; done hears the outcome with the reason when refused.
    void apply(const QString &token, Done done);
    // Takes the coupon off the sale and gives its reservation back.
    [[nodiscard]] Result<void> remove(const QString &code);
    // Sends every redemption still owed (this sale's and any earlier one's); redemptionsSent says how many
    // are still owed afterwards.
    void redeemPending();

Q_SIGNALS:
    void redemptionsSent(int stillOwed);

private:
    void onSaleClosed();
    // The reserve was not heard: the coupon comes onto the sale under the offline allowance, or is refused.
    void applyOffline(const saleevent::CouponApplied &coupon, const QUuid &saleId, Done done);
    void redeemNext();
    void release(const QString &code, const QString &reservation);
    [[nodiscard]] static QString couponPath(const QString &code, const char *action);
    // The central store's refusal in the till's words (and language).
    [[nodiscard]] QString refusalOf(const CentralReply &reply) const;

    CheckoutService &m_checkout;
    CentralClient &m_client;
    const SigningKeys &m_keys;
    const Database &m_database;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    bool m_redeeming = false;
};

} // namespace omnitill
