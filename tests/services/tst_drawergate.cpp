#include "DrawerGate.h"
#include "TillFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace omnitill;

// The drawer rule at the till: CheckoutService asks the gate before it opens a sale, and the gate
// knows the drawer from status replies the test feeds in place of the printer.
class TestDrawerGate : public QObject
{
    Q_OBJECT

private:
    static constexpr auto tShirtM = "8809417101124";

    // Pin 3 HIGH is "open" with the default polarity.
    static PrinterStatus drawer(bool open)
    {
        PrinterStatus status;
        status.drawerSensorHigh = open;
        return status;
    }

    static void openShift(TillFixture &till, DrawerGate &gate)
    {
        till.checkout.setSaleStartCheck([&gate] { return gate.mayStartSale(); });
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        QVERIFY(till.shifts.open(50000));
    }

private Q_SLOTS:
    void openDrawer_holdsTheNextSaleUntilItIsShut()
    {
        TillFixture till;
        DrawerGate gate(DrawerPolicy({true, true}, PrinterProfile::epsonTmT88()));
        openShift(till, gate);
        gate.statusRead(drawer(true));
        const auto held = till.checkout.scan(QString::fromLatin1(tShirtM));
        QVERIFY(!held);
        QVERIFY2(held.error().contains(QLatin1String("Close the cash drawer")), qPrintable(held.error()));
        QCOMPARE(till.checkout.sale().state(), SaleState::New);
        QVERIFY(till.checkout.sale().lines().isEmpty());

        gate.statusRead(drawer(false));
        QVERIFY(till.checkout.scan(QString::fromLatin1(tShirtM)));
        QCOMPARE(till.checkout.sale().lines().size(), qsizetype(1));
    }

    void saleUnderWay_isNotHeldByTheDrawer()
    {
        TillFixture till;
        DrawerGate gate(DrawerPolicy({true, true}, PrinterProfile::epsonTmT88()));
        openShift(till, gate);
        QVERIFY(till.checkout.scan(QString::fromLatin1(tShirtM)));
        gate.statusRead(drawer(true));
        QVERIFY(till.checkout.scan(QString::fromLatin1(tShirtM)));
    }

    void unknownDrawer_neverHoldsASale()
    {
        TillFixture till;
        DrawerGate gate(DrawerPolicy({true, true}, PrinterProfile::epsonTmT88()));
        openShift(till, gate);
        gate.statusRead(drawer(true));
        gate.statusRead(std::nullopt); // the printer stopped answering
        QCOMPARE(gate.drawer(), DrawerPolicy::DrawerState::Unknown);
        QVERIFY(till.checkout.scan(QString::fromLatin1(tShirtM)));
    }

    void settingOff_openDrawerDoesNotHold()
    {
        TillFixture till;
        DrawerGate gate(DrawerPolicy({false, true}, PrinterProfile::epsonTmT88()));
        openShift(till, gate);
        gate.statusRead(drawer(true));
        QVERIFY(till.checkout.scan(QString::fromLatin1(tShirtM)));
    }

    void openDrawer_asksForFreshStatusUntilShut()
    {
        DrawerGate gate(DrawerPolicy({true, true}, PrinterProfile::epsonTmT88()));
        gate.setPollInterval(10);
        QSignalSpy wanted(&gate, &DrawerGate::statusWanted);
        gate.statusRead(drawer(false));
        QTest::qWait(50);
        QCOMPARE(wanted.count(), 0);
        gate.statusRead(drawer(true));
        QVERIFY(wanted.wait(1000));
        gate.statusRead(drawer(false));
        wanted.clear();
        QTest::qWait(50);
        QCOMPARE(wanted.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDrawerGate)
#include "tst_drawergate.moc"
