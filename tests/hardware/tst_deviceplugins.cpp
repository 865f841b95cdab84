#include "DeviceManager.h"
#include "EscPosEncoder.h"
#include "LineDisplay.h"
#include "NetworkPrinter.h"
#include "PoleDisplayEncoder.h"
#include "PoleDisplaySimulator.h"
#include "PosPrinter.h"
#include "PseudoTerminal.h"

#include <QSignalSpy>
#include <QTest>

using namespace omnitill;

namespace {
// A manager that knows the built plugins, configured with devices.
std::unique_ptr<DeviceManager> managerWith(const QList<DeviceSettings> &devices)
{
    auto manager = std::make_unique<DeviceManager>();
    manager->scanPlugins({QStringLiteral(PLUGIN_DIR)});
    DeviceConfiguration configuration;
    configuration.devices = devices;
    manager->configure(configuration);
    return manager;
}
} // namespace

// The plugins as the till uses them: found in the plugin folder next to the executables by their
// metadata, loaded because the configuration names their family, and driving real transports.
class TestDevicePlugins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pluginFolder_offersBothFamiliesFromMetadata()
    {
        DeviceManager manager;
        const QStringList families = manager.scanPlugins({QStringLiteral(PLUGIN_DIR)});
        QVERIFY2(families.contains(QStringLiteral("escpos-printer")), qPrintable(families.join(u',')));
        QVERIFY(families.contains(QStringLiteral("pole-display")));
    }

    void escPosPrinter_fromConfiguration_printsAndReportsOverTcp()
    {
        NetworkPrinter printer(PrinterProfile::epsonTmT20());
        QVERIFY(printer.listening);
        auto manager = managerWith({{QStringLiteral("receipt"),
                                     QStringLiteral("escpos-printer"),
                                     QStringLiteral("epson-tm-t20"),
                                     printer.address(),
                                     {}}});
        QVERIFY2(manager->problems().isEmpty(), qPrintable(manager->problems().join(u'\n')));
        // One Device meta-object for the till and the plugin: the category cast and the signals work.
        auto *receipt = qobject_cast<PosPrinter *>(manager->device(QStringLiteral("receipt")));
        QVERIFY(receipt);
        QCOMPARE(receipt->profile().name, QStringLiteral("epson-tm-t20"));
        QSignalSpy states(receipt, &Device::stateChanged);
        manager->startAll();
        QCOMPARE(receipt->state(), Device::State::Enabled);
        QCOMPARE(states.size(), 3);

        EscPosEncoder encoder(receipt->profile());
        encoder.initialize().line(QStringLiteral("Plugin receipt")).cut(EscPosEncoder::Cut::Partial);
        QVERIFY(receipt->print(encoder.bytes()).ok());
        QTRY_COMPARE(printer.server->cuts(), 1);
        const qint64 beforeKick = printer.server->bytesReceived();
        QVERIFY(receipt->openDrawer().ok());
        QTRY_COMPARE(printer.server->bytesReceived(), beforeKick + 5); // ESC p m t1 t2

        PrinterStatus coverOpen;
        coverOpen.coverOpen = true;
        printer.server->setStatus(coverOpen);
        const auto status = receipt->readStatus();
        QVERIFY(status.ok());
        QVERIFY(status->coverOpen);
        QCOMPARE(receipt->status(), coverOpen.message());
    }

    void poleDisplay_fromConfiguration_showsLinesThroughASerialLine()
    {
        PseudoTerminal tty;
        QVERIFY(tty.isValid());
        auto manager = managerWith({{QStringLiteral("pole"),
                                     QStringLiteral("pole-display"),
                                     QStringLiteral("cd5220"),
                                     QStringLiteral("serial://") + tty.path(),
                                     {}}});
        auto *pole = qobject_cast<LineDisplay *>(manager->device(QStringLiteral("pole")));
        QVERIFY(pole);
        QVERIFY(pole->start().ok());
        const PoleDisplayEncoder cd5220(PoleDisplayEncoder::CommandSet::Cd5220);
        const QByteArray reset = cd5220.initialize() + cd5220.clear();
        QCOMPARE(tty.read(reset.size()), reset);

        QVERIFY(pole->showLines(PoleDisplayEncoder::priceLine(QStringLiteral("바나나"), QStringLiteral("₩2,215")),
                                QStringLiteral("TOTAL ₩2,215"))
                    .ok());
        // What reached the display, read back by the simulator.
        PoleDisplaySimulator display;
        display.write(tty.read(2 * (3 + PoleDisplayEncoder::columns + 1)));
        QCOMPARE(display.line(0), QStringLiteral("              W2,215"));
        QCOMPARE(display.line(1), QStringLiteral("TOTAL W2,215        "));
        QCOMPARE(display.unknownCommands(), 0);
    }

    void simulatedPoleDisplay_isTheDefaultAndStarts()
    {
        auto manager = managerWith(DeviceConfiguration::defaults(QDir::tempPath()).devices);
        QVERIFY2(manager->problems().isEmpty(), qPrintable(manager->problems().join(u'\n')));
        manager->startAll();
        auto *pole = qobject_cast<LineDisplay *>(manager->device(QStringLiteral("pole")));
        QVERIFY(pole);
        QCOMPARE(pole->state(), Device::State::Enabled);
        QVERIFY(pole->showLines(QStringLiteral("Welcome"), {}).ok());
        QCOMPARE(manager->device(QStringLiteral("receipt"))->state(), Device::State::Enabled);
    }

    void unknownModelOrMissingPlugin_areNamedProblems()
    {
        auto manager = managerWith({{QStringLiteral("pole"),
                                     QStringLiteral("pole-display"),
                                     QStringLiteral("vfd-9000"),
                                     QStringLiteral("simulator:"),
                                     {}},
                                    {QStringLiteral("scale"),
                                     QStringLiteral("scale"),
                                     QStringLiteral("cas-pd2"),
                                     QStringLiteral("serial:///dev/ttyS0"),
                                     {}}});
        QVERIFY(manager->devices().empty());
        QCOMPARE(manager->problems().size(), 2);
        QVERIFY2(manager->problems().at(0).contains(QStringLiteral("vfd-9000")), qPrintable(manager->problems().at(0)));
        QVERIFY2(manager->problems().at(1).contains(QStringLiteral("\"scale\"")),
                 qPrintable(manager->problems().at(1)));
    }

    void unreachablePrinter_staysOpenWithTheReason()
    {
        auto manager = managerWith({{QStringLiteral("receipt"),
                                     QStringLiteral("escpos-printer"),
                                     QStringLiteral("epson-tm-t88"),
                                     QStringLiteral("usb://04b8:0202"),
                                     {}}});
        QSignalSpy errors(manager.get(), &DeviceManager::deviceError);
        manager->startAll();
        Device *receipt = manager->device(QStringLiteral("receipt"));
        QCOMPARE(receipt->state(), Device::State::Open);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(receipt->lastError(), QStringLiteral("There is no USB printer 04b8:0202: check its cable and power"));
    }
};

QTEST_MAIN(TestDevicePlugins)
#include "tst_deviceplugins.moc"
