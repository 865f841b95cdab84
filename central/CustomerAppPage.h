#pragma once

#include "ApiError.h"
#include "CouponLedger.h"
#include "OnlineOrders.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServerResponse>

namespace omnitill::central {

class ConnectionPool;

// The customer app page, GET /app/<link>: what a customer opens on a phone to be known at a till. It shows
// the rotating identity QR (a customer token), the customer's usable coupons as QR codes (coupon tokens) and
// their online orders with the pickup QR (an order token) of those waiting for pickup and the address of those
// shipped to them, and their recent store receipts (the sales a till sent with them attached), as printed for
// those sent to the app.
//
// The page reaches a customer only through their secret link (CustomerAppLinks); anything else is the same
// 404 page, so a wrong link tells nothing about who exists. The HTML is in templates (central/app/*.html,
// compiled in), the texts go through the language's translator: Korean unless the query (?lang=en) or the
// browser's Accept-Language asks for English. The page reloads itself every refreshSeconds, well within a
// customer token's lifetime, so the identity QR on screen is always one a till accepts.
class CustomerAppPage
{
    Q_DECLARE_TR_FUNCTIONS(CustomerAppPage)

public:
    static constexpr int refreshSeconds = 60;
    // The receipts sent to the app (AppReceipts) that the page shows as images, newest first.
    static constexpr int appReceiptsShown = 20;

    // language: "ko" or "en", as languageOf() chose it.
    CustomerAppPage(ConnectionPool &pool, QString language);

    // "ko" or "en": ?lang= first, then the first of the two that Accept-Language names, else Korean.
    [[nodiscard]] static QString languageOf(const QString &requested, const QByteArray &acceptLanguage);

    // 200 with the page, or a 404 page for a link that leads to no customer (500 when the database fails).
    [[nodiscard]] QHttpServerResponse respond(const QString &link, const QDateTime &now);

private:
    [[nodiscard]] Outcome<QString> page(const QString &link, const QDateTime &now);
    [[nodiscard]] Outcome<QString> couponCards(const QString &customerId, const QDateTime &now);
    [[nodiscard]] Outcome<QString> orderCards(const QString &customerId, const QDateTime &now);
    [[nodiscard]] Outcome<QString> receiptCards(const QString &customerId, const QDateTime &now);
    // One receipt's card; imageHtml is the receipt as printed, when it was sent to the app.
    [[nodiscard]] QString receiptCard(qint64 totalMinor, const QString &currencyCode, const QDateTime &at,
                                      const QString &store, const QString &imageHtml) const;
    [[nodiscard]] QString couponDescription(const Coupon &coupon) const;
    [[nodiscard]] QString orderState(const QString &state) const;
    // The text in this page's language; the English source when there is no translation.
    [[nodiscard]] QString text(const char *source) const;

    ConnectionPool &m_pool;
    QString m_language;
};

} // namespace omnitill::central
