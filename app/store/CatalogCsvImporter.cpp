#include "CatalogCsvImporter.h"

#include "CatalogRepository.h"
#include "Database.h"
#include "Gtin.h"
#include "Money.h"
#include "Transaction.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

namespace omnitill {

namespace {

constexpr qint64 readChunkBytes = 1 << 20;
constexpr qint64 progressEveryRows = 4096;
const QByteArray byteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");
enum Column { Sku, Barcodes, NameKo, NameEn, Category, Price, TaxClassCode, UnitCode, ColumnCount };

// One record of the file as raw bytes, split into fields, quotes removed; or why it could not be split.
struct CsvRecord
{
    qint64 line = 0; // where the record starts; a quoted field may carry it over several lines
    QList<QByteArray> fields;
    QString problem;
};

// Reads RFC 4180 records from a device a chunk at a time. It works on bytes: the characters that
// structure CSV are ASCII, and no byte of a multi-byte UTF-8 character is ASCII, so splitting before
// decoding is safe, and a field that is not UTF-8 is reported by the line it is on.
class CsvReader
{
public:
    explicit CsvReader(QIODevice &device)
        : m_device(device)
    {
    }

    // Skips blank lines; false at the end of the file.
    bool next(CsvRecord &record)
    {
        for (;;) {
            qsizetype end = -1;
            qsizetype scanned = 0; // offset from m_position up to which no record end was found
            bool inQuotes = false;
            while (end < 0) {
                const char *data = m_buffer.constData() + m_position;
                const qsizetype available = m_buffer.size() - m_position;
                for (; scanned < available; ++scanned) {
                    // A doubled quote toggles twice, so quotes inside a quoted field need no special case.
                    if (data[scanned] == '"') {
                        inQuotes = !inQuotes;
                    } else if (data[scanned] == '\n' && !inQuotes) {
                        end = m_position + scanned;
                        break;
                    }
                }
                if (end < 0 && !fill()) {
                    if (m_position >= m_buffer.size())
                        return false;
                    end = m_buffer.size(); // the last line has no line end
                }
            }
            QByteArrayView span(m_buffer.constData() + m_position, end - m_position);
            m_position = end + 1;
            record.line = m_line;
            m_line += 1 + span.count('\n');
            if (span.endsWith('\r'))
                span.chop(1);
            if (span.isEmpty())
                continue;
            split(span, record);
            return true;
        }
    }

private:
    // Appends the next chunk, first dropping what has been consumed; false at the end of the device.
    bool fill()
    {
        m_buffer.remove(0, m_position);
        m_position = 0;
        const QByteArray chunk = m_device.read(readChunkBytes);
        if (chunk.isEmpty())
            return false;
        m_buffer.append(chunk);
        if (!m_started && m_buffer.size() >= byteOrderMark.size()) {
            m_started = true;
            if (m_buffer.startsWith(byteOrderMark))
                m_position = byteOrderMark.size();
        }
        return true;
    }

