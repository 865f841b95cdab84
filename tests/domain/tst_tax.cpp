#include "TaxCalculator.h"
#include "TestProfiles.h"

#include <QTest>
#include <limits>

using namespace omnitill;

class TestTax : public QObject
{
    Q_OBJECT

private:
    static TaxCalculator korean(RoundingMode rounding = RoundingMode::HalfUp)
    {
        return TaxCalculator(testprofiles::korean().taxClasses, TaxMode::Inclusive, rounding);
    }
    static TaxCalculator american(RoundingMode rounding = RoundingMode::HalfUp)
    {
        return TaxCalculator(testprofiles::american().taxClasses, TaxMode::Exclusive, rounding);
    }
    static TaxableLine line(const char *taxClass, qint64 amount) { return {QString::fromLatin1(taxClass), amount}; }

private Q_SLOTS:
    void inclusive_extractsVatFromPrice()
    {
        const auto tax = korean().compute({line("VAT10", 11000)});
        QVERIFY(tax);
        QCOMPARE(tax->totalTaxMinor, 1000);
        QCOMPARE(tax->rates.first().netMinor, 10000);
        QCOMPARE(tax->rates.first().grossMinor, 11000);
        QCOMPARE(tax->totalDueMinor, 11000);
    }

    void inclusive_computesPerReceiptNotPerLine()
    {
        // Per line, each 105 holds 9.55 → 10 won of VAT (30 in all); per receipt 315 holds 28.6 → 29.
        const auto tax = korean().compute({line("VAT10", 105), line("VAT10", 105), line("VAT10", 105)});
        QCOMPARE(tax->totalTaxMinor, 29);
        QCOMPARE(tax->lineTaxMinor, QList<qint64>({10, 10, 9}));
    }

    void exemptItems_carryNoTax()
    {
        const auto tax = korean().compute({line("EXEMPT", 5000)});
        QCOMPARE(tax->totalTaxMinor, 0);
        QCOMPARE(tax->rates.first().netMinor, 5000);
    }

    void mixedRates_summariseEachRate()
    {
        const auto tax = korean().compute({line("VAT10", 11000), line("EXEMPT", 5000), line("VAT10", 2200)});
        QCOMPARE(tax->rates.size(), 2);
        QCOMPARE(tax->rates[0].taxClass.code, QStringLiteral("VAT10"));
        QCOMPARE(tax->rates[0].grossMinor, 13200);
        QCOMPARE(tax->rates[0].taxMinor, 1200);
        QCOMPARE(tax->rates[1].taxClass.code, QStringLiteral("EXEMPT"));
        QCOMPARE(tax->rates[1].taxMinor, 0);
        QCOMPARE(tax->lineTaxMinor, QList<qint64>({1000, 0, 200}));
        QCOMPARE(tax->totalDueMinor, 18200);
    }

    void exclusive_addsSalesTax()
    {
        // $19.99 at 8.875 % is $1.774 → $1.77; the customer pays $21.76.
        const auto tax = american().compute({line("STD", 1999), line("GROCERY", 350)});
        QCOMPARE(tax->totalTaxMinor, 177);
        QCOMPARE(tax->rates[0].netMinor, 1999);
        QCOMPARE(tax->rates[0].grossMinor, 2176);
        QCOMPARE(tax->totalDueMinor, 1999 + 177 + 350);
    }

    void roundingMode_decidesTies()
    {
        // 10 % of 5 cents is exactly half a cent.
        TaxCalculator halfUp({{QStringLiteral("T"), QStringLiteral("T"), 100'000}}, TaxMode::Exclusive,
                             RoundingMode::HalfUp);
        TaxCalculator halfEven({{QStringLiteral("T"), QStringLiteral("T"), 100'000}}, TaxMode::Exclusive,
                               RoundingMode::HalfEven);
        QCOMPARE(halfUp.compute({line("T", 5)})->totalTaxMinor, 1);
        QCOMPARE(halfEven.compute({line("T", 5)})->totalTaxMinor, 0);
        QCOMPARE(halfEven.compute({line("T", 15)})->totalTaxMinor, 2);
    }

    void unknownTaxClass_isRefused()
    {
        const auto tax = korean().compute({line("VAT99", 100)});
        QVERIFY(!tax);
        QVERIFY(tax.error().contains(QStringLiteral("VAT99")));
    }

    void overflow_isAnError()
    {
        const qint64 half = std::numeric_limits<qint64>::max() / 2 + 1;
        QVERIFY(!korean().compute({line("VAT10", half), line("VAT10", half)}));
        QVERIFY(!korean().compute({line("VAT10", half), line("EXEMPT", half)}));
        QVERIFY(!american().compute({line("STD", std::numeric_limits<qint64>::max())}));
    }
};

QTEST_GUILESS_MAIN(TestTax)
#include "tst_tax.moc"
