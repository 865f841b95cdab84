#include "CatalogImport.h"

#include "Promotion.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace omnitill::central {

namespace {

ApiError invalid(const QString &message)
{
    return ApiError::badRequest(QStringLiteral("invalid_import"), message);
}

bool isWhole(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger()) && value.toInteger() >= 0;
}

// One CSV line split into fields: commas separate, double quotes enclose, "" inside quotes is a quote.
std::optional<QStringList> csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
            field.append(u'"');
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    if (quoted)
        return std::nullopt;
    fields.append(field);
    return fields;
}

} // namespace

Outcome<CatalogItem> CatalogImport::itemOf(CatalogCollection collection, const QJsonObject &json, const QString &where)
{
    const char *keyField = collection == CatalogCollection::Promotions ? "id" : "sku";
    const QJsonValue key = json.value(QLatin1String(keyField));
    if (!key.isString() || key.toString().trimmed().isEmpty())
        return invalid(tr("%1 has no \"%2\"").arg(where, QLatin1String(keyField)));
    if (json.value(QLatin1String("removed")).toBool())
        return CatalogItem{key.toString(), std::nullopt};
    const QJsonValue price = json.value(QLatin1String("price"));
    if ((collection == CatalogCollection::Prices || !price.isUndefined()) && !isWhole(price))
        return invalid(tr("%1: the price must be a whole number of minor units").arg(where));
    if (collection == CatalogCollection::Promotions &&
        !Promotion::kindFromCode(json.value(QLatin1String("kind")).toString())) {
        return invalid(
            tr("%1: \"%2\" is not a kind of promotion").arg(where, json.value(QLatin1String("kind")).toString()));
    }
    return CatalogItem{key.toString(), json};
}

Outcome<QList<CatalogItem>> CatalogImport::checked(CatalogCollection collection,
                                                   const QList<std::pair<QJsonObject, QString>> &rows)
{
    QList<CatalogItem> items;
    items.reserve(rows.size());
    QSet<QString> keys;
    for (const auto &[json, where] : rows) {
        auto item = itemOf(collection, json, where);
        if (!item)
            return item.error();
        if (keys.contains(item->key))
            return invalid(tr("%1 repeats %2").arg(where, item->key));
        keys.insert(item->key);
        items.append(std::move(item).value());
    }
    return items;
}

Outcome<QList<CatalogItem>> CatalogImport::fromJson(CatalogCollection collection, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(tr("The file is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    const QJsonArray list =
        document.isArray() ? document.array() : document.object().value(QLatin1String("items")).toArray();
    QList<std::pair<QJsonObject, QString>> rows;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isObject())
            return invalid(tr("Item %1 is not an object").arg(i + 1));
        rows.append({list[i].toObject(), tr("Item %1").arg(i + 1)});
    }
    return checked(collection, rows);
}

Outcome<QList<CatalogItem>> CatalogImport::fromCsv(CatalogCollection collection, const QByteArray &csv)
{
    static const QSet<QString> wholeColumns{QStringLiteral("price"), QStringLiteral("value"),
                                            QStringLiteral("threshold"), QStringLiteral("buy"), QStringLiteral("get")};
    const QStringList lines = QString::fromUtf8(csv).split(u'\n');
    const auto header = csvFields(lines.value(0).trimmed());
    if (!header || header->join(QString()).isEmpty())
        return invalid(tr("The CSV file has no header row"));
    QList<std::pair<QJsonObject, QString>> rows;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QString line = lines[n].trimmed();
        if (line.isEmpty())
            continue;
        const QString where = tr("Line %1").arg(n + 1);
        const auto fields = csvFields(line);
        if (!fields || fields->size() != header->size())
            return invalid(
                tr("%1 has %2 fields, the header %3").arg(where).arg(fields ? fields->size() : 0).arg(header->size()));
        QJsonObject json;
        for (qsizetype i = 0; i < header->size(); ++i) {
            const QString &name = header->at(i);
            const QString &text = fields->at(i);
            if (text.isEmpty())
                continue;
            bool number = false;
            const qint64 whole = text.toLongLong(&number);
            if (wholeColumns.contains(name) && !number)
                return invalid(tr("%1: %2 must be a whole number, not \"%3\"").arg(where, name, text));
            json.insert(name, wholeColumns.contains(name) ? QJsonValue(whole) : QJsonValue(text));
        }
        rows.append({json, where});
    }
    return checked(collection, rows);
}

Outcome<QList<CatalogItem>> CatalogImport::fromFile(CatalogCollection collection, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray content = file.readAll();
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return fromCsv(collection, content);
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return fromJson(collection, content);
    return invalid(tr("Import a .json or a .csv file, not %1").arg(path));
}

} // namespace omnitill::central
