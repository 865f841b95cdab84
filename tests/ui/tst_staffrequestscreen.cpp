#include "../central/CentralHarness.h"
#include "../services/StoreFixture.h"
#include "CentralAccount.h"
#include "QmlSingletons.h"
#include "ScreenDriver.h"
#include "TillAssembly.h"
#include "TillWindow.h"

#include <QUuid>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Omnitill_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_CashierPlugin)

using namespace omnitill;

// A kiosk's calls for staff on a cashier till's own window, over a real central store on loopback (the kiosk is a
// second terminal of the store there, raising and resolving through the API): the notice across the till, which
// leaves the sale going; Resolve with a staff card (a wrong PIN refused in the dialog first); a call someone else
// resolved first refused with who it was; the back office's Requests page with open and resolved calls, one resolved
// there. With OMNITILL_SCREENS_DIR the notice and the page are photographed in Korean and English.
class TestStaffRequestScreen : public QObject, private ScreenDriver
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_central;
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<TillAssembly> m_assembly;
    std::unique_ptr<TillWindow> m_screen;
    QString m_kiosk; // the kiosk's credential at the central store
    qint64 m_keyClockMs = 1'000'000;

    static StaffRequestsViewModel *requests() { return qml::StaffRequestsSingleton::instance; }

    ApiReply asKiosk(const QString &path, const QJsonObject &body = {})
    {
        ApiClient client(m_central->base());
        client.setCredential(m_kiosk);
        return body.isEmpty() ? client.get(path) : client.post(path, body);
    }

    // The kiosk calls for staff; returns the call's id.
    QString kioskCalls(const QString &kind, const QString &details)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const ApiReply raised =
            asKiosk(QStringLiteral("/v1/staff-requests"),
                    {{QLatin1String("request"), id},
                     {QLatin1String("kind"), kind},
                     {QLatin1String("details"), details},
                     {QLatin1String("raisedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
        return raised.status == 201 ? id : QString();
    }

    void photograph(const QString &name)
    {
        const QString folder = qEnvironmentVariable("OMNITILL_SCREENS_DIR");
        if (folder.isEmpty())
            return;
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
            QVERIFY(m_screen->language.setLanguage(language));
            QTest::qWait(700); // a poll, so the calls are worded in the language too
            QVERIFY(m_window->grabWindow().save(QStringLiteral("%1/%2-%3.png").arg(folder, language, name)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_central = std::make_unique<CentralHarness>();
        m_kiosk = m_central->enroll(QStringLiteral("KR-SEOUL-01"), QStringLiteral("Kiosk 2"));
        m_store = std::make_unique<StoreFixture>();
        StoreSettings settings(*m_store->database);
        QVERIFY(settings.setValue(CentralAccount::urlKey, m_central->base().toString()));
        QVERIFY(settings.setValue(CentralAccount::credentialKey,
                                  m_central->enroll(QStringLiteral("KR-SEOUL-01"), QStringLiteral("Till 1"))));
        QVERIFY(settings.setValue(QStringLiteral("printer.address"),
                                  QStringLiteral("virtual:") + m_store->directory.filePath(QStringLiteral("printed"))));
        m_assembly = std::make_unique<TillAssembly>(*m_store->database, *m_store->catalog, settings, *m_store->profile);
        m_assembly->staffRequests.start(200);
        m_screen = std::make_unique<TillWindow>();
        const QString opened = m_screen->open(*m_assembly, QStringLiteral("Omnitill/Cashier"), QSize(1280, 800));
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        m_window = m_screen->window;
        submitCredentials("3001", "3333"); // the manager, who sells too
        QTRY_VERIFY(!visible("signInScreen"));
        QVERIFY(m_assembly->shifts.open(100000));
        QVERIFY(!visible("staffRequestNotice"));
    }

    void cleanupTestCase()
    {
        m_screen.reset();
        m_assembly.reset();
        m_store.reset();
        m_central.reset();
    }

    void aKiosksCall_showsAcrossTheTill_andTheSaleGoesOn()
    {
        const QString call = kioskCalls(QStringLiteral("age_check"), QStringLiteral("Soju 360ml"));
        QVERIFY(!call.isEmpty());
        QTRY_VERIFY(visible("staffRequestNotice"));
        QCOMPARE(textOf("staffRequestNoticeText"), QStringLiteral("Kiosk 2 needs help: age check — Soju 360ml"));
        QVERIFY(m_assembly->till.takeScan(ScanPayload{QStringLiteral("8809417101124"), {}}));
        QCOMPARE(m_assembly->till.itemCount(), 1);
        photograph(QStringLiteral("staff-request-notice"));
        QVERIFY(m_screen->language.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(textOf("staffRequestNoticeText"), QStringLiteral("Kiosk 2 needs help: age check — Soju 360ml"));

        click("staffRequestResolveButton");
        QTRY_VERIFY(visible("staffRequestResolveDialog"));
        submitCredentials("1001", "0000");
        QTRY_VERIFY(requests()->messageIsError()); // said in the dialog, which stays
        QVERIFY(visible("staffRequestResolveDialog"));
        // The cashier's staff card, swiped while the dialog asks: the reader types its tracks like a wedge scanner.
        QVERIFY(windowinput::typeKeys(m_window, QStringLiteral(";861001=40917731?\r"), 3, m_keyClockMs));
        QTRY_VERIFY(!visible("staffRequestResolveDialog"));
        QTRY_COMPARE(asKiosk(QStringLiteral("/v1/staff-requests/") + call).json.value("resolvedBy").toString(),
                     QStringLiteral("1001"));
        QTRY_COMPARE(requests()->openCount(), 0);
        QVERIFY2(textOf("staffRequestNoticeText").startsWith(QLatin1String("Resolved: Kiosk 2")),
                 qPrintable(textOf("staffRequestNoticeText")));
        QTRY_VERIFY_WITH_TIMEOUT(!visible("staffRequestNotice"), 12000); // the outcome goes after a while
    }

    void aCallResolvedElsewhereFirst_isRefusedWithWhoItWas()
    {
        const QString call = kioskCalls(QStringLiteral("help"), QString());
        QTRY_COMPARE(requests()->noticeRequest(), call);
        m_assembly->staffRequests.stop(); // the till has not heard yet when its staff member resolves it
        QCOMPARE(asKiosk(QStringLiteral("/v1/staff-requests/resolve"),
                         {{QLatin1String("request"), call},
                          {QLatin1String("staff"), QStringLiteral("2001")},
                          {QLatin1String("staffName"), QStringLiteral("Park")},
                          {QLatin1String("resolution"), QStringLiteral("resolved")}})
                     .status,
                 200);
        click("staffRequestResolveButton");
        QTRY_VERIFY(visible("staffRequestResolveDialog"));
        submitCredentials("1001", "1111");
        QTRY_VERIFY(requests()->messageIsError());
        QCOMPARE(requests()->message(), QStringLiteral("Already resolved by Park (2001) at Kiosk 2"));
        QTRY_COMPARE(textOf("staffRequestNoticeText"), requests()->message());
        m_assembly->staffRequests.start(200);
    }

    void theBackOffice_listsOpenAndResolvedCalls_andResolvesOne()
    {
        const QString open = kioskCalls(QStringLiteral("unknown_barcode"), QStringLiteral("8809999123453"));
        QTRY_COMPARE(requests()->openCount(), 1);
        click("backOfficeButton");
        QTRY_VERIFY(qml::BackOfficeSingleton::instance->isOpen());
        click("requestsPageTab");
        QTRY_VERIFY(visible("requestsList"));
        QCOMPARE(requests()->requests()->count(), 3);
        QCOMPARE(requests()->requests()->value(0, "request").toString(), open); // the open one first
        QVERIFY(requests()->requests()->value(0, "open").toBool());
        QVERIFY(!requests()->requests()->value(1, "open").toBool());
        QVERIFY(requests()->requests()->value(1, "resolvedBy").toString().contains(QLatin1String("2001")));
        photograph(QStringLiteral("backoffice-requests"));
        QVERIFY(m_screen->language.setLanguage(QStringLiteral("en")));
        click("requestResolveButton");
        QTRY_VERIFY(visible("staffRequestResolveDialog"));
        submitCredentials("3001", "3333");
        QTRY_COMPARE(requests()->openCount(), 0);
        QCOMPARE(asKiosk(QStringLiteral("/v1/staff-requests/") + open).json.value("resolvedBy").toString(),
                 QStringLiteral("3001"));
        QTRY_COMPARE(textOf("requestsPageSummary"), QStringLiteral("No kiosk is waiting for staff"));
        // The list exports like every table: who resolved each call is in the file.
        click("requestsExport");
        QFile csv(qml::ExportsSingleton::instance->lastFile());
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(qml::ExportsSingleton::instance->message()));
        const QString exported = QString::fromUtf8(csv.readAll());
        QVERIFY2(exported.contains(QStringLiteral("Resolved by")) && exported.contains(QStringLiteral("3001")),
                 qPrintable(exported));
    }
};

QTEST_MAIN(TestStaffRequestScreen)
#include "tst_staffrequestscreen.moc"
