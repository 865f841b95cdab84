#include "CustomerAppLinks.h"
#include "CustomerAppPage.h"
#include "CustomerRepository.h"
#include "JournalReceipt.h"
#include "OnlineOrders.h"
#include "OutboxTaskSender.h"
#include "PrinterProfile.h"
#include "ReceiptMailer.h"
#include "ReceiptText.h"
#include "ShipOrderNumber.h"
#include "ShipToHomeService.h"
#include "SyncFixture.h"

#include <QImage>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace omnitill;

// Ship to home and digital receipts against a real central store over HTTP (through a fault proxy that can cut
// it off): a line of a paid sale becomes an online order of the customer, delivered to the address, under the
// number printed on the receipt, created at once or, with the central store out of reach, queued and created
// when it is back, once; a receipt queued for e-mail arrives at the central store as a MIME message whose PNG
// attachment is the receipt the printer prints.
class TestShipToHome : public QObject
{
    Q_OBJECT

private:
    static constexpr auto address = "서울특별시 강남구 테헤란로 152, 1201호";
    std::unique_ptr<SyncFixture> m_till;
    std::unique_ptr<OutboxTaskSender> m_tasks;
    std::unique_ptr<ShipToHomeService> m_ship;
    std::unique_ptr<ReceiptMailer> m_mailer;
    QString m_customer;

    central::CustomerRepository customers() { return central::CustomerRepository(*m_till->central.database.pool); }

    // Two T-shirts and a cap-less second line; the first line shipped home. Answers the order's number.
    QString sellWithShippedLine(int &shippedLine)
    {
        CheckoutService &checkout = m_till->checkout;
        if (!checkout.attachCustomer(m_customer, false) || !checkout.scan(QString::fromLatin1(SyncFixture::tShirt), 2))
            qFatal("the sale did not open");
        shippedLine = checkout.sale().lines().last().id;
        auto number = m_ship->ship(shippedLine, QString::fromUtf8(address));
        if (!number)
            qFatal("not shipped: %s", qPrintable(number.error()));
        if (!checkout.scan(QString::fromLatin1(SyncFixture::tShirt)) || !checkout.tender(TenderMethod::Cash, 60000))
            qFatal("the sale did not complete");
        return *number;
    }

    qint64 ordersOfSale(const QString &saleId)
    {
        return m_till->centralCount(
            QStringLiteral("SELECT COUNT(*) FROM online_orders WHERE sale_id = '%1'").arg(saleId));
    }

    JournalEntry lastEntry() const
    {
        const SaleJournal journal(*m_till->store.database);
        return *journal.entry(journal.lastSequence());
    }

private Q_SLOTS:
    void init()
    {
        m_till = std::make_unique<SyncFixture>();
        m_tasks = std::make_unique<OutboxTaskSender>(
            *m_till->store.database, m_till->client,
            QList<OutboxTaskSender::Route>{{ShipToHomeService::taskKind, ShipToHomeService::route},
                                           {ReceiptMailer::taskKind, ReceiptMailer::route}});
        m_ship = std::make_unique<ShipToHomeService>(*m_till->store.database, m_till->checkout, *m_tasks);
        m_mailer =
            std::make_unique<ReceiptMailer>(*m_till->store.database, *m_till->store.profile,
                                            PrinterProfile::named(QStringLiteral("epson-tm-t88")).value(), *m_tasks);
        m_customer =
            customers()
                .create({QStringLiteral("김민지"), QStringLiteral("010-4821-3852"), {}, QStringLiteral("basic")})
                .value()
                .id;
        QVERIFY(
            customers().setContact(m_customer, QStringLiteral("minji@example.kr"), QString::fromUtf8(address)).ok());
    }
    void cleanup()
    {
        m_mailer.reset();
        m_ship.reset();
        m_tasks.reset();
        m_till.reset();
    }

