#include "CentralServer.h"

#include "ConnectionPool.h"
#include "CustomerAppPage.h"
#include "Logging.h"
#include "TerminalRegistry.h"

#include <QLocale>
#include <QRegularExpression>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace omnitill::central {

namespace {

using Method = QHttpServerRequest::Method;

QString methodName(Method method)
{
    return method == Method::Get    ? QStringLiteral("GET")
           : method == Method::Post ? QStringLiteral("POST")
           : method == Method::Put  ? QStringLiteral("PUT")
                                    : QStringLiteral("DELETE");
}

// "/v1/customers/{id}" -> Qt HttpServer's "/v1/customers/<arg>"
QString qtPattern(QString path)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}/]+\\}"));
    return path.replace(placeholder, QStringLiteral("<arg>"));
}

QRegularExpression matcher(const QString &path)
{
    static const QRegularExpression placeholder(QStringLiteral("\\\\\\{[^}/]+\\\\\\}"));
    QString pattern = QRegularExpression::escape(path);
    pattern.replace(placeholder, QStringLiteral("[^/]+"));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

} // namespace

CentralServer::CentralServer(ConnectionPool &pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_api(pool)
    , m_orders(pool)
    , m_coupons(pool)
    , m_catalog(pool)
    , m_profiles(pool)
    , m_giftCards(pool)
    , m_shipOrders(pool)
    , m_receiptMails(pool)
    , m_staffRequests(pool)
    , m_appReceipts(pool)
{
    // Database round trips, not computation, bound a request: more threads than cores keeps PostgreSQL busy.
    m_workers.setMaxThreadCount(std::max(4, QThread::idealThreadCount() * 2));
    // Each worker thread holds a database connection; a thread that expired would strand its connection.
    m_workers.setExpiryTimeout(-1);

    // More specific paths first: a route matches the first rule that fits.
    addRoute(Method::Post, QStringLiteral("/v1/terminals/enroll"), Access::Anyone,
             [](CentralApi &api, const ApiRequest &request) { return api.enroll(request); });
    addRoute(Method::Get, QStringLiteral("/v1/keys"), Access::Terminal,
             [](CentralApi &api, const ApiRequest &request) { return api.keys(request); });
    addRoute(Method::Post, QStringLiteral("/v1/sales"), Access::Terminal,
             [](CentralApi &api, const ApiRequest &request) { return api.ingestSales(request); });
    addRoute(Method::Post, QStringLiteral("/v1/outbox-batch"), Access::Terminal,
             [](CentralApi &api, const ApiRequest &request) { return api.ingestOutboxBatch(request); });
    addRoute(Method::Get, QStringLiteral("/v1/regular-customers"), Access::Terminal,
             [](CentralApi &api, const ApiRequest &request) { return api.regularCustomers(request); });
    addRoute(Method::Get, QStringLiteral("/v1/coupon-revocations"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_coupons.revocations(request); });
    addRoute(Method::Post, QStringLiteral("/v1/till-returns"), Access::Terminal,
             [](CentralApi &api, const ApiRequest &request) { return api.ingestTillReturns(request); });
    addRoute(Method::Get, QStringLiteral("/v1/customers/{id}/points"), Access::Terminal,
             [](CentralApi &api, const ApiRequest &request) { return api.customerPoints(request); });
    addRoute(Method::Post, QStringLiteral("/v1/customers/{id}/points/redeem"), Access::Terminal,
             [](CentralApi &api, const ApiRequest &request) { return api.redeemPoints(request); });
    addRoute(Method::Get, QStringLiteral("/v1/customers/{id}/store-credit"), Access::Terminal,
             [](CentralApi &api, const ApiRequest &request) { return api.storeCredit(request); });
    addRoute(Method::Post, QStringLiteral("/v1/customers/{id}/store-credit/redeem"), Access::Terminal,
             [](CentralApi &api, const ApiRequest &request) { return api.redeemStoreCredit(request); });
    addRoute(Method::Get, QStringLiteral("/v1/gift-cards/{number}"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_giftCards.balance(request); });
    addRoute(Method::Post, QStringLiteral("/v1/gift-cards/{number}/redeem"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_giftCards.redeem(request); });
    addRoute(Method::Post, QStringLiteral("/v1/gift-cards/{number}/reload"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_giftCards.reload(request); });
    addRoute(Method::Post, QStringLiteral("/v1/redemptions/{tender}/refund"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_giftCards.refundRedemption(request); });
    addRoute(Method::Post, QStringLiteral("/v1/customers/{id}/visits"), Access::Terminal,
             [](CentralApi &api, const ApiRequest &request) { return api.recordVisit(request); });
    addRoute(Method::Get, QStringLiteral("/v1/customers/{id}/profile"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_profiles.profile(request); });
    addRoute(Method::Put, QStringLiteral("/v1/customers/{id}/consents"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_profiles.setConsents(request); });
    addRoute(Method::Put, QStringLiteral("/v1/customers/{id}/sizes/{category}"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_profiles.stateSize(request); });
    addRoute(Method::Delete, QStringLiteral("/v1/customers/{id}/wishlist/{sku}"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_profiles.removeWish(request); });
    addRoute(Method::Post, QStringLiteral("/v1/customers/{id}/wishlist"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_profiles.addWish(request); });
    addRoute(Method::Post, QStringLiteral("/v1/customers/{id}/notes/{note}/resolve"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_profiles.resolveNote(request); });
    addRoute(Method::Post, QStringLiteral("/v1/customers/{id}/notes"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_profiles.addNote(request); });
    addRoute(Method::Get, QStringLiteral("/v1/customers/{id}"), Access::Terminal,
             [](CentralApi &api, const ApiRequest &request) { return api.customer(request); });
    addRoute(Method::Post, QStringLiteral("/v1/coupons/{code}/validate"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_coupons.check(request); });
    addRoute(Method::Post, QStringLiteral("/v1/coupons/{code}/reserve"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_coupons.reserve(request); });
    addRoute(Method::Post, QStringLiteral("/v1/coupons/{code}/redeem"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_coupons.redeem(request); });
    addRoute(Method::Post, QStringLiteral("/v1/coupons/{code}/release"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_coupons.release(request); });
    addRoute(Method::Get, QStringLiteral("/v1/coupons/{code}"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_coupons.find(request); });
    addRoute(Method::Post, QStringLiteral("/v1/offline-redemptions"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_coupons.reportOffline(request); });
    addRoute(Method::Get, QStringLiteral("/v1/offline-redemptions"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_coupons.reconciliation(request); });
    addRoute(Method::Get, QStringLiteral("/v1/catalog/{collection}/changes"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_catalog.changes(request); });
    addRoute(Method::Get, QStringLiteral("/v1/catalog/{collection}"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_catalog.snapshot(request); });
    addRoute(Method::Get, QStringLiteral("/v1/pickups"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_orders.readyPickups(request); });
    addRoute(Method::Post, QStringLiteral("/v1/pickups"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_orders.pickUp(request); });
    addRoute(Method::Post, QStringLiteral("/v1/returns"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_orders.takeBack(request); });
    addRoute(Method::Get, QStringLiteral("/v1/orders/{reference}"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_orders.order(request); });
    addRoute(Method::Post, QStringLiteral("/v1/ship-orders"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_shipOrders.create(request); });
    addRoute(Method::Post, QStringLiteral("/v1/receipt-mails"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_receiptMails.queue(request); });
    addRoute(Method::Post, QStringLiteral("/v1/staff-requests/resolve"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_staffRequests.resolve(request); });
    addRoute(Method::Get, QStringLiteral("/v1/staff-requests/{request}"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_staffRequests.find(request); });
    addRoute(Method::Post, QStringLiteral("/v1/staff-requests"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_staffRequests.raise(request); });
    addRoute(Method::Get, QStringLiteral("/v1/staff-requests"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_staffRequests.list(request); });
    addRoute(Method::Post, QStringLiteral("/v1/app-receipts"), Access::Terminal,
             [this](CentralApi &, const ApiRequest &request) { return m_appReceipts.keep(request); });
    addRoute(Method::Get, QStringLiteral("/v1/customers"), Access::Terminal,
             [](CentralApi &api, const ApiRequest &request) { return api.findCustomer(request); });

    // The customer app page: for a person's browser, reached by the customer's secret link, no terminal.
    addRoute(Method::Get, QStringLiteral("/app/{link}"), Access::Anyone,
             [this](CentralApi &, const ApiRequest &request) {
                 const QString language = CustomerAppPage::languageOf(
                     request.query.queryItemValue(QStringLiteral("lang")), request.acceptLanguage);
                 return CustomerAppPage(m_pool, language)
                     .respond(request.arguments.first(), QDateTime::currentDateTimeUtc());
             });

    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        answerMissing(request, std::move(responder));
    });
}

