#include "PrinterConnection.h"
#include "UsbDeviceId.h"
#include "UsbEnumerator.h"
#include "UsbFailure.h"
#include "UsbPrinterInterface.h"

#include <QTest>
#include <libusb.h>

using namespace omnitill;

namespace {
constexpr quint8 bulk = 0x02;
constexpr quint8 interrupt = 0x03;

UsbInterfaceDescription printerSetting(int alternate, quint8 protocol, QList<UsbEndpointDescription> endpoints)
{
    return {0, alternate, 0x07, 0x01, protocol, std::move(endpoints)};
}

UsbFailure failure(UsbFailure::Step step, int code)
{
    return {step, code, QStringLiteral("04b8:0e15"), QStringLiteral("/dev/bus/usb/001/004"), 0, 0, 0};
}
} // namespace

class TestUsbPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void address_namesVendorProductAndOptionallySerial()
    {
        const auto id = UsbDeviceId::parse(QStringLiteral("usb://04B8:0e15?serial=X4ABC"));
        QVERIFY(id);
        QCOMPARE(id->vendorId, 0x04b8);
        QCOMPARE(id->productId, 0x0e15);
        QCOMPARE(id->serialNumber, QStringLiteral("X4ABC"));
        QCOMPARE(id->name(), QStringLiteral("04b8:0e15"));
        QCOMPARE(UsbDeviceId::parse(id->address()), id);
        QVERIFY(!UsbDeviceId::parse(QStringLiteral("usb://4b8:e15")));
        QVERIFY(!UsbDeviceId::parse(QStringLiteral("tcp://04b8:9100")));
    }

    void epsonTmT20Descriptors_giveOut01AndIn82()
    {
        // A TM-T20 (04b8:0e15): one interface, class 7 protocol 2, bulk OUT 0x01 and bulk IN 0x82.
        const auto selected = UsbPrinterInterface::select({printerSetting(0, 2, {{0x01, bulk}, {0x82, bulk}})},
                                                          QStringLiteral("04b8:0e15"));
        QVERIFY(selected.ok());
        QCOMPARE(selected->bulkOut, 0x01);
        QCOMPARE(selected->bulkIn, 0x82);
        QVERIFY(selected->bidirectional());
    }

    void endpointsAreReadNotAssumed_inFirstThenOut()
    {
        const auto selected = UsbPrinterInterface::select({printerSetting(0, 2, {{0x81, bulk}, {0x02, bulk}})}, {});
        QVERIFY(selected.ok());
        QCOMPARE(selected->bulkOut, 0x02);
        QCOMPARE(selected->bulkIn, 0x81);
    }

    void compositeDevice_picksThePrinterInterfaceAndSkipsInterruptEndpoints()
    {
        // A printer with a HID interface 0 (a customer display's keypad) and the printer as interface 1.
        UsbInterfaceDescription hid{0, 0, 0x03, 0, 0, {{0x83, interrupt}}};
        UsbInterfaceDescription printer{1, 0, 0x07, 0x01, 0x02, {{0x84, interrupt}, {0x04, bulk}, {0x85, bulk}}};
        const auto selected = UsbPrinterInterface::select({hid, printer}, {});
        QVERIFY(selected.ok());
        QCOMPARE(selected->number, 1);
        QCOMPARE(selected->bulkOut, 0x04);
        QCOMPARE(selected->bulkIn, 0x85);
    }

    void severalAlternateSettings_preferTheBidirectionalOne()
    {
        const auto selected = UsbPrinterInterface::select({printerSetting(0, 1, {{0x01, bulk}}),
                                                           printerSetting(1, 2, {{0x01, bulk}, {0x82, bulk}}),
                                                           printerSetting(2, 3, {{0x01, bulk}, {0x82, bulk}})},
                                                          {});
        QVERIFY(selected.ok());
        QCOMPARE(selected->alternateSetting, 1);
        QVERIFY(selected->bidirectional());
    }

    void unidirectionalPrinter_hasNoStatusEndpoint()
    {
        const auto selected = UsbPrinterInterface::select({printerSetting(0, 1, {{0x01, bulk}, {0x82, bulk}})}, {});
        QVERIFY(selected.ok());
        QVERIFY(!selected->bidirectional());
    }

    void deviceWithoutPrinterInterface_isRefusedByName()
    {
        UsbInterfaceDescription scanner{0, 0, 0x03, 0, 0, {{0x81, interrupt}}};
        UsbInterfaceDescription printerWithoutOut = printerSetting(0, 2, {{0x82, bulk}});
        const auto selected = UsbPrinterInterface::select({scanner, printerWithoutOut}, QStringLiteral("0c2e:0b61"));
        QVERIFY(!selected.ok());
        QVERIFY2(selected.error().contains(QStringLiteral("0c2e:0b61")), qPrintable(selected.error()));
    }

    void failures_sayExactlyWhatIsWrong_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("usblp will not let go") << int(UsbFailure::Step::DetachKernelDriver) << int(LIBUSB_ERROR_ACCESS)
                                               << "USB printer 04b8:0e15 busy: claimed by the kernel's usblp driver";
        QTest::newRow("usblp came back") << int(UsbFailure::Step::DetachKernelDriver) << int(LIBUSB_ERROR_BUSY)
                                         << "USB printer 04b8:0e15 busy: claimed by the kernel's usblp driver";
        QTest::newRow("no udev rules") << int(UsbFailure::Step::Open) << int(LIBUSB_ERROR_ACCESS)
                                       << "permission denied on /dev/bus/usb/001/004: install the udev rules from "
                                          "packaging/";
        QTest::newRow("another program") << int(UsbFailure::Step::Claim) << int(LIBUSB_ERROR_BUSY)
                                         << "USB printer 04b8:0e15 busy: another program has claimed it";
        QTest::newRow("not plugged in") << int(UsbFailure::Step::Find) << int(LIBUSB_ERROR_NOT_FOUND)
                                        << "There is no USB printer 04b8:0e15: check its cable and power";
        QTest::newRow("unplugged") << int(UsbFailure::Step::Write) << int(LIBUSB_ERROR_NO_DEVICE)
                                   << "USB printer 04b8:0e15 was unplugged: plug it in again; the receipt will print "
                                      "again";
        QTest::newRow("stall") << int(UsbFailure::Step::Write) << int(LIBUSB_ERROR_PIPE)
                               << "USB printer 04b8:0e15 stalled: switch it off and on again";
    }
    void failures_sayExactlyWhatIsWrong()
    {
        QFETCH(int, step);
        QFETCH(int, code);
        QFETCH(QString, message);
        QCOMPARE(failure(UsbFailure::Step(step), code).message(), message);
    }

    void writeTimeout_saysHowMuchThePrinterTook()
    {
        auto timedOut = failure(UsbFailure::Step::Write, LIBUSB_ERROR_TIMEOUT);
        timedOut.bytesDone = 8192;
        timedOut.bytesTotal = 20000;
        timedOut.timeoutMs = 5000;
        const QString message = timedOut.message();
        QVERIFY2(message.contains(QStringLiteral("8192 of 20000")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("paper")));
    }

    void unknownCode_namesLibusbsError()
    {
        const QString message = failure(UsbFailure::Step::Claim, LIBUSB_ERROR_OVERFLOW).message();
        QVERIFY2(message.contains(QStringLiteral("LIBUSB_ERROR_OVERFLOW")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("04b8:0e15")));
    }

    void nodePath_isTheUsbfsNodeUdevRulesApplyTo()
    {
        QCOMPARE(UsbFailure::nodePath(1, 4), QStringLiteral("/dev/bus/usb/001/004"));
        QCOMPARE(UsbFailure::nodePath(3, 117), QStringLiteral("/dev/bus/usb/003/117"));
    }

    void libusbWithoutPrinters_listsNothingAndFailsNothing()
    {
        // This machine has no USB printer: libusb must still start, list, and stop cleanly.
        const auto listed = UsbEnumerator::listPrinters();
        QVERIFY2(listed.ok(), listed.ok() ? "" : qPrintable(listed.error()));
        for (const auto &device : *listed)
            QVERIFY(device.address.startsWith(QStringLiteral("usb://")));
    }

    void enumeratorThread_startsListsAndStops()
    {
        UsbEnumerator enumerator(100);
        QTRY_VERIFY(enumerator.isReady());
        QVERIFY2(enumerator.problem().isEmpty(), qPrintable(enumerator.problem()));
        QCOMPARE(enumerator.hasHotplug(), libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG) != 0);
        QCOMPARE(enumerator.devices(), *UsbEnumerator::listPrinters());
        enumerator.refresh();
        QTest::qWait(250); // events pumped and a refresh served on the USB thread; then a clean stop
    }

    void absentPrinter_isAnErrorThroughThePrinterAddress()
    {
        // No device 04b8:0e15 is attached here: the address works, the printer is missing.
        const auto opened = PrinterConnection::open(QStringLiteral("usb://04b8:0e15"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error(), QStringLiteral("There is no USB printer 04b8:0e15: check its cable and power"));
    }
};

QTEST_GUILESS_MAIN(TestUsbPrinter)
#include "tst_usbprinter.moc"
