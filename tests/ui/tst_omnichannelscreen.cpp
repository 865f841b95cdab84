#include "../central/CentralHarness.h"
#include "../services/StoreFixture.h"
#include "CustomerRepository.h"
#include "ScreenDriver.h"
#include "SigningKeyStore.h"
#include "TillAssembly.h"
#include "TillWindow.h"

#include <QImage>
#include <QQuickStyle>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Omnitill_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_CashierPlugin)

using namespace omnitill;

// Ship to home and e-mailed receipts on the cashier's screen, against a real central store on loopback: the
// customer's address and e-mail on file there reach the till and are offered to confirm; a line shipped from its
// edit dialog says so on its cart row and becomes the customer's order at the central store once the sale is paid;
// the paid screen queues the receipt for e-mail, stored in the central store's outgoing mail with the PNG; every
// refusal (no customer, no address on file, an address that is not one, a weighed line, a bad e-mail) in words.
class TestOmnichannelScreen : public QObject, private ScreenDriver
{
    Q_OBJECT

private:
    static constexpr auto address = "서울특별시 마포구 월드컵북로 12길 34, 502호";
    static constexpr auto email = "minji.kim@example.kr";
    static constexpr auto tShirt = "8809417101124";

    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<CentralHarness> m_central;
    std::unique_ptr<TillAssembly> m_assembly;
    std::unique_ptr<TillWindow> m_screen;
    QString m_minji;   // with an e-mail and an address on file
    QString m_seoyeon; // with neither
    QString m_shippedOrder;

    central::CustomerRepository customers() const { return central::CustomerRepository(*m_central->database.pool); }
    QString centralText(const QString &sql) const
    {
        QSqlQuery query(m_central->database.pool->connection().value());
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<%1>").arg(query.lastError().text());
        return query.value(0).toString();
    }

    void attach(const QString &loyaltyNumber)
    {
        m_assembly->customerScreen.identify(loyaltyNumber);
        QTRY_VERIFY_WITH_TIMEOUT(m_assembly->customerScreen.attached(), 10000);
    }