    static void split(QByteArrayView span, CsvRecord &record)
    {
        record.fields.clear();
        record.problem.clear();
        qsizetype i = 0;
        for (;;) {
            QByteArray field;
            if (i < span.size() && span[i] == '"') {
                ++i;
                for (;;) {
                    const qsizetype quote = span.indexOf('"', i);
                    if (quote < 0) {
                        record.problem = CatalogCsvImporter::tr("a quoted field starts on this line and never ends");
                        return;
                    }
                    field.append(span.sliced(i, quote - i));
                    i = quote + 1;
                    if (i < span.size() && span[i] == '"') {
                        field.append('"');
                        ++i;
                        continue;
                    }
                    break;
                }
                if (i < span.size() && span[i] != ',') {
                    record.problem = CatalogCsvImporter::tr("field %1 has text after its closing quote")
                                         .arg(record.fields.size() + 1);
                    return;
                }
            } else {
                qsizetype comma = span.indexOf(',', i);
                if (comma < 0)
                    comma = span.size();
                field = span.sliced(i, comma - i).toByteArray();
                if (field.contains('"')) {
                    record.problem = CatalogCsvImporter::tr("field %1 contains a quote but is not quoted; quote the "
                                                            "whole field and double the quote (\"\")")
                                         .arg(record.fields.size() + 1);
                    return;
                }
                i = comma;
            }
            record.fields.append(field);
            if (i >= span.size())
                return;
            ++i; // the comma
            if (i == span.size()) {
                record.fields.append(QByteArray()); // "a,b," ends with an empty field
                return;
            }
        }
    }

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_position = 0; // first byte of m_buffer not yet consumed
    qint64 m_line = 1;
    bool m_started = false; // whether the start of the file was checked for a byte order mark
};

// Adds errors to a report, keeping only the first maxReportedErrors but counting all.
class ErrorList
{
public:
    explicit ErrorList(CatalogCsvImporter::Report &report)
        : m_report(report)
    {
    }
    void add(qint64 line, const QString &reason)
    {
        ++m_report.errorCount;
        if (m_report.errors.size() < CatalogCsvImporter::maxReportedErrors)
            m_report.errors.append({line, reason});
    }
    bool any() const { return m_report.errorCount > 0; }

private:
    CatalogCsvImporter::Report &m_report;
};

// Decodes every field as UTF-8; false if any is not UTF-8.
bool decode(const QList<QByteArray> &fields, QStringDecoder &decoder, QStringList &texts)
{
    texts.clear();
    for (const QByteArray &field : fields) {
        decoder.resetState();
        texts.append(decoder.decode(field));
        if (decoder.hasError())
            return false;
    }
    return true;
}

} // namespace

QString CatalogCsvImporter::RowError::toString() const
{
    return line > 0 ? tr("line %1: %2").arg(line).arg(reason) : reason;
}

CatalogCsvImporter::CatalogCsvImporter(const Database &database, Currency currency)
    : m_database(database)
    , m_currency(std::move(currency))
{
}

QString CatalogCsvImporter::header()
{
    return QStringLiteral("sku,barcodes,name_ko,name_en,category,price,tax_class,unit");
}

CatalogCsvImporter::Report CatalogCsvImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Report report;
        ErrorList(report).add(0, tr("Cannot open %1: %2").arg(path, file.errorString()));
        return report;
    }
    return import(file);
}

