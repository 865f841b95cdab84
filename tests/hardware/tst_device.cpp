#include "Device.h"

#include <QSignalSpy>
#include <QTest>

using namespace omnitill;

namespace {
// A device whose hardware steps can be told to fail, recording what the life cycle asked of it.
class ScriptedDevice : public Device
{
public:
    using Device::Device;
    using Device::fail;

    QString claimFailure;
    QStringList calls;

protected:
    Result<void> claimDevice() override
    {
        calls.append(QStringLiteral("claim"));
        if (!claimFailure.isEmpty())
            return Error{claimFailure};
        return {};
    }
    Result<void> enableDevice() override
    {
        calls.append(QStringLiteral("enable"));
        return {};
    }
    void disableDevice() override { calls.append(QStringLiteral("disable")); }
    void releaseDevice() override { calls.append(QStringLiteral("release")); }
};

DeviceSettings printerSettings()
{
    return {QStringLiteral("receipt"),
            QStringLiteral("escpos-printer"),
            QStringLiteral("epson-tm-t88"),
            QStringLiteral("tcp://127.0.0.1:9100"),
            {}};
}
} // namespace

class TestDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lifeCycle_goesThroughEveryStateAndBack()
    {
        ScriptedDevice device(printerSettings());
        QSignalSpy states(&device, &Device::stateChanged);
        QVERIFY(device.open().ok());
        QVERIFY(device.claim().ok());
        QVERIFY(device.enable().ok());
        QCOMPARE(device.state(), Device::State::Enabled);
        QVERIFY(device.disable().ok());
        QVERIFY(device.release().ok());
        device.close();
        QCOMPARE(device.state(), Device::State::Closed);
        QCOMPARE(states.size(), 6);
        QCOMPARE(device.calls, (QStringList{"claim", "enable", "disable", "release"}));
    }

    void enableBeforeClaim_isRefusedAndSaysWhatComesFirst()
    {
        ScriptedDevice device(printerSettings());
        QVERIFY(device.open().ok());
        const auto enabled = device.enable();
        QVERIFY(!enabled.ok());
        QVERIFY2(enabled.error().contains(Device::stateName(Device::State::Claimed)), qPrintable(enabled.error()));
        QCOMPARE(device.state(), Device::State::Open);
        QVERIFY(device.calls.isEmpty());
    }

    void failedClaim_staysOpenAndReportsTheReason()
    {
        ScriptedDevice device(printerSettings());
        device.claimFailure = QStringLiteral("USB printer 04b8:0e15 busy: claimed by the kernel's usblp driver");
        QSignalSpy errors(&device, &Device::errorOccurred);
        QVERIFY(!device.start().ok());
        QCOMPARE(device.state(), Device::State::Open);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().toString(), device.claimFailure);
        QCOMPARE(device.lastError(), device.claimFailure);

        device.claimFailure.clear();
        QVERIFY(device.start().ok());
        QCOMPARE(device.state(), Device::State::Enabled);
        QVERIFY(device.lastError().isEmpty());
    }

    void failureInUse_releasesAndDropsBackToOpen()
    {
        ScriptedDevice device(printerSettings());
        QVERIFY(device.start().ok());
        QSignalSpy errors(&device, &Device::errorOccurred);
        device.fail(QStringLiteral("unplugged"));
        QCOMPARE(device.state(), Device::State::Open);
        QCOMPARE(device.calls.mid(2), (QStringList{"disable", "release"}));
        QCOMPARE(errors.size(), 1);
    }

    void closeFromEnabled_disablesAndReleasesFirst()
    {
        ScriptedDevice device(printerSettings());
        QVERIFY(device.start().ok());
        device.close();
        QCOMPARE(device.calls, (QStringList{"claim", "enable", "disable", "release"}));
        QCOMPARE(device.state(), Device::State::Closed);
    }

    void deviceWithoutAddress_cannotOpen()
    {
        auto settings = printerSettings();
        settings.address.clear();
        ScriptedDevice device(settings);
        const auto opened = device.open();
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QStringLiteral("receipt")));
        QCOMPARE(device.state(), Device::State::Closed);
    }
};

QTEST_GUILESS_MAIN(TestDevice)
#include "tst_device.moc"