CentralServer::~CentralServer()
{
    m_workers.waitForDone();
}

void CentralServer::setTls(const QSslConfiguration &configuration)
{
    m_server.sslSetup(configuration);
}

Result<quint16> CentralServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_server.listen(address, port);
    if (bound == 0) {
        return Error{QCoreApplication::translate("CentralServer", "Cannot listen on %1 port %2")
                         .arg(address.toString())
                         .arg(port)};
    }
    qCInfo(lcCentral) << "listening on" << address.toString() << bound;
    return bound;
}

void CentralServer::addRoute(Method method, const QString &path, Access access, Handler handler)
{
    m_routes.append({methodName(method), path});
    const QString pattern = qtPattern(path);
    const qsizetype arguments = pattern.count(QLatin1String("<arg>"));
    if (arguments == 2) {
        m_server.route(
            pattern, method,
            [this, access, handler](const QString &first, const QString &second, const QHttpServerRequest &request) {
                return dispatch(request, {first, second}, access, handler);
            });
    } else if (arguments == 1) {
        m_server.route(pattern, method,
                       [this, access, handler](const QString &argument, const QHttpServerRequest &request) {
                           return dispatch(request, {argument}, access, handler);
                       });
    } else {
        m_server.route(pattern, method, [this, access, handler](const QHttpServerRequest &request) {
            return dispatch(request, {}, access, handler);
        });
    }
}

