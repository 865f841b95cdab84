#include "SyntheticCatalog.h"

#include "CatalogCsvImporter.h"
#include "CatalogRepository.h"
#include "Database.h"
#include "Gtin.h"
#include "Money.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QIODevice>
#include <iterator>

namespace omnitill {

namespace {

struct Words
{
    const char16_t *ko;
    const char16_t *en;
};

struct Kind
{
    Words name;
    const char16_t *category;
    bool weighed; // sold by the kilogram, VAT exempt like fresh food in Korea
};

constexpr Words brands[] = {
    {u"서울", u"Seoul"},    {u"한빛", u"Hanbit"},   {u"푸른들", u"Green Field"}, {u"바다향", u"Sea Breeze"},
    {u"산골", u"Mountain"}, {u"햇살", u"Sunshine"}, {u"고향", u"Hometown"},      {u"미소", u"Miso"},
};

constexpr Kind kinds[] = {
    {{u"우유", u"Milk"}, u"dairy", false},          {{u"바나나맛 우유", u"Banana Milk"}, u"dairy", false},
    {{u"요구르트", u"Yogurt"}, u"dairy", false},    {{u"라면", u"Ramyeon"}, u"noodles", false},
    {{u"김치", u"Kimchi"}, u"side dishes", false},  {{u"두부", u"Tofu"}, u"fresh", false},
    {{u"쌀", u"Rice"}, u"grains", false},           {{u"커피", u"Coffee"}, u"drinks", false},
    {{u"녹차", u"Green Tea"}, u"drinks", false},    {{u"생수", u"Water"}, u"drinks", false},
    {{u"과자", u"Crackers"}, u"snacks", false},     {{u"초콜릿", u"Chocolate"}, u"snacks", false},
    {{u"간장", u"Soy Sauce"}, u"pantry", false},    {{u"고추장", u"Gochujang"}, u"pantry", false},
    {{u"세제", u"Detergent"}, u"household", false}, {{u"휴지", u"Tissue"}, u"household", false},
    {{u"사과", u"Apples"}, u"produce", true},       {{u"배", u"Pears"}, u"produce", true},
    {{u"소고기", u"Beef"}, u"meat", true},          {{u"고등어", u"Mackerel"}, u"fish", true},
};

// Some with a quote or a comma, so that files written from them exercise CSV quoting.
constexpr Words variants[] = {
    {u"", u""},           {u"오리지널", u"Original"}, {u"저지방", u"Low Fat"},     {u"매운맛", u"Spicy"},
    {u"순한맛", u"Mild"}, {u"유기농", u"Organic"},    {u"\"특\"", u"\"Special\""}, {u"대용량, 실속", u"Value, Large"},
};

constexpr const char16_t *sizes[] = {u"200ml", u"500ml", u"1L", u"120g", u"500g", u"1kg", u"6 x 200ml", u"10개입"};

const QString standardRate = QStringLiteral("VAT10");
const QString exempt = QStringLiteral("EXEMPT");

// SplitMix64: a well-mixed 64-bit value from a counter, so product i needs no state from product i - 1.
quint64 mix(quint64 value)
{
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

template <typename T, std::size_t N>
const T &pick(const T (&items)[N], quint64 random)
{
    return items[random % N];
}

QString joined(std::initializer_list<QString> parts)
{
    QStringList nonEmpty;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            nonEmpty.append(part);
    }
    return nonEmpty.join(u' ');
}

QString ean13(const char *prefix, qint64 index)
{
    const QString digits = QLatin1String(prefix) + QStringLiteral("%1").arg(index, 9, 10, QLatin1Char('0'));
    return digits + QChar(u'0' + Gtin::checkDigit(digits));
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

SyntheticCatalog::SyntheticCatalog(Currency currency, quint64 seed)
    : m_currency(std::move(currency))
    , m_seed(seed)
{
}

QList<TaxClass> SyntheticCatalog::taxClasses()
{
    return {{standardRate, QStringLiteral("부가세 10%"), 100'000}, {exempt, QStringLiteral("면세"), 0}};
}

QString SyntheticCatalog::barcode(qint64 index)
{
    return ean13("880", index);
}

Product SyntheticCatalog::product(qint64 index) const
{
    const quint64 random = mix(m_seed * 0x100000001B3ULL ^ static_cast<quint64>(index));
    const Words &brand = pick(brands, random);
    const Kind &kind = pick(kinds, random >> 8);
    const Words &variant = pick(variants, random >> 16);
    const QString size = kind.weighed ? QString() : QString::fromUtf16(pick(sizes, random >> 24));

    Product product;
    product.sku = QStringLiteral("S%1").arg(index, 9, 10, QLatin1Char('0'));
    product.nameKo =
        joined({QString::fromUtf16(brand.ko), QString::fromUtf16(variant.ko), QString::fromUtf16(kind.name.ko), size});
    product.nameEn =
        joined({QString::fromUtf16(brand.en), QString::fromUtf16(variant.en), QString::fromUtf16(kind.name.en), size});
    product.category = QString::fromUtf16(kind.category);
    // 500 to 20,450 won in steps of 50; 0.49 to 20.48 in currencies with cents.
    const qint64 step = static_cast<qint64>((random >> 32) % 400);
    product.unitPriceMinor =
        m_currency.exponent() == 0 ? 500 + step * 50 : (49 + step * 5) * m_currency.minorPerMajor() / 100;
    product.taxClass = kind.weighed ? exempt : standardRate;
    product.unit = kind.weighed ? Unit::Kilogram : Unit::Each;
    product.barcodes = {barcode(index)};
    if (index % 7 == 3)
        product.barcodes.append(ean13("889", index));
    return product;
}

Result<void> SyntheticCatalog::writeCsv(QIODevice &device, qint64 count) const
{
    QString text = CatalogCsvImporter::header() + u'\n';
    for (qint64 index = 0; index < count; ++index) {
        const Product p = product(index);
        text += csvField(p.sku) + u',' + p.barcodes.join(u'|') + u',' + csvField(p.nameKo) + u',' + csvField(p.nameEn) +
                u',' + csvField(p.category) + u',' + Money(p.unitPriceMinor, m_currency).toDecimalString() + u',' +
                p.taxClass + u',' + unitCode(p.unit) + u'\n';
        // Written in pieces of about a megabyte: a million rows are over 100 MB of text.
        if (text.size() > (1 << 19) || index + 1 == count) {
            const QByteArray bytes = text.toUtf8();
            if (device.write(bytes) != bytes.size()) {
                return Error{QCoreApplication::translate("SyntheticCatalog", "Cannot write the catalog: %1")
                                 .arg(device.errorString())};
            }
            text.clear();
        }
    }
    if (count == 0 && device.write(text.toUtf8()) < 0)
        return Error{
            QCoreApplication::translate("SyntheticCatalog", "Cannot write the catalog: %1").arg(device.errorString())};
    return {};
}

Result<void> SyntheticCatalog::insertInto(const Database &database, qint64 count) const
{
    auto begun = Transaction::begin(database);
    if (!begun)
        return Error{begun.error()};
    Transaction transaction = std::move(begun).value();
    CatalogRepository repository(database);
    for (const TaxClass &taxClass : taxClasses()) {
        if (auto put = repository.putTaxClass(taxClass); !put)
            return put;
    }
    for (qint64 index = 0; index < count; ++index) {
        if (auto id = repository.upsertProduct(product(index)); !id)
            return Error{id.error()};
    }
    return transaction.commit();
}

} // namespace omnitill
