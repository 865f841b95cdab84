#pragma once

#include "Currency.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

class QIODevice;

namespace omnitill {

class Database;

// Imports a catalog file into the store database: all of it, or, if any row is wrong, none of it.
//
// The file is UTF-8 CSV (RFC 4180: quoted fields, commas and doubled quotes inside quotes, CRLF or LF
// line ends, an optional byte order mark) whose first line is exactly header():
//     sku,barcodes,name_ko,name_en,category,price,tax_class,unit
// - barcodes: GTINs (8, 12, 13 or 14 digits, check digit verified) separated by '|'; may be empty;
// - name_ko, name_en: at least one of them;
// - price: a decimal in major units of the store currency ("12300" won, "2.49" dollars), not negative;
//   per kilogram when unit is kg;
// - tax_class: the code of a tax class already in the database;
// - unit: each or kg.
//
// The import is an upsert: a SKU already in the database is updated and its barcodes replaced; a
// barcode that belonged to another product moves to the one the file gives it; products absent from
// the file stay. Within the file, a SKU or a barcode may appear only once.
//
// Every row is checked, and every problem reported with the line it starts on, so the file can be
// fixed in one pass. The file is read as a stream in one transaction, so a million rows need neither
// a million products in memory nor a million commits.
class CatalogCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCsvImporter)

public:
    struct RowError
    {
        qint64 line = 0; // 0 when the problem is not on a line, e.g. the file cannot be read
        QString reason;
        // "line 17: price: "12,x" is not an amount in KRW"
        [[nodiscard]] QString toString() const;
    };

    struct Report
    {
        qint64 rowsImported = 0; // 0 unless ok()
        qint64 errorCount = 0;
        QList<RowError> errors; // the first maxReportedErrors of them, in file order
        bool cancelled = false; // stopped by the cancel check: nothing was written
        [[nodiscard]] bool ok() const { return errorCount == 0 && !cancelled; }
    };

    // A file broken on every line would otherwise make a report as large as itself.
    static constexpr qsizetype maxReportedErrors = 1000;

    // Called every few thousand rows and once at the end, with bytes read so far and the file's size
    // (-1 if the device cannot tell, e.g. a socket).
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

    // Asked as often as progress is reported; true stops the import and rolls everything back, as if the file
    // had never been read (the back office's Cancel).
    using CancelCheck = std::function<bool()>;

    CatalogCsvImporter(const Database &database, Currency currency);

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    void setCancelCheck(CancelCheck cancelled) { m_cancelled = std::move(cancelled); }

    [[nodiscard]] Report import(QIODevice &device);
    [[nodiscard]] Report importFile(const QString &path);

    [[nodiscard]] static QString header();

private:
    const Database &m_database;
    Currency m_currency;
    Progress m_progress;
    CancelCheck m_cancelled;
};

} // namespace omnitill