    // The edit dialog of the sale's last line, as a tap on its cart row opens it.
    void editLastLine()
    {
        auto *dialog = m_window->findChild<QObject *>(QStringLiteral("lineEditDialog"));
        QVERIFY(dialog);
        CartModel *cart = m_assembly->till.cart();
        const QModelIndex last = cart->index(cart->rowCount() - 1);
        QMetaObject::invokeMethod(dialog, "edit", Q_ARG(QVariant, cart->data(last, CartModel::LineIdRole)),
                                  Q_ARG(QVariant, cart->data(last, CartModel::NameRole)), Q_ARG(QVariant, QString()));
        QTRY_VERIFY(dialog->property("opened").toBool());
    }
    void closeDialog()
    {
        auto *dialog = m_window->findChild<QObject *>(QStringLiteral("lineEditDialog"));
        QMetaObject::invokeMethod(dialog, "close");
        QTRY_VERIFY(!dialog->property("visible").toBool());
    }
    // A cart row is a delegate of the cart's list: found among the window's items, not its declared objects.
    bool badgeShown() const
    {
        return visibleItem(m_window->contentItem(), QStringLiteral("shipsHomeBadge")) != nullptr;
    }
    void showTab(int index)
    {
        m_window->findChild<QQuickItem *>(QStringLiteral("rightTabs"))->setProperty("currentIndex", index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_store = std::make_unique<StoreFixture>();
        QVERIFY(StoreSettings(*m_store->database)
                    .setValue(QStringLiteral("printer.address"),
                              QStringLiteral("virtual:") + m_store->directory.filePath(QStringLiteral("printed"))));
        m_central = std::make_unique<CentralHarness>();
        QVERIFY(central::SigningKeyStore(*m_central->database.pool).rotate().ok());
        m_minji = customers()
                      .create({QStringLiteral("김민지"), QStringLiteral("010-2417-3852"),
                               QStringLiteral("880010000001"), QStringLiteral("gold")})
                      .value()
                      .id;
        QVERIFY(customers().setContact(m_minji, QString::fromLatin1(email), QString::fromUtf8(address)).ok());
        m_seoyeon = customers()
                        .create({QStringLiteral("박서연"), QStringLiteral("010-7754-1189"),
                                 QStringLiteral("880010000003"), QStringLiteral("basic")})
                        .value()
                        .id;
        m_assembly = std::make_unique<TillAssembly>(*m_store->database, *m_store->catalog,
                                                    StoreSettings(*m_store->database), *m_store->profile);
        m_screen = std::make_unique<TillWindow>();
        const QString opened = m_screen->open(*m_assembly, QStringLiteral("Omnitill/Cashier"), QSize(1280, 800));
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        m_window = m_screen->window;

        const QString code = central::TerminalRegistry(*m_central->database.pool)
                                 .createEnrollmentCode(m_store->profile->storeId)
                                 .value();
        std::optional<Result<void>> enrolled;
        m_assembly->enroll(m_central->base(), code, [&](Result<void> r) { enrolled = r; });
        QTRY_VERIFY_WITH_TIMEOUT(enrolled.has_value(), 10000);
        QVERIFY2(enrolled->ok(), enrolled->ok() ? "" : qPrintable(enrolled->error()));
        QTRY_VERIFY_WITH_TIMEOUT(m_assembly->signingKeys.verifier().keyCount() > 0, 10000);
        submitCredentials("1001", "1111");
        QTRY_VERIFY(!visible("signInScreen"));
        QVERIFY(m_assembly->shifts.open(100000));
    }

    void cleanupTestCase()
    {
        m_screen.reset();
        m_assembly.reset();
        m_central.reset();
        m_store.reset();
    }

    void shipToHome_withoutACustomer_isRefused()
    {
        m_assembly->till.newSale();
        QVERIFY(m_assembly->checkout.scan(QString::fromLatin1(tShirt)));
        editLastLine();
        QVERIFY(textOf("shipAddressField").isEmpty());
        type("shipAddressField", QString::fromUtf8(address));
        click("shipToHomeButton");
        QTRY_COMPARE(textOf("shipToHomeMessage"), QStringLiteral("Identify the customer first: the order is theirs"));
        QVERIFY(!badgeShown());
        closeDialog();
    }

    void customersAddressAndEmail_reachTheTill_butNotTheCustomerDisplay()
    {
        attach(QStringLiteral("880010000001"));
        QCOMPARE(m_assembly->customerScreen.address(), QString::fromUtf8(address));
        QCOMPARE(m_assembly->customerScreen.email(), QString::fromLatin1(email));
        QVERIFY(!m_assembly->customerScreen.greeting().contains(QStringLiteral("@")));
        const QString pole = m_assembly->customerFeed.poleTop() + m_assembly->customerFeed.poleBottom();
        QVERIFY(!pole.contains(QStringLiteral("@")) && !pole.contains(QStringLiteral("마포구")));
    }

    void shipToHome_offersTheAddressOnFile_andRefusesOneThatIsNotAnAddress()
    {
        editLastLine();
        QCOMPARE(textOf("shipAddressField"), QString::fromUtf8(address));
        type("shipAddressField", QStringLiteral("집으로"));
        click("shipToHomeButton");
        QTRY_VERIFY2(textOf("shipToHomeMessage").contains(QStringLiteral("not a full address")),
                     qPrintable(textOf("shipToHomeMessage")));
        type("shipAddressField", QStringLiteral("  "));
        click("shipToHomeButton");
        QTRY_COMPARE(textOf("shipToHomeMessage"), QStringLiteral("Type the delivery address"));
        QVERIFY(m_assembly->shipScreen.lines().isEmpty());
    }

    void shipToHome_marksTheLine_andTheCartRowSaysItIsDelivered()
    {
        type("shipAddressField", QString::fromUtf8(address));
        click("shipToHomeButton");
        auto *dialog = m_window->findChild<QObject *>(QStringLiteral("lineEditDialog"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        const int line = m_assembly->checkout.sale().lines().last().id;
        QCOMPARE(m_assembly->shipScreen.lines(), QVariantList{line});
        QTRY_VERIFY(badgeShown());
        const QRegularExpression number(QStringLiteral("order (OL-[0-9A-Z-]+)"));
        const auto said = number.match(m_assembly->till.message());
        QVERIFY2(said.hasMatch(), qPrintable(m_assembly->till.message()));
        m_shippedOrder = said.captured(1);
        // Opened again, the dialog offers the address the line ships to.
        editLastLine();
        QCOMPARE(textOf("shipAddressField"), QString::fromUtf8(address));
        closeDialog();
    }

    void shipToHome_aWeighedLineCannotShip()
    {
        auto *search = m_window->findChild<QQuickItem *>(QStringLiteral("productSearchField"));
        search->setProperty("text", QStringLiteral("Bananas"));
        QTRY_COMPARE(m_assembly->till.products()->rowCount(), 1);
        QVERIFY(m_assembly->till.addWeighed(0, QStringLiteral("456")));
        search->setProperty("text", QString());
        editLastLine();
        click("shipToHomeButton");
        QTRY_VERIFY2(textOf("shipToHomeMessage").contains(QStringLiteral("sold by weight and cannot be shipped")),
                     qPrintable(textOf("shipToHomeMessage")));
        closeDialog();
        QCOMPARE(m_assembly->shipScreen.lines().size(), 1);
    }

    void paidSale_createsTheOrderAtTheCentralStore_onTheCustomersOrderList()
    {
        QVERIFY(m_assembly->till.payCash(QString()));
        QTRY_VERIFY_WITH_TIMEOUT(central::OnlineOrders(*m_central->database.pool).find(m_shippedOrder).ok(), 10000);
        const auto orders = central::OnlineOrders(*m_central->database.pool).ofCustomer(m_minji);
        QVERIFY(orders);
        const auto order = std::find_if(orders->cbegin(), orders->cend(),
                                        [&](const central::OnlineOrder &o) { return o.number == m_shippedOrder; });
        QVERIFY(order != orders->cend());
        QCOMPARE(order->deliveryAddress, QString::fromUtf8(address));
        QCOMPARE(order->lines.size(), 1);
        QCOMPARE(order->lines.first().sku, QStringLiteral("KR-TOP-0002"));
    }

    void emailReceipt_prefillsTheEmailOnFile_refusesABadOne_andQueuesIt()
    {
        showTab(0);
        QTRY_VERIFY(visible("receiptMailButton"));
        QCOMPARE(textOf("receiptMailField"), QString::fromLatin1(email));
        type("receiptMailField", QStringLiteral("minji at example"));
        click("receiptMailButton");
        QTRY_COMPARE(textOf("receiptMailMessage"), QStringLiteral("\"minji at example\" is not an e-mail address"));
        type("receiptMailField", QStringLiteral("minji@work.example.kr")); // edited: another address
        click("receiptMailButton");
        QTRY_VERIFY_WITH_TIMEOUT(textOf("receiptMailMessage") ==
                                     QStringLiteral("The central store has the receipt and sends it to "
                                                    "minji@work.example.kr"),
                                 10000);
        const QString saleId = m_assembly->checkout.lastCompleted()->saleId;
        QCOMPARE(centralText(QStringLiteral("SELECT recipient FROM outgoing_mail WHERE sale_id = '%1'").arg(saleId)),
                 QStringLiteral("minji@work.example.kr"));
        const QString message =
            centralText(QStringLiteral("SELECT message FROM outgoing_mail WHERE sale_id = '%1'").arg(saleId));
        QVERIFY(message.contains(QStringLiteral("filename=\"receipt.png\"")));
        // The next customer: nothing to mail from the screen until their sale is paid.
        m_assembly->till.newSale();
        QTRY_VERIFY(!visible("receiptMailButton"));
        QVERIFY(!m_assembly->receiptMailScreen.send(QString::fromLatin1(email)));
    }

    void emailReceipt_queuedWhileTheCentralStoreIsAway_saysSo()
    {
        attach(QStringLiteral("880010000001"));
        QVERIFY(m_assembly->checkout.scan(QString::fromLatin1(tShirt)));
        QVERIFY(m_assembly->till.payCash(QString()));
        m_assembly->central.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9"))); // nothing listens there
        showTab(0);
        QTRY_VERIFY(visible("receiptMailButton"));
        click("receiptMailButton");
        QTRY_COMPARE(textOf("receiptMailMessage"),
                     QStringLiteral("Receipt queued for %1: it is sent when the central store answers")
                         .arg(QString::fromLatin1(email)));
        QTest::qWait(500);
        QVERIFY(textOf("receiptMailMessage").contains(QStringLiteral("queued")));
        m_assembly->central.setBaseUrl(m_central->base());
        m_assembly->tasks.send();
        QTRY_VERIFY_WITH_TIMEOUT(textOf("receiptMailMessage").contains(QStringLiteral("has the receipt")), 10000);
    }

    void shipToHome_aCustomerWithoutAnAddress_isAskedToTypeIt()
    {
        m_assembly->till.newSale();
        QVERIFY(m_assembly->checkout.scan(QString::fromLatin1(tShirt)));
        attach(QStringLiteral("880010000003"));
        QVERIFY(m_assembly->customerScreen.address().isEmpty());
        editLastLine();
        QVERIFY(textOf("shipAddressField").isEmpty());
        click("shipToHomeButton");
        QTRY_COMPARE(textOf("shipToHomeMessage"),
                     QStringLiteral("박서연 has no delivery address on file: type the address the order goes to"));
        type("shipAddressField", QStringLiteral("경기도 성남시 분당구 판교역로 166"));
        click("shipToHomeButton");
        QTRY_COMPARE(m_assembly->shipScreen.lines().size(), 1);
        QVERIFY(m_assembly->till.payCash(QString()));
        QTRY_VERIFY_WITH_TIMEOUT(centralText(QStringLiteral("SELECT COUNT(*) FROM online_orders WHERE customer_id = "
                                                            "'%1' AND delivery_address LIKE '%판교역로 166%'")
                                                 .arg(m_seoyeon)) == QStringLiteral("1"),
                                 10000);
        // Nothing on file to prefill the e-mail with either.
        showTab(0);
        QTRY_VERIFY(visible("receiptMailButton"));
        QVERIFY(textOf("receiptMailField").isEmpty());
        click("receiptMailButton");
        QTRY_COMPARE(textOf("receiptMailMessage"), QStringLiteral("Type the customer's e-mail address"));
    }

    // With OMNITILL_SCREENS_DIR set (scripts/screens.sh), ship to home (a line shipped, the dialog offering the
    // address for the next) and an online return at the till's 1280 × 800, in Korean and English.
    void screens_inBothLanguages()
    {
        const QString folder = qEnvironmentVariable("OMNITILL_SCREENS_DIR");
        if (folder.isEmpty())
            QSKIP("OMNITILL_SCREENS_DIR is not set");
        central::OnlineOrders orders(*m_central->database.pool);
        const auto placed = orders.create({m_minji,
                                           QStringLiteral("KRW"),
                                           QStringLiteral("prepaid"),
                                           QStringLiteral("ship"),
                                           QString(),
                                           false,
                                           {{0, QStringLiteral("KR-TOP-0002"), QStringLiteral("8809417101124"),
                                             QStringLiteral("오버핏 코튼 티셔츠 화이트 M"), 2, 19900}}});
        QVERIFY2(placed, placed ? "" : qPrintable(placed.error().message));
        QVERIFY(orders.markShipped(placed->number));
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
            QVERIFY(m_screen->language.setLanguage(language));
            m_assembly->till.newSale();
            attach(QStringLiteral("880010000001"));
            QVERIFY(m_assembly->checkout.scan(QString::fromLatin1(tShirt)));
            editLastLine();
            click("shipToHomeButton");
            QTRY_COMPARE(m_assembly->shipScreen.lines().size(), 1);
            QVERIFY(m_assembly->checkout.scan(QStringLiteral("8809417301128")));
            editLastLine();
            QTest::qWait(400);
            QVERIFY(m_window->grabWindow().save(QStringLiteral("%1/%2-ship-to-home.png").arg(folder, language)));
            closeDialog();
            QVERIFY(m_assembly->till.payCash(QString()));
            m_assembly->till.newSale();
            attach(QStringLiteral("880010000001")); // her panel lists the order too

            m_assembly->ordersScreen.find(placed->number);
            QTRY_VERIFY_WITH_TIMEOUT(textOf("orderTitle").contains(placed->number), 10000);
            m_assembly->ordersScreen.setReturning(true);
            m_assembly->ordersScreen.change(0, 1);
            QTest::qWait(400);
            QVERIFY(m_window->grabWindow().save(QStringLiteral("%1/%2-online-return.png").arg(folder, language)));
            m_assembly->ordersScreen.close();
        }
        QVERIFY(m_screen->language.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestOmnichannelScreen)
#include "tst_omnichannelscreen.moc"
