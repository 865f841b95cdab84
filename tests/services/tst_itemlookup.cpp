#include "ItemLookup.h"
#include "StoreFixture.h"

#include <QTest>

using namespace omnitill;

// Codes from the Seoul demo catalog (resources/demo/README.md).
class TestItemLookup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<ItemLookup> m_lookup;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<StoreFixture>();
        m_lookup = std::make_unique<ItemLookup>(*m_store->catalog, m_store->profile->variableMeasure);
    }
    void cleanupTestCase()
    {
        m_lookup.reset();
        m_store.reset();
    }

    void ean13_findsTheProduct()
    {
        const auto match = m_lookup->find(QStringLiteral("8809417101124"));
        QVERIFY2(match, qPrintable(match.ok() ? QString() : match.error()));
        QCOMPARE(match->product.sku, QStringLiteral("KR-TOP-0002"));
        QCOMPARE(match->product.unitPriceMinor, 19900);
        QCOMPARE(match->quantity, Quantity::pieces(1));
        QCOMPARE(match->scannedCode, QStringLiteral("8809417101124"));
    }

    void otherGtinSpellings_findTheSameProduct()
    {
        const auto upcA = m_lookup->find(QStringLiteral("041573200152"));
        const auto asEan13 = m_lookup->find(QStringLiteral("0041573200152"));
        QVERIFY(upcA);
        QVERIFY(asEan13);
        QCOMPARE(upcA->product.sku, asEan13->product.sku);
        const auto ean8 = m_lookup->find(QStringLiteral("88012735"));
        QVERIFY(ean8);
    }

    void wrongCheckDigit_isRefusedWithTheRightDigit()
    {
        const auto match = m_lookup->find(QStringLiteral("8809417101125"));
        QVERIFY(!match);
        QVERIFY2(match.error().contains(QStringLiteral("4")), qPrintable(match.error()));
    }

    void unknownBarcode_saysSo()
    {
        const auto match = m_lookup->find(QStringLiteral("8809999123453"));
        QVERIFY(!match);
        QVERIFY(match.error().contains(QStringLiteral("8809999123453")));
    }

    void weightLabel_sellsTheWeight()
    {
        const auto match = m_lookup->find(QStringLiteral("2500001004529"));
        QVERIFY2(match, qPrintable(match.ok() ? QString() : match.error()));
        QCOMPARE(match->product.unit, Unit::Kilogram);
        QCOMPARE(match->quantity, Quantity::grams(452));
    }

    void priceLabel_overridesTheShelfPrice()
    {
        const auto match = m_lookup->find(QStringLiteral("2000101045007"));
        QVERIFY2(match, qPrintable(match.ok() ? QString() : match.error()));
        QCOMPARE(match->product.unitPriceMinor, 4500);
        QCOMPARE(match->quantity, Quantity::pieces(1));
    }

    void weightLabelWithoutWeight_isRefused() { QVERIFY(!m_lookup->find(QStringLiteral("2500001000002"))); }

    void sku_isFoundWhateverTheCase()
    {
        const auto match = m_lookup->find(QStringLiteral(" kr-top-0002 "));
        QVERIFY(match);
        QCOMPARE(match->product.sku, QStringLiteral("KR-TOP-0002"));
    }

    void controlCharacters_areNeverInterpreted()
    {
        const auto match = m_lookup->find(QStringLiteral("8809417\x1b[2J101124"));
        QVERIFY(!match);
        QVERIFY(match.error().contains(QStringLiteral("control")));
    }

    void oddDigitCounts_areNotBarcodes()
    {
        const auto match = m_lookup->find(QStringLiteral("12345"));
        QVERIFY(!match);
        QVERIFY(match.error().contains(QStringLiteral("5")));
        QVERIFY(!m_lookup->find(QString()));
    }
};

QTEST_GUILESS_MAIN(TestItemLookup)
#include "tst_itemlookup.moc"