QFuture<QHttpServerResponse> CentralServer::dispatch(const QHttpServerRequest &request, QStringList arguments,
                                                     Access access, const Handler &handler)
{
    ApiRequest api{request.body(),
                   request.value(QByteArrayLiteral("Authorization")),
                   request.value(QByteArrayLiteral("Accept-Language")),
                   request.query(),
                   std::move(arguments),
                   std::nullopt};
    if (api.body.size() > maximumBodySize) {
        return QtFuture::makeReadyFuture(ApiError{
            ApiError::Kind::PayloadTooLarge, QStringLiteral("body_too_large"),
            QCoreApplication::translate("CentralServer", "The body is larger than %1 bytes").arg(maximumBodySize)}
                                             .toResponse());
    }
    return QtConcurrent::run(&m_workers, [this, api = std::move(api), access, handler]() mutable {
        QHttpServerResponse response = [&] {
            if (access == Access::Terminal) {
                auto terminal = TerminalRegistry(m_pool).authenticate(api.authorization);
                if (!terminal)
                    return terminal.error().toResponse();
                api.terminal = *terminal;
            }
            return handler(m_api, api);
        }();
        // The store's clock on every answer (RFC 9110 Date): a till measures its own clock's skew from it.
        response.setHeader(QByteArrayLiteral("Date"), QLocale::c()
                                                              .toString(QDateTime::currentDateTimeUtc(),
                                                                        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
                                                              .toLatin1() +
                                                          " GMT");
        return response;
    });
}

void CentralServer::answerMissing(const QHttpServerRequest &request, QHttpServerResponder &&responder) const
{
    const QString path = request.url().path();
    const bool knownPath = std::any_of(m_routes.cbegin(), m_routes.cend(),
                                       [&](const Route &route) { return matcher(route.path).match(path).hasMatch(); });
    const ApiError error =
        knownPath ? ApiError{ApiError::Kind::MethodNotAllowed, QStringLiteral("method_not_allowed"),
                             QCoreApplication::translate("CentralServer", "%1 does not take this method").arg(path)}
                  : ApiError::notFound(QStringLiteral("unknown_route"),
                                       QCoreApplication::translate("CentralServer", "There is no %1").arg(path));
    error.toResponse().write(std::move(responder));
}

} // namespace omnitill::central
