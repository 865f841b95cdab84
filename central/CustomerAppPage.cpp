#include "CustomerAppPage.h"

#include "AppReceipts.h"
#include "Currency.h"
#include "CustomerAppLinks.h"
#include "CustomerProfiles.h"
#include "CustomerRepository.h"
#include "Money.h"
#include "QrImage.h"
#include "SigningKeyStore.h"

#include <QFile>
#include <QLocale>
#include <QSet>
#include <QTranslator>

namespace omnitill::central {

namespace {

const QString english = QStringLiteral("en");
const QString korean = QStringLiteral("ko");

// A template of central/app, its {{key}}s replaced: text values HTML-escaped, html values (cards already
// filled) as they are.
QString filled(const QString &name, const QList<std::pair<const char *, QString>> &text,
               const QList<std::pair<const char *, QString>> &html = {})
{
    QFile file(QStringLiteral(":/omnitill/central/app/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("customer app template %s is not compiled in", qPrintable(name));
    QString page = QString::fromUtf8(file.readAll());
    for (const auto &[key, value] : text)
        page.replace(QStringLiteral("{{%1}}").arg(QLatin1String(key)), value.toHtmlEscaped());
    for (const auto &[key, value] : html)
        page.replace(QStringLiteral("{{%1}}").arg(QLatin1String(key)), value);
    return page;
}

// The language's translations of the page, loaded once; empty (source texts) when none is compiled in.
const QTranslator &translator(const QString &language)
{
    static const auto load = [](const QString &name) {
        auto loaded = std::make_unique<QTranslator>();
        (void)loaded->load(QStringLiteral(":/i18n/omnitill-central_") + name);
        return loaded;
    };
    static const std::unique_ptr<QTranslator> koreanTexts = load(korean);
    static const std::unique_ptr<QTranslator> englishTexts = load(english);
    return language == english ? *englishTexts : *koreanTexts;
}

QHttpServerResponse htmlResponse(const QString &html, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(), status);
    // The page holds short-lived codes and is one customer's: no cache keeps it, and its address (the secret
    // link) goes to no other site as a referrer.
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.addHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return response;
}

} // namespace

CustomerAppPage::CustomerAppPage(ConnectionPool &pool, QString language)
    : m_pool(pool)
    , m_language(std::move(language))
{
}

QString CustomerAppPage::languageOf(const QString &requested, const QByteArray &acceptLanguage)
{
    if (requested == english || requested == korean)
        return requested;
    // "en-US,en;q=0.9,ko;q=0.8": the first of ours that the browser lists.
    for (const QByteArray &entry : acceptLanguage.split(',')) {
        const QString tag = QString::fromLatin1(entry.split(';').first().trimmed()).toLower();
        if (tag.startsWith(english))
            return english;
        if (tag.startsWith(korean))
            return korean;
    }
    return korean;
}

QString CustomerAppPage::text(const char *source) const
{
    const QString translated = translator(m_language).translate("CustomerAppPage", source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QHttpServerResponse CustomerAppPage::respond(const QString &link, const QDateTime &now)
{
    auto html = page(link, now);
    if (html)
        return htmlResponse(*html, QHttpServerResponse::StatusCode::Ok);
    const bool missing = html.error().kind == ApiError::Kind::NotFound;
    const QString title = missing ? text(QT_TR_NOOP("Page not found")) : text(QT_TR_NOOP("Something went wrong"));
    const QString message = missing ? text(QT_TR_NOOP("This link does not lead to a customer app. Ask the store "
                                                      "for your link again."))
                                    : text(QT_TR_NOOP("Please try again in a moment."));
    return htmlResponse(
        filled(QStringLiteral("app-missing.html"), {{"lang", m_language}, {"title", title}, {"message", message}}),
        missing ? QHttpServerResponse::StatusCode::NotFound : QHttpServerResponse::StatusCode::InternalServerError);
}

Outcome<QString> CustomerAppPage::page(const QString &link, const QDateTime &now)
{
    auto customerId = CustomerAppLinks(m_pool).customerOf(link);
    if (!customerId)
        return customerId.error();
    auto customer = CustomerRepository(m_pool).byId(*customerId);
    if (!customer)
        return customer.error();
    auto identity = SigningKeyStore(m_pool).customerToken(customer->id, customer->tier, now);
    if (!identity)
        return identity.error();
    auto coupons = couponCards(customer->id, now);
    if (!coupons)
        return coupons.error();
    auto orders = orderCards(customer->id, now);
    if (!orders)
        return orders.error();
    auto receipts = receiptCards(customer->id, now);
    if (!receipts)
        return receipts.error();
    const QLocale locale(m_language == korean ? QLocale::Korean : QLocale::English);
    return filled(QStringLiteral("customer-app.html"),
                  {{"lang", m_language},
                   {"refreshSeconds", QString::number(refreshSeconds)},
                   {"title", text(QT_TR_NOOP("My membership"))},
                   {"name", customer->name},
                   {"tierLabel", text(QT_TR_NOOP("Tier"))},
                   {"tier", customer->tier},
                   {"pointsLabel", text(QT_TR_NOOP("Points"))},
                   {"points", locale.toString(customer->points)},
                   {"loyaltyLabel", text(QT_TR_NOOP("Member number"))},
                   {"loyaltyNumber", customer->loyaltyNumber},
                   {"identityLabel", text(QT_TR_NOOP("Show this code at the till"))},
                   {"identityNote", text(QT_TR_NOOP("The code renews itself every minute; a screenshot stops "
                                                    "working after two."))},
                   {"identityToken", *identity},
                   {"identityQr", QrImage::dataUrl(*identity)},
                   {"couponsLabel", text(QT_TR_NOOP("My coupons"))},
                   {"ordersLabel", text(QT_TR_NOOP("My online orders"))},
                   {"receiptsLabel", text(QT_TR_NOOP("My store receipts"))}},
                  {{"coupons", *coupons}, {"orders", *orders}, {"receipts", *receipts}});
}

Outcome<QString> CustomerAppPage::couponCards(const QString &customerId, const QDateTime &now)
{
    auto coupons = CouponLedger(m_pool).usableBy(customerId, now);
    if (!coupons)
        return coupons.error();
    if (coupons->isEmpty())
        return QStringLiteral("<p class=\"note\">%1</p>").arg(text(QT_TR_NOOP("No coupons right now")).toHtmlEscaped());
    SigningKeyStore keys(m_pool);
    QString cards;
    for (const Coupon &coupon : *coupons) {
        auto token = keys.couponToken(coupon);
        if (!token)
            return token.error();
        cards += filled(
            QStringLiteral("app-coupon.html"),
            {{"description", couponDescription(coupon)},
             {"code", coupon.code},
             {"token", *token},
             {"qr", QrImage::dataUrl(*token)},
             {"validUntil",
              text(QT_TR_NOOP("Valid until %1"))
                  .arg(QLocale(m_language).toString(coupon.validUntil.toLocalTime().date(), QLocale::ShortFormat))}});
    }
    return cards;
}

Outcome<QString> CustomerAppPage::orderCards(const QString &customerId, const QDateTime &now)
{
    auto orders = OnlineOrders(m_pool).ofCustomer(customerId);
    if (!orders)
        return orders.error();
    if (orders->isEmpty())
        return QStringLiteral("<p class=\"note\">%1</p>").arg(text(QT_TR_NOOP("No online orders")).toHtmlEscaped());
    QString cards;
    for (const OnlineOrder &order : *orders) {
        const QString state = order.stateAt(now);
        QString pickup;
        if (state == QLatin1String("ready_for_pickup")) {
            auto token = OnlineOrders(m_pool).token(order.id, now);
            if (!token)
                return token.error();
            pickup = filled(
                QStringLiteral("app-pickup.html"),
                {{"number", order.number},
                 {"token", *token},
                 {"qr", QrImage::dataUrl(*token)},
                 {"pickupNote", text(QT_TR_NOOP("Show this code at %1 to pick up your order")).arg(order.storeId)}});
        } else if (!order.deliveryAddress.isEmpty()) {
            pickup = QStringLiteral("<p class=\"note\">%1</p>")
                         .arg(text(QT_TR_NOOP("Delivery to %1")).arg(order.deliveryAddress).toHtmlEscaped());
        }
        QStringList lines;
        for (const OrderLine &line : order.lines)
            lines.append(QStringLiteral("%1 × %2").arg(line.name).arg(line.quantity));
        cards += filled(QStringLiteral("app-order.html"),
                        {{"number", order.number}, {"state", orderState(state)}, {"lines", lines.join(u", ")}},
                        {{"pickup", pickup}});
    }
    return cards;
}

Outcome<QString> CustomerAppPage::receiptCards(const QString &customerId, const QDateTime &now)
{
    // The receipts sent to the app first, as printed; then the other store purchases, by their totals only.
    auto sent = AppReceipts(m_pool).ofCustomer(customerId, appReceiptsShown);
    if (!sent)
        return sent.error();
    auto profile = CustomerProfiles(m_pool).profile(customerId, now);
    if (!profile)
        return profile.error();
    QSet<QString> shown;
    QString cards;
    for (const AppReceipt &receipt : *sent) {
        shown.insert(receipt.saleId);
        const QString image =
            QStringLiteral("<img class=\"receipt-image\" alt=\"%1\" src=\"data:image/png;base64,%2\">")
                .arg(text(QT_TR_NOOP("Receipt no. %1")).arg(receipt.number).toHtmlEscaped(),
                     QString::fromLatin1(receipt.png.toBase64()));
        cards += receiptCard(receipt.totalMinor, receipt.currency, receipt.soldAt, receipt.storeId, image);
    }
    for (const CustomerProfile::Purchase &purchase : profile->history) {
        if (purchase.channel != QLatin1String("store") || purchase.state != QLatin1String("completed") ||
            shown.contains(purchase.reference))
            continue;
        cards += receiptCard(purchase.totalMinor, purchase.currency, purchase.at, purchase.store, {});
    }
    if (cards.isEmpty())
        return QStringLiteral("<p class=\"note\">%1</p>")
            .arg(text(QT_TR_NOOP("No store receipts yet")).toHtmlEscaped());
    return cards;
}

QString CustomerAppPage::receiptCard(qint64 totalMinor, const QString &currencyCode, const QDateTime &at,
                                     const QString &store, const QString &imageHtml) const
{
    const QLocale locale(m_language == korean ? QLocale::Korean : QLocale::English);
    const auto currency = Currency::fromCode(currencyCode);
    const QString total = currency ? Money(totalMinor, *currency).format(locale)
                                   : QStringLiteral("%1 %2").arg(totalMinor).arg(currencyCode);
    return filled(
        QStringLiteral("app-receipt.html"),
        {{"total", total}, {"when", locale.toString(at.toLocalTime(), QLocale::ShortFormat)}, {"store", store}},
        {{"image", imageHtml}});
}

QString CustomerAppPage::couponDescription(const Coupon &coupon) const
{
    const CouponRule &rule = coupon.rule;
    const QLocale locale(m_language);
    const auto money = [&](qint64 minor) {
        auto currency = Currency::fromCode(rule.currency);
        return currency ? Money(minor, *currency).format(locale) : QString::number(minor);
    };
    QString description;
    switch (rule.kind) {
    case CouponRule::Kind::Percent:
        description = text(QT_TR_NOOP("%1% off")).arg(rule.value);
        break;
    case CouponRule::Kind::Amount:
        description = text(QT_TR_NOOP("%1 off")).arg(money(rule.value));
        break;
    case CouponRule::Kind::BuyGet:
        description = text(QT_TR_NOOP("%1+%2")).arg(rule.buyQuantity).arg(rule.getQuantity);
        break;
    case CouponRule::Kind::FreeItem:
        description = text(QT_TR_NOOP("Gift: %1 × %2")).arg(rule.freeSku).arg(rule.value);
        break;
    }
    if (rule.minimumSpendMinor > 0)
        description += u' ' + text(QT_TR_NOOP("on %1 or more")).arg(money(rule.minimumSpendMinor));
    return description;
}

QString CustomerAppPage::orderState(const QString &state) const
{
    if (state == QLatin1String("ready_for_pickup"))
        return text(QT_TR_NOOP("Ready for pickup"));
    if (state == QLatin1String("picked_up"))
        return text(QT_TR_NOOP("Picked up"));
    if (state == QLatin1String("shipped"))
        return text(QT_TR_NOOP("Shipped"));
    if (state == QLatin1String("cancelled"))
        return text(QT_TR_NOOP("Cancelled"));
    if (state == QLatin1String("expired"))
        return text(QT_TR_NOOP("Not picked up in time"));
    return text(QT_TR_NOOP("Being prepared"));
}

} // namespace omnitill::central
