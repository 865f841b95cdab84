#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

class QAbstractItemModel;
class QIODevice;

namespace omnitill {

// One column of an exported table: the model's role it reads and the header a person reads.
struct CsvColumn
{
    QByteArray role; // a role name of the model ("total", "staff")
    QString header;
};

// Writes a table view's model as CSV the way spreadsheets open it: RFC 4180 quoting, CRLF line ends, UTF-8 with
// a byte order mark (without it Excel reads Korean as mojibake). Numbers, and texts that are plain decimals like
// an amount in major units ("-19.90"), are written as numbers; another text cell
// that a spreadsheet would run as a formula (starting with = + - @ or a tab) is prefixed with an apostrophe, so
// a customer's name cannot become a formula on the manager's PC.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    [[nodiscard]] static Result<void> write(QIODevice &device, const QAbstractItemModel &model,
                                            const QList<CsvColumn> &columns);
    [[nodiscard]] static QString field(const QVariant &value);
    // One line of the file: each value as field() writes it, comma-separated, CRLF-ended, in UTF-8. For an export
    // that streams its rows itself (CatalogExport) rather than from a model.
    [[nodiscard]] static QByteArray record(const QVariantList &values);
    // What a file starts with, so a spreadsheet reads it as UTF-8.
    static constexpr char byteOrderMark[] = "\xEF\xBB\xBF";
};

} // namespace omnitill
