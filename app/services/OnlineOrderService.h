#pragma once

#include "OnlineOrderClient.h"
#include "StoreProfile.h"

#include <QObject>
#include <optional>

namespace omnitill {

class CatalogRepository;
class CheckoutService;
class PrintService;
class HandoverLog;
class RestockLog;
class StoreSettings;

// What a handover at the till came to: recorded at the central store (with its answer and the printed
// slip's text), or, for an order paid in store, its lines put into the sale on screen, to be recorded once
// that sale is paid.
struct Handover
{
    enum class Stage { Recorded, AwaitingPayment };
    Stage stage = Stage::Recorded;
    QJsonObject answer;
    QString slip;
};

// Online orders at the till: hands them over (all or some lines; the rest stays open or goes back to stock),
// and takes items of them back, with the central store deciding each (OnlineOrderClient) and a paper for the
// customer from the receipt printer.
//
// A prepaid order is recorded at once. An order paid in store has its balance collected through the normal
// tenders: its lines go into the sale on screen at the order's prices (a snapshot of the catalog's product
// with the order's price, noted "Online order …"), and the pickup is recorded at the central store with that
// sale's id only when the sale completes; a voided sale hands nothing over. At most one such pickup waits
// for its sale at a time, and it is kept in the store's settings (orders.pendingPickup) until it is recorded
// or dropped, so a till that stops between the sale and the central store's answer records it at restart.
// Online returns are refunded as the store's policy allows (setting returns.onlineRefunds, a comma list of
// original_payment, store_credit and cash; the first two by default); the central store's limits decide the
// quantities. Cash comes out of this till's drawer through the cash payout (a paid-out of the shift), after the
// central store has recorded the return. Units that come back are recorded as back in stock here (RestockLog).
class OnlineOrderService : public QObject
{
    Q_OBJECT

public:
    using Handed = std::function<void(Result<Handover>)>;
    using Returned = std::function<void(Result<QString>)>; // the return receipt's text
    static const QString refundMethodsKey;
    static const QString pendingPickupKey;

    OnlineOrderService(OnlineOrderClient &orders, CheckoutService &checkout, CatalogRepository &catalog,
                       StoreSettings &settings, QObject *parent = nullptr);

    // After CheckoutService::restore(): the pickup that waited for a sale when the till stopped is recorded
    // if that sale completed, waits again if it is the sale on screen, and is dropped otherwise.
    void resumeAwaitingPayment();

    // Slips and return receipts go to this printer; without one they are only shown.
    void setPrinter(PrintService *printing) { m_printing = printing; }
    // Pays a cash refund from the drawer (amount, reason), or says why not; without it no cash is refunded.
    using CashPayout = std::function<Result<void>(qint64 amountMinor, const QString &reason)>;
    void setCashPayout(CashPayout payout) { m_cashPayout = std::move(payout); }
    // Where units returned here are recorded back in stock; must outlive the service.
    void setRestocks(RestockLog *restocks) { m_restocks = restocks; }
    // Where each hand-over recorded (at central or in the outbox) is counted for the back office.
    void setHandovers(HandoverLog *handovers) { m_handovers = handovers; }

    OnlineOrderClient &orders() { return m_orders; }
    // quantities: per line number, of what is still open.
    void handOver(const OrderSnapshot &order, const QMap<int, qint64> &quantities, bool leaveOpen, Handed done);
    void takeBack(const OrderSnapshot &order, const QMap<int, qint64> &quantities, const QString &refundMethod,
                  Returned done);
    // The refund methods the store allows for online returns, in the policy's order.
    [[nodiscard]] QStringList refundMethods() const;
    // The order whose pickup waits for the sale on screen to be paid; empty when none.
    QString awaitingPaymentFor() const { return m_pending ? m_pending->order.number : QString(); }

Q_SIGNALS:
    // The pickup of an order paid in store, recorded after its sale completed: its slip's text.
    void paidPickupRecorded(const QString &number, const QString &slip);
    // It could not be recorded (the sale was voided, or the central store refused or did not answer).
    void paidPickupFailed(const QString &number, const QString &reason);

private:
    Result<void> putIntoSale(const OrderSnapshot &order, const QMap<int, qint64> &quantities);
    void record(const PickupDraft &draft, Handed done);
    void countHandover(const PickupDraft &draft, bool offline);
    void saleCompleted();
    void saleChanged();
    // Prints text as a slip when a printer is set; returns text.
    QString print(const QString &text);
    // Keeps the waiting pickup (nullopt: none) in the settings and in m_pending.
    void setPending(std::optional<PickupDraft> draft);
    void recordPaid(const PickupDraft &draft);
    // After the central store recorded a return: the units back in stock here, and a cash refund paid out.
    [[nodiscard]] Result<void> settleReturn(const ReturnDraft &draft, const QJsonObject &answer);

    OnlineOrderClient &m_orders;
    CheckoutService &m_checkout;
    CatalogRepository &m_catalog;
    StoreSettings &m_settings;
    PrintService *m_printing = nullptr;
    CashPayout m_cashPayout;
    RestockLog *m_restocks = nullptr;
    HandoverLog *m_handovers = nullptr;
    std::optional<PickupDraft> m_pending;
};

} // namespace omnitill
