#include "DeviceConfiguration.h"
#include "DeviceManager.h"
#include "NetworkEnumerator.h"
#include "SerialEnumerator.h"
#include "SerialTransport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

namespace {
class NullDevice : public Device
{
public:
    using Device::Device;

protected:
    Result<void> claimDevice() override { return {}; }
    void releaseDevice() override {}
};

// A printer on the network and a pole display on a USB-serial adapter.
QByteArray twoDevices()
{
    QFile file(QStringLiteral(DEVICES_DIR "/two-devices.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("devices/two-devices.json is missing");
    return file.readAll();
}
} // namespace

class TestDeviceConfiguration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFile_givesSimulatorsSoATillRunsWithoutHardware()
    {
        QTemporaryDir dir;
        const auto path = DeviceConfiguration::pathBeside(dir.filePath(QStringLiteral("seoul.sqlite")));
        QCOMPARE(path, dir.filePath(QStringLiteral("devices.json")));
        const auto loaded = DeviceConfiguration::load(path, dir.filePath(QStringLiteral("printed")));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error()));
        const auto *receipt = loaded->device(QStringLiteral("receipt"));
        QVERIFY(receipt);
        QCOMPARE(receipt->address, QStringLiteral("virtual:") + dir.filePath(QStringLiteral("printed")));
        QCOMPARE(loaded->device(QStringLiteral("pole"))->address, QStringLiteral("simulator:"));
    }

    void file_isReadWithModelsAddressesAndOptions()
    {
        const auto read = DeviceConfiguration::fromJson(twoDevices());
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error()));
        QCOMPARE(read->devices.size(), 2);
        QCOMPARE(read->devices.at(0).model, QStringLiteral("epson-tm-t20"));
        QVERIFY(read->devices.at(0).options.value(QLatin1String("requireDrawerClosed")).toBool());
        QCOMPARE(read->devices.at(1).address, QStringLiteral("serial:///dev/ttyUSB0?baud=9600"));
        // What is written reads back the same.
        const auto again = DeviceConfiguration::fromJson(read->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->devices, read->devices);
    }

    void brokenFile_isAnErrorNotASilentSimulator_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reasonMentions");
        QTest::newRow("not json") << QByteArray("{ \"version\": 1,") << QStringLiteral("JSON");
        QTest::newRow("version") << QByteArray("{\"version\": 7, \"devices\": []}") << QStringLiteral("version");
        QTest::newRow("no address") << QByteArray("{\"version\": 1, \"devices\": [{\"id\": \"r\", \"family\": \"f\"}]}")
                                    << QStringLiteral("address");
        QTest::newRow("same id")
            << QByteArray("{\"version\": 1, \"devices\": [{\"id\": \"r\", \"family\": \"f\", \"address\": \"a\"},"
                          "{\"id\": \"r\", \"family\": \"g\", \"address\": \"b\"}]}")
            << QStringLiteral("\"r\"");
    }
    void brokenFile_isAnErrorNotASilentSimulator()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reasonMentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("devices.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        const auto loaded = DeviceConfiguration::load(path, dir.path());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(reasonMentions), qPrintable(loaded.error()));
        QVERIFY(loaded.error().contains(path));
    }

    void manager_buildsKnownFamiliesAndNamesTheMissingOnes()
    {
        DeviceManager manager;
        QStringList built;
        manager.addFamily(QStringLiteral("escpos-printer"), [&](const DeviceSettings &settings) {
            built.append(settings.id);
            return Result<std::unique_ptr<Device>>(std::make_unique<NullDevice>(settings));
        });
        manager.scanPlugins({}); // no plugin folder: only the family above exists
        QSignalSpy changed(&manager, &DeviceManager::devicesChanged);
        manager.configure(*DeviceConfiguration::fromJson(twoDevices()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(built, QStringList{QStringLiteral("receipt")});
        QCOMPARE(manager.devices().size(), size_t(1));
        QVERIFY(manager.device(QStringLiteral("receipt")));
        QVERIFY(!manager.device(QStringLiteral("pole")));
        QCOMPARE(manager.problems().size(), 1);
        QVERIFY2(manager.problems().first().contains(QStringLiteral("pole-display")),
                 qPrintable(manager.problems().first()));

        manager.startAll();
        QCOMPARE(manager.device(QStringLiteral("receipt"))->state(), Device::State::Enabled);
        manager.closeAll();
        QCOMPARE(manager.device(QStringLiteral("receipt"))->state(), Device::State::Closed);
    }

    void manager_passesDeviceErrorsOnWithTheDeviceId()
    {
        DeviceManager manager;
        manager.addFamily(QStringLiteral("escpos-printer"), [](const DeviceSettings &settings) {
            return Result<std::unique_ptr<Device>>(std::make_unique<NullDevice>(settings));
        });
        manager.configure(*DeviceConfiguration::fromJson(twoDevices()));
        QSignalSpy errors(&manager, &DeviceManager::deviceError);
        Q_EMIT manager.device(QStringLiteral("receipt"))->errorOccurred(QStringLiteral("cover open"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().at(0).toString(), QStringLiteral("receipt"));
    }

    void serialEnumerator_listsPortsAsSerialAddressesAndSignalsOnlyChanges()
    {
        SerialEnumerator serial(60000);
        QSignalSpy changed(&serial, &DeviceEnumerator::devicesChanged);
        for (const auto &port : serial.devices()) {
            QCOMPARE(port.backend, QStringLiteral("serial"));
            QVERIFY2(SerialTransport::parse(port.address).ok(), qPrintable(port.address));
        }
        serial.refresh(); // nothing was plugged in meanwhile
        QCOMPARE(changed.size(), 0);
    }

    void networkEnumerator_listsTheConfiguredTcpAddresses()
    {
        NetworkEnumerator network(*DeviceConfiguration::fromJson(twoDevices()));
        QCOMPARE(network.devices().size(), 1);
        QCOMPARE(network.devices().first().address, QStringLiteral("tcp://10.0.0.9:9100"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceConfiguration)
#include "tst_deviceconfiguration.moc"
