#include "../services/StoreFixture.h"
#include "PoleDisplaySimulator.h"
#include "StoreSettings.h"
#include "TillAssembly.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace omnitill;

// The till's devices as TillAssembly wires them from devices.json: the pole display following the sale
// through the device thread, and the device page's rows saying what is wrong.
class TestDevicePage : public QObject
{
    Q_OBJECT

private:
    static constexpr auto tShirtM = "8809417101124"; // 19,900 won

    static void writeDevices(const StoreFixture &store, const QByteArray &json)
    {
        QFile file(DeviceConfiguration::pathBeside(store.path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
    }

    static std::unique_ptr<TillAssembly> assemble(StoreFixture &store)
    {
        return std::make_unique<TillAssembly>(*store.database, *store.catalog, StoreSettings(*store.database),
                                              *store.profile);
    }

    // What a pole display shows after the bytes the till wrote to it, read back by the simulator.
    static QStringList poleShows(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        PoleDisplaySimulator display;
        display.open(QIODevice::WriteOnly);
        display.write(file.readAll());
        return {display.line(0).trimmed(), display.line(1).trimmed()};
    }

    // The row of the device page with that name, or nullopt.
    static std::optional<QModelIndex> row(const DevicesViewModel &page, const QString &name)
    {
        for (int r = 0; r < page.rowCount(); ++r) {
            if (page.data(page.index(r), DevicesViewModel::NameRole).toString() == name)
                return page.index(r);
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("OMNITILL_PLUGIN_PATH", PLUGIN_DIR); }

    void poleDisplay_followsTheSale_welcomeThenItemThenTotalThenChange()
    {
        StoreFixture store;
        const QString pole = store.directory.filePath(QStringLiteral("pole.bin"));
        DeviceConfiguration devices;
        devices.devices = {{QStringLiteral("receipt"),
                            QStringLiteral("escpos-printer"),
                            QStringLiteral("epson-tm-t88"),
                            QStringLiteral("virtual:") + store.directory.filePath(QStringLiteral("printed")),
                            {}},
                           {QStringLiteral("pole"),
                            QStringLiteral("pole-display"),
                            QStringLiteral("cd5220"),
                            QStringLiteral("file://") + pole,
                            {}}};
        writeDevices(store, devices.toJson());
        auto till = assemble(store);
        QTRY_COMPARE(poleShows(pole).value(1), QStringLiteral("Welcome"));

        QVERIFY(till->staff.signIn(QStringLiteral("1001"), QStringLiteral("1111")));
        QVERIFY(till->shifts.open(50000));
        QVERIFY(till->till.submitCode(QString::fromLatin1(tShirtM)));
        // The Korean name has no letters a pole display can show: the line keeps its price.
        QTRY_VERIFY2(poleShows(pole).value(0).endsWith(QStringLiteral("19,900")),
                     qPrintable(poleShows(pole).join('|')));
        QVERIFY(poleShows(pole).value(1).startsWith(QStringLiteral("Total")));
        QVERIFY(poleShows(pole).value(1).endsWith(QStringLiteral("19,900")));

        QVERIFY(till->till.payCash(QStringLiteral("20,000")));
        QTRY_VERIFY2(poleShows(pole).value(1).startsWith(QStringLiteral("Change")),
                     qPrintable(poleShows(pole).join('|')));
        QVERIFY(poleShows(pole).value(1).endsWith(QStringLiteral("100")));
        QVERIFY(poleShows(pole).value(0).startsWith(QStringLiteral("Total")));
        QVERIFY(!till->customerFeed.idle());
        QCOMPARE(till->customerFeed.amountLabel(), QStringLiteral("Change"));
    }

    void brokenDeviceConfiguration_isShownOnTheDevicePage_andTheTillStillPrints()
    {
        StoreFixture store;
        writeDevices(store, "{\"version\": 1, \"devices\": [");
        auto till = assemble(store);
        QAbstractItemModelTester tester(&till->devicesScreen, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto broken = row(till->devicesScreen, QStringLiteral("devices.json"));
        QVERIFY(broken);
        const QString problem = till->devicesScreen.data(*broken, DevicesViewModel::ProblemRole).toString();
        QVERIFY2(problem.contains(DeviceConfiguration::pathBeside(store.path)) &&
                     problem.contains(QStringLiteral("JSON")),
                 qPrintable(problem));
        QVERIFY(row(till->devicesScreen, QStringLiteral("receipt"))); // on the virtual printer
    }

    void unknownFamily_saysNoPluginProvidesIt()
    {
        StoreFixture store;
        DeviceConfiguration devices;
        devices.devices = {{QStringLiteral("scale"),
                            QStringLiteral("weighing-scale"),
                            QStringLiteral("cas-pd2"),
                            QStringLiteral("serial:///dev/ttyUSB1"),
                            {}}};
        writeDevices(store, devices.toJson());
        auto till = assemble(store);
        QAbstractItemModelTester tester(&till->devicesScreen, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto problemShown = [&] {
            for (int r = 0; r < till->devicesScreen.rowCount(); ++r) {
                const QString problem =
                    till->devicesScreen.data(till->devicesScreen.index(r), DevicesViewModel::ProblemRole).toString();
                if (problem.contains(QStringLiteral("No plugin provides the device family \"weighing-scale\"")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(problemShown());
        till->devicesScreen.testLineDisplay();
        QVERIFY(till->devicesScreen.messageIsError());
    }

    void hidrawCardReader_fromTheSettings_signsTheCashierInWithTheirStaffCard()
    {
        StoreFixture store;
        const QString device = store.directory.filePath(QStringLiteral("hidraw-msr")); // stands in for /dev/hidrawN
        QCOMPARE(::mkfifo(QFile::encodeName(device).constData(), 0600), 0);
        StoreSettings settings(*store.database);
        QVERIFY(settings.setValue(QStringLiteral("msr.hidraw"), device));
        QVERIFY(settings.setValue(QStringLiteral("msr.hidrawFormat"), QStringLiteral("tracks")));
        auto till = assemble(store);
        QVERIFY(!till->session.signedIn());
        const int writer = ::open(QFile::encodeName(device).constData(), O_WRONLY | O_NONBLOCK);
        QVERIFY(writer >= 0);
        // The MagTek layout of the HID MSR page: statuses, lengths, encoding, then track 2 in its 110 bytes.
        QByteArray report(7 + 3 * 110, '\0');
        const QByteArray track2 = ";861001=40917731?";
        report[4] = char(track2.size());
        report.replace(7 + 110, track2.size(), track2);
        QCOMPARE(::write(writer, report.constData(), report.size()), report.size());
        ::close(writer);
        QTRY_VERIFY(till->session.signedIn());
        QCOMPARE(till->session.staffNumber(), QStringLiteral("1001"));
    }
};

QTEST_MAIN(TestDevicePage)
#include "tst_devicepage.moc"
