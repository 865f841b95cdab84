#pragma once

#include "../domain/TestProfiles.h"
#include "ApiClient.h"
#include "CentralServer.h"
#include "CentralTestDatabase.h"
#include "CouponLedger.h"
#include "OnlineOrders.h"
#include "Sale.h"
#include "SaleRecord.h"
#include "TerminalRegistry.h"

#include <QJsonArray>
#include <QTest>

// A central server on 127.0.0.1 (a real socket, a free port) over a fresh test database, with a client
// and the shortcuts the API tests share: enroll a terminal, make a canonical sale record the way the
// till's journal does.
struct CentralHarness
{
    CentralHarness()
        : server(*database.pool)
        , port(server.listen(QHostAddress::LocalHost, 0).value())
        , client(base())
    {
    }

    QUrl base() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)); }

    // A terminal of the store, enrolled through the API under the name; returns its credential.
    QString enroll(const QString &store = QStringLiteral("KR-SEOUL-01"), const QString &name = QStringLiteral("Till"))
    {
        const QString code = omnitill::central::TerminalRegistry(*database.pool).createEnrollmentCode(store).value();
        ApiClient anonymous(base());
        const ApiReply reply =
            anonymous.post(QStringLiteral("/v1/terminals/enroll"),
                           QJsonObject{{QLatin1String("code"), code}, {QLatin1String("name"), name}});
        if (reply.status != 201)
            qFatal("enrollment failed: %d %s", reply.status, reply.body.constData());
        return reply.json.value(QLatin1String("credential")).toString();
    }

    // A completed sale of pieces of one product, as SaleJournal puts it in the outbox (record plus sequence).
    static QJsonObject saleRecord(qint64 price, qint64 sequence = 1,
                                  const QString &store = QStringLiteral("KR-SEOUL-01"), int pieces = 1)
    {
        omnitill::StoreProfile profile = testprofiles::korean();
        profile.storeId = store;
        omnitill::Sale sale(profile);
        const auto now = QDateTime::currentDateTimeUtc();
        using namespace omnitill::saleevent;
        const bool ok =
            sale.apply(Opened{QUuid::createUuid(), QStringLiteral("T1"), now}).ok() &&
            sale
                .apply(LineAdded{
                    1, testprofiles::product(QStringLiteral("A"), price), omnitill::Quantity::pieces(pieces), {}})
                .ok() &&
            sale.apply(Tendered{1, omnitill::TenderMethod::Cash, price * pieces, {}}).ok() &&
            sale.apply(Completed{now}).ok();
        if (!ok)
            qFatal("could not build a completed sale");
        QJsonObject record = omnitill::saleRecord(sale);
        record.insert(QLatin1String("sequence"), sequence);
        return record;
    }

    // A coupon with the rule, valid from a minute ago for validSeconds; returns its code.
    QString issueCoupon(const omnitill::CouponRule &rule, const QString &customer = {}, qint64 validSeconds = 3600)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return omnitill::central::CouponLedger(*database.pool)
            .issue({rule, customer, now.addSecs(-60), now.addSecs(validSeconds), {}})
            .value()
            .code;
    }

    // A customer's online order of two shirts (A100, 2 x 15000), ready for pickup at the Seoul store for a day.
    omnitill::central::OnlineOrder readyOrder(const QString &customer)
    {
        omnitill::central::OnlineOrders orders(*database.pool);
        const omnitill::central::OnlineOrder placed =
            orders
                .create({customer,
                         QStringLiteral("KRW"),
                         QStringLiteral("prepaid"),
                         QStringLiteral("pickup"),
                         QStringLiteral("KR-SEOUL-01"),
                         false,
                         {{0, QStringLiteral("A100"), {}, QStringLiteral("Shirt"), 2, 15000}}})
                .value();
        return orders.markReady(placed.number, QDateTime::currentDateTimeUtc().addDays(1)).value();
    }

    static omnitill::CouponRule couponRule(omnitill::CouponRule::Kind kind, qint64 value,
                                           const QString &currency = QStringLiteral("KRW"))
    {
        omnitill::CouponRule rule;
        rule.kind = kind;
        rule.value = value;
        rule.currency = currency;
        return rule;
    }

    static QJsonObject batch(const QJsonArray &sales) { return QJsonObject{{QLatin1String("sales"), sales}}; }

    CentralTestDatabase database;
    omnitill::central::CentralServer server;
    quint16 port = 0;
    ApiClient client;
};
