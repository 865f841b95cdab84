#include "CsvTable.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QRegularExpression>

namespace omnitill {

QString CsvTable::field(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toString();
    default:
        break;
    }
    QString text = value.toString();
    // An amount in major units ("-19.90") is a number to the spreadsheet, not a formula.
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (number.match(text).hasMatch())
        return text;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray CsvTable::record(const QVariantList &values)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QVariant &value : values)
        fields.append(field(value));
    return (fields.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8();
}

Result<void> CsvTable::write(QIODevice &device, const QAbstractItemModel &model, const QList<CsvColumn> &columns)
{
    const QHash<int, QByteArray> names = model.roleNames();
    QList<int> roles;
    QVariantList header;
    for (const CsvColumn &column : columns) {
        const int role = names.key(column.role, -1);
        if (role < 0)
            return Error{tr("The table has no column \"%1\"").arg(QString::fromUtf8(column.role))};
        roles.append(role);
        header.append(column.header);
    }
    bool written = device.write(byteOrderMark) == 3 && device.write(record(header)) >= 0;
    for (int row = 0; written && row < model.rowCount(); ++row) {
        QVariantList values;
        for (const int role : roles)
            values.append(model.data(model.index(row, 0), role));
        written = device.write(record(values)) >= 0;
    }
    if (!written)
        return Error{tr("The file could not be written: %1").arg(device.errorString())};
    return {};
}

} // namespace omnitill
