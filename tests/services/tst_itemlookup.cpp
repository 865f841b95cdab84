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

    void gs1Codes_sellTheirWeightOrTheirPrice()
    {
        const ScanRouter router(m_store->profile->variableMeasure, m_store->profile->currency.exponent());
        // (01) the store's weighed item as a GTIN-14, (3103) 0.452 kg: the weight is the quantity.
        const auto weighed = router.route({QStringLiteral("01025000010000023103000452"), QStringLiteral("]C1")});
        QVERIFY2(weighed, qPrintable(weighed.ok() ? QString() : weighed.error()));
        const auto byWeight = m_lookup->find(*weighed);
        QVERIFY2(byWeight, qPrintable(byWeight.ok() ? QString() : byWeight.error()));
        QCOMPARE(byWeight->quantity, Quantity::grams(452));
        // (01) a T-shirt, (3920) ₩15,000: the price of this one piece, like a price label.
        const auto priced = router.route({QStringLiteral("0108809417101124392015000"), QStringLiteral("]C1")});
        QVERIFY2(priced, qPrintable(priced.ok() ? QString() : priced.error()));
        const auto piece = m_lookup->find(*priced);
        QVERIFY2(piece, qPrintable(piece.ok() ? QString() : piece.error()));
        QCOMPARE(piece->product.sku, QStringLiteral("KR-TOP-0002"));
        QCOMPARE(piece->product.unitPriceMinor, 15000);
        QCOMPARE(piece->quantity, Quantity::pieces(1));
        // The weighed item without a weight cannot be sold from its GTIN alone.
        const auto unweighed = router.route({QStringLiteral("0102500001000002"), QStringLiteral("]C1")});
        QVERIFY(unweighed);
        QVERIFY(!m_lookup->find(*unweighed));
    }

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