CatalogCsvImporter::Report CatalogCsvImporter::import(QIODevice &device)
{
    Report report;
    ErrorList errors(report);
    const qint64 totalBytes = device.isSequential() ? -1 : device.size();
    CsvReader reader(device);
    CsvRecord record;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QStringList fields;

    if (!reader.next(record)) {
        errors.add(1, tr("the file is empty; the first line must be \"%1\"").arg(header()));
        return report;
    }
    if (!record.problem.isEmpty() || !decode(record.fields, decoder, fields) || fields.join(u',') != header()) {
        errors.add(record.line, tr("the first line must be exactly \"%1\"").arg(header()));
        return report;
    }

    CatalogRepository repository(m_database);
    QSet<QString> taxClassCodes;
    for (const TaxClass &taxClass : repository.taxClasses())
        taxClassCodes.insert(taxClass.code);

    auto begun = Transaction::begin(m_database);
    if (!begun) {
        errors.add(0, begun.error());
        return report;
    }
    Transaction transaction = std::move(begun).value();

    // Where each product and barcode was first seen, to name both lines of a duplicate. Products are
    // keyed by the id the upsert returned, which is the same for the same SKU, so the SKUs themselves
    // need not be held; barcodes by their GTIN-14 as a number, exact and a quarter the size of the text.
    QHash<qint64, qint64> lineOfProduct;
    QHash<quint64, qint64> lineOfBarcode;
    qint64 rows = 0;
    qint64 records = 0;
    while (reader.next(record)) {
        const qint64 line = record.line;
        if (records++ % progressEveryRows == 0 && m_cancelled && m_cancelled()) {
            transaction.rollback();
            report.cancelled = true;
            qCInfo(lcStore) << "catalog import cancelled at line" << line << "; nothing written";
            return report;
        }
        if (!record.problem.isEmpty()) {
            errors.add(line, record.problem);
            continue;
        }
        if (record.fields.size() != ColumnCount) {
            errors.add(line, tr("%1 fields instead of %2").arg(record.fields.size()).arg(int(ColumnCount)));
            continue;
        }
        if (!decode(record.fields, decoder, fields)) {
            errors.add(line, tr("the line is not UTF-8 text"));
            continue;
        }
        for (QString &field : fields)
            field = field.trimmed();

        const qint64 errorsBefore = report.errorCount;
        Product product;
        product.sku = fields[Sku];
        if (product.sku.isEmpty())
            errors.add(line, tr("the SKU is empty"));
        if (!fields[Barcodes].isEmpty()) {
            for (const QString &code : fields[Barcodes].split(u'|')) {
                const auto gtin = Gtin::parse(code);
                if (!gtin) {
                    errors.add(line, code.trimmed().isEmpty() ? tr("an empty barcode between two '|'") : gtin.error());
                    continue;
                }
                const QString gtin14 = gtin->gtin14();
                const quint64 key = gtin14.toULongLong();
                const auto first = lineOfBarcode.constFind(key);
                if (first == lineOfBarcode.cend())
                    lineOfBarcode.insert(key, line);
                else if (*first == line)
                    errors.add(line, tr("barcode %1 is listed twice").arg(gtin->digits()));
                else
                    errors.add(line, tr("barcode %1 is also on line %2").arg(gtin->digits()).arg(*first));
                product.barcodes.append(gtin14);
            }
        }
        product.nameKo = fields[NameKo];
        product.nameEn = fields[NameEn];
        if (product.nameKo.isEmpty() && product.nameEn.isEmpty())
            errors.add(line, tr("both names are empty; give name_ko, name_en or both"));
        product.category = fields[Category];
        const auto price = Money::parse(fields[Price], m_currency);
        if (!price)
            errors.add(line, tr("price: %1").arg(price.error()));
        else if (price->isNegative())
            errors.add(line, tr("price: \"%1\" is negative").arg(fields[Price]));
        else
            product.unitPriceMinor = price->minorUnits();
        product.taxClass = fields[TaxClassCode];
        if (!taxClassCodes.contains(product.taxClass))
            errors.add(line, tr("tax class \"%1\" does not exist").arg(product.taxClass));
        bool knownUnit = false;
        product.unit = unitFromCode(fields[UnitCode], &knownUnit);
        if (!knownUnit)
            errors.add(line, tr("unit \"%1\" is neither each nor kg").arg(fields[UnitCode]));
        if (report.errorCount > errorsBefore)
            continue;

        // Rows keep being written after an error, into a transaction that will be rolled back, because
        // the ids the upsert returns are how later duplicate SKUs are found.
        const auto id = repository.upsertProduct(product);
        if (!id) {
            errors.add(line, id.error());
            continue;
        }
        if (const auto first = lineOfProduct.constFind(*id); first != lineOfProduct.cend()) {
            errors.add(line, tr("SKU \"%1\" is also on line %2").arg(product.sku, QString::number(*first)));
            continue;
        }
        lineOfProduct.insert(*id, line);
        if (++rows % progressEveryRows == 0 && m_progress)
            m_progress(device.pos(), totalBytes);
    }

    if (errors.any()) {
        transaction.rollback();
        return report;
    }
    if (auto committed = transaction.commit(); !committed) {
        errors.add(0, committed.error());
        return report;
    }
    if (m_progress)
        m_progress(device.pos(), totalBytes);
    report.rowsImported = rows;
    qCInfo(lcStore) << "imported" << rows << "catalog rows";
    return report;
}

} // namespace omnitill