    void shippedLine_becomesTheCustomersOrderAtOnce_underTheNumberOnTheReceipt()
    {
        int line = 0;
        QSignalSpy created(m_ship.get(), &ShipToHomeService::orderCreated);
        const QString number = sellWithShippedLine(line);
        const JournalEntry entry = lastEntry();
        QCOMPARE(number, shipOrderNumber(QUuid(entry.saleId), line));
        QVERIFY(QRegularExpression(QStringLiteral("^OL-[A-Z2-9]{4}-[A-Z2-9]{4}$")).match(number).hasMatch());

        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        QCOMPARE(created.first().at(0).toString(), number);
        QCOMPARE(ordersOfSale(entry.saleId), 1);
        const central::OnlineOrder order = central::OnlineOrders(*m_till->central.database.pool).find(number).value();
        QCOMPARE(order.customerId, m_customer);
        QCOMPARE(order.fulfilment, QStringLiteral("ship"));
        QCOMPARE(order.payment, QStringLiteral("prepaid"));
        QCOMPARE(order.state, QStringLiteral("placed"));
        QCOMPARE(order.deliveryAddress, QString::fromUtf8(address));
        qint64 orderTotal = 0, units = 0;
        for (const central::OrderLine &orderLine : order.lines) {
            orderTotal += orderLine.quantity * orderLine.unitPriceMinor;
            units += orderLine.quantity;
        }
        QCOMPARE(units, 2);
        QCOMPARE(orderTotal, 2 * 19900); // what the sale took for the line, no more and no less
        QCOMPARE(m_ship->waitingOrders(entry.saleId), QStringList());

        // The receipt, from the journal like every print, says where it goes and the order's number.
        const Receipt receipt =
            JournalReceipt::fromEntry(entry, *m_till->store.profile, Receipt::Kind::Original).value();
        const QString text = ReceiptText::layout(receipt).toPlainText(ReceiptText::defaultColumns);
        QVERIFY2(text.contains(number) && text.contains(QStringLiteral("테헤란로")), qPrintable(text));

        // In the customer's orders, and on the app page their phone shows, with its state.
        const auto ofCustomer = central::OnlineOrders(*m_till->central.database.pool).ofCustomer(m_customer).value();
        QCOMPARE(ofCustomer.size(), 1);
        const QString link = central::CustomerAppLinks(*m_till->central.database.pool).linkFor(m_customer).value();
        const QHttpServerResponse page = central::CustomerAppPage(*m_till->central.database.pool, QStringLiteral("en"))
                                             .respond(link, QDateTime::currentDateTimeUtc());
        QVERIFY(page.data().contains(number.toUtf8()));
        QVERIFY(page.data().contains("Being prepared"));
        QVERIFY(page.data().contains(QStringLiteral("Delivery to %1").arg(QString::fromUtf8(address)).toUtf8()));
        // The sale itself, once it reaches the central store, is in the customer's store receipts there.
        QVERIFY(m_till->drained());
        const QByteArray withReceipt = central::CustomerAppPage(*m_till->central.database.pool, QStringLiteral("en"))
                                           .respond(link, QDateTime::currentDateTimeUtc())
                                           .data();
        QVERIFY2(withReceipt.contains("My store receipts") && withReceipt.contains("59,700"), withReceipt.constData());

        // The same task again (an answer lost on the way) gets the same order, not a second one.
        std::optional<CentralReply> again;
        m_till->client.post(ShipToHomeService::route,
                            QJsonObject{{QStringLiteral("sale"), entry.saleId},
                                        {QStringLiteral("line"), line},
                                        {QStringLiteral("customer"), m_customer},
                                        {QStringLiteral("address"), QString::fromUtf8(address)},
                                        {QStringLiteral("currency"), QStringLiteral("KRW")},
                                        {QStringLiteral("lines"),
                                         QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("KR-TOP-0002")},
                                                                {QStringLiteral("name"), QStringLiteral("T")},
                                                                {QStringLiteral("quantity"), 2},
                                                                {QStringLiteral("unitPrice"), 19900}}}}},
                            [&](const CentralReply &reply) { again = reply; });
        QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), 10000);
        QVERIFY2(again->ok(), qPrintable(again->error));
        QCOMPARE(again->json.value(QLatin1String("number")).toString(), number);
        QCOMPARE(ordersOfSale(entry.saleId), 1);
    }

    void shippedLine_withTheCentralStoreOutOfReach_isQueuedAndCreatedOnceItIsBack()
    {
        m_till->proxy.refuseConnections();
        int line = 0;
        const QString number = sellWithShippedLine(line);
        const JournalEntry entry = lastEntry();
        std::optional<QStringList> waiting;
        m_ship->whenSettled(entry.saleId, [&](const QStringList &numbers) { waiting = numbers; });
        QTRY_VERIFY_WITH_TIMEOUT(waiting.has_value(), 10000);
        QCOMPARE(*waiting, QStringList{number});
        // The receipt (printed once this try is over, as TillAssembly does) says the order will be created.
        Receipt receipt = JournalReceipt::fromEntry(entry, *m_till->store.profile, Receipt::Kind::Original).value();
        receipt.notices = {ShipToHomeService::waitingNotice(number)};
        const QString text = ReceiptText::layout(receipt).toPlainText(ReceiptText::defaultColumns);
        QVERIFY2(text.contains(QStringLiteral("will be created")) && text.contains(number), qPrintable(text));
        QCOMPARE(ordersOfSale(entry.saleId), 0);
        QCOMPARE(m_tasks->waiting(), 1);

        // The till restarted meanwhile: recovery writes nothing twice.
        m_ship->recover();
        QCOMPARE(m_tasks->waiting(), 1);

        m_till->proxy.restore();
        m_tasks->send();
        QTRY_COMPARE_WITH_TIMEOUT(ordersOfSale(entry.saleId), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasks->waiting(), 0, 10000);
        QCOMPARE(central::OnlineOrders(*m_till->central.database.pool).find(number).value().customerId, m_customer);
        QCOMPARE(m_ship->waitingOrders(entry.saleId), QStringList());
    }

    void shipping_needsACustomerAnAddressAndALiveLine()
    {
        CheckoutService &checkout = m_till->checkout;
        QVERIFY(checkout.scan(QString::fromLatin1(SyncFixture::tShirt)));
        const int line = checkout.sale().lines().last().id;
        const auto noCustomer = m_ship->ship(line, QString::fromUtf8(address));
        QVERIFY(!noCustomer);
        QVERIFY2(noCustomer.error().contains(QStringLiteral("customer")), qPrintable(noCustomer.error()));
        QVERIFY(checkout.attachCustomer(m_customer, false));
        QVERIFY(!m_ship->ship(line, QStringLiteral("   ")));
        QVERIFY(!m_ship->ship(line + 7, QString::fromUtf8(address)));
        // A shipped line voided before payment ships nothing.
        QVERIFY(m_ship->ship(line, QString::fromUtf8(address)));
        QVERIFY(checkout.scan(QString::fromLatin1(SyncFixture::tShirt)));
        QVERIFY(checkout.voidLine(line));
        QVERIFY(checkout.tender(TenderMethod::Cash, 20000));
        QCOMPARE(m_tasks->waiting(), 0);
        QCOMPARE(ordersOfSale(lastEntry().saleId), 0);
    }

    void receiptMail_reachesTheOutgoingMailWithTheReceiptPngAttached()
    {
        const QString saleId = m_till->sell();
        const qint64 sequence = lastEntry().sequence;
        QVERIFY(!m_mailer->mail(sequence)); // no customer on the sale, no address typed
        const auto queued = m_mailer->mail(sequence, QStringLiteral("jun@example.kr"));
        QVERIFY2(queued, queued ? "" : qPrintable(queued.error()));
        QTRY_COMPARE_WITH_TIMEOUT(m_till->centralCount(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail")), 1, 10000);

        QSqlQuery stored(m_till->central.database.pool->connection().value());
        QVERIFY(stored.exec(QStringLiteral("SELECT recipient, sale_id, message FROM outgoing_mail")) && stored.next());
        QCOMPARE(stored.value(0).toString(), QStringLiteral("jun@example.kr"));
        QCOMPARE(stored.value(1).toString(), saleId);
        const QByteArray message = stored.value(2).toString().toLatin1();
        stored.finish(); // an open statement would hold this connection's snapshot of the database
        QVERIFY(message.contains("\r\nTo: jun@example.kr\r\n"));
        QVERIFY(message.contains("MIME-Version: 1.0\r\n"));
        QVERIFY(message.contains("Subject: =?UTF-8?B?")); // the store's name is Korean
        // The attachment: the base64 lines after its part's headers, up to the closing boundary.
        const QRegularExpression part(QStringLiteral("Content-Disposition: attachment; filename=\"receipt.png\"\r\n\r\n"
                                                     "([A-Za-z0-9+/=\r\n]+)\r\n--"));
        const auto match = part.match(QString::fromLatin1(message));
        QVERIFY(match.hasMatch());
        const QByteArray png = QByteArray::fromBase64(match.captured(1).remove(QStringLiteral("\r\n")).toLatin1());
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QCOMPARE(image.width(), 512); // the paper of an 80 mm printer
        QVERIFY(image.height() > 400);
        QCOMPARE(png, m_mailer->receiptPng(sequence).value()); // the receipt the printer prints, as it is

        // To the customer's address on file when none is typed.
        QVERIFY(m_till->checkout.attachCustomer(m_customer, false));
        QVERIFY(m_till->checkout.scan(QString::fromLatin1(SyncFixture::tShirt)));
        QVERIFY(m_till->checkout.tender(TenderMethod::Cash, 20000));
        QVERIFY(m_mailer->mail(lastEntry().sequence));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_till->centralCount(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE recipient = "
                                                "'minji@example.kr' AND customer_id IS NOT NULL")),
            1, 10000);
    }
};

QTEST_MAIN(TestShipToHome)
#include "tst_shiptohome.moc"
