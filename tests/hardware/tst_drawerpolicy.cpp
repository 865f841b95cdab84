#include "DrawerPolicy.h"
#include "VirtualPrinter.h"

#include <QTest>

using namespace omnitill;
using DrawerState = DrawerPolicy::DrawerState;

namespace {
// The status as a printer reports it over the wire: the reply bytes to DLE EOT 1–4, parsed back.
PrinterStatus reported(bool drawerSensorHigh)
{
    PrinterStatus sent;
    sent.drawerSensorHigh = drawerSensorHigh;
    QByteArray replies;
    for (int n = 1; n <= 4; ++n)
        replies.append(char(sent.reply(PrinterStatus::Request(n))));
    return *PrinterStatus::fromReplies(replies);
}

DrawerPolicy::Settings requireClosed(bool openWhenHigh = true)
{
    return {true, openWhenHigh};
}
} // namespace

class TestDrawerPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dleEot1Bit2_isThePin3Sensor()
    {
        // DLE EOT 1 reply 0x16 = fixed bits 0x12 | bit 2: pin 3 HIGH; 0x12: LOW.
        PrinterStatus status;
        QVERIFY(status.read(PrinterStatus::Request::Printer, 0x16).ok());
        QVERIFY(status.drawerSensorHigh);
        QVERIFY(status.read(PrinterStatus::Request::Printer, 0x12).ok());
        QVERIFY(!status.drawerSensorHigh);
    }

    void openDrawer_holdsTheNextSale()
    {
        const DrawerPolicy policy(requireClosed(), PrinterProfile::epsonTmT88());
        const auto state = policy.drawerState(reported(true));
        QCOMPARE(state, DrawerState::Open);
        const auto allowed = policy.mayStartSale(state);
        QVERIFY(!allowed.ok());
        QVERIFY(allowed.error().contains(QStringLiteral("drawer")));
    }

    void closedDrawer_letsTheSaleStart()
    {
        const DrawerPolicy policy(requireClosed(), PrinterProfile::epsonTmT88());
        QCOMPARE(policy.drawerState(reported(false)), DrawerState::Closed);
        QVERIFY(policy.mayStartSale(DrawerState::Closed).ok());
    }

    void reversedSwitch_readsLowAsOpen()
    {
        const DrawerPolicy policy(requireClosed(false), PrinterProfile::bixolonSrp350());
        QCOMPARE(policy.drawerState(reported(false)), DrawerState::Open);
        QCOMPARE(policy.drawerState(reported(true)), DrawerState::Closed);
    }

    void withoutTheSetting_anOpenDrawerDoesNotHoldTheSale()
    {
        const DrawerPolicy policy(DrawerPolicy::Settings{}, PrinterProfile::epsonTmT88());
        QCOMPARE(policy.drawerState(reported(true)), DrawerState::Open);
        QVERIFY(policy.mayStartSale(DrawerState::Open).ok());
    }

    void printerWithoutDrawerPort_orWithoutAnswer_isUnknownAndSells()
    {
        const DrawerPolicy cheap(requireClosed(), PrinterProfile::generic58mm());
        QVERIFY(!cheap.printerReportsDrawer());
        QCOMPARE(cheap.drawerState(reported(true)), DrawerState::Unknown);
        const DrawerPolicy epson(requireClosed(), PrinterProfile::epsonTmT88());
        QCOMPARE(epson.drawerState(std::nullopt), DrawerState::Unknown);
        QVERIFY(epson.mayStartSale(DrawerState::Unknown).ok());
    }

    void settings_comeFromThePrinterOptionsInDevicesJson()
    {
        const auto settings = DrawerPolicy::Settings::fromOptions(
            {{QStringLiteral("requireDrawerClosed"), true}, {QStringLiteral("drawerOpenWhenSensorHigh"), false}});
        QVERIFY(settings.requireClosedBeforeSale);
        QVERIFY(!settings.openWhenSensorHigh);
        const auto defaults = DrawerPolicy::Settings::fromOptions({});
        QVERIFY(!defaults.requireClosedBeforeSale);
        QVERIFY(defaults.openWhenSensorHigh);
    }

    void virtualPrinter_reportsTheDrawerItWasGiven()
    {
        // End to end over the bytes: the virtual printer answers DLE EOT 1 with the drawer sensor set.
        VirtualPrinter printer(PrinterProfile::epsonTmT88());
        printer.status().drawerSensorHigh = true;
        printer.write(PrinterStatus::requestAll());
        const auto status = PrinterStatus::fromReplies(printer.takeReplies());
        QVERIFY(status.ok());
        const DrawerPolicy policy(requireClosed(), PrinterProfile::epsonTmT88());
        QCOMPARE(policy.drawerState(*status), DrawerState::Open);
    }
};

QTEST_GUILESS_MAIN(TestDrawerPolicy)
#include "tst_drawerpolicy.moc"
