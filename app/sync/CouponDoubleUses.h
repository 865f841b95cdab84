#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <functional>

namespace omnitill {

class CentralClient;

// One sale's use of a coupon, as the central store tells it: the receipt a manager looks up.
struct CouponUseReceipt
{
    QString saleId;
    QString storeId;
    QString terminalId;
    QString terminalName;
    qint64 receipt = 0; // 0: the sale itself has not reached the central store yet
    QDateTime at;

    [[nodiscard]] static CouponUseReceipt fromJson(const QJsonObject &json);
};

// A coupon used twice: a till took it offline (reported) after another sale had already used it (first).
struct CouponDoubleUse
{
    QString coupon;
    CouponUseReceipt reported;
    CouponUseReceipt first;
    QDateTime reportedAt;
};

// The coupons used twice that concern this store, for the manager: the central store's reconciliation list
// (GET /v1/offline-redemptions?outcome=double_use&store=…) read over CentralClient. Each entry names both
// receipts (receipt number, store, till, time), so the manager can find both sales.
class CouponDoubleUses : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<QList<CouponDoubleUse>>)>;

    explicit CouponDoubleUses(CentralClient &client, QObject *parent = nullptr);

    // Newest report first; done hears the list, or why it could not be read.
    void fetch(const QString &storeId, Done done);
    // One line in words: "Coupon X used twice: receipt 12 at Till 2 (KR-BUSAN-02) …, first receipt 7 at …".
    [[nodiscard]] static QString describe(const CouponDoubleUse &doubleUse, const QLocale &locale);

private:
    CentralClient &m_client;
};

} // namespace omnitill
