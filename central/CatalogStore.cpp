#include "CatalogStore.h"

#include "AuditLog.h"
#include "ConnectionPool.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QSet>
#include <array>

namespace omnitill::central {

namespace {

// The advisory lock imports take turns under on PostgreSQL, released with the transaction.
constexpr qint64 importLockKey = 0x0C47A106;

struct CollectionCode
{
    CatalogCollection collection;
    const char *code;
};
constexpr std::array collectionCodes{
    CollectionCode{CatalogCollection::Products, "products"},
    CollectionCode{CatalogCollection::Prices, "prices"},
    CollectionCode{CatalogCollection::Promotions, "promotions"},
};

QString bodyText(const QJsonObject &body)
{
    // QJsonObject keeps its keys sorted: the same item always gives the same text, so "unchanged" is a
    // text comparison in the database.
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// Rows of (item_key, body, version) as items.
QList<VersionedItem> itemsOf(QSqlQuery &row)
{
    QList<VersionedItem> items;
    while (row.next()) {
        VersionedItem item{row.value(0).toString(), row.value(2).toLongLong(), std::nullopt};
        if (!row.value(1).isNull())
            item.body = QJsonDocument::fromJson(row.value(1).toByteArray()).object();
        items.append(std::move(item));
    }
    return items;
}

} // namespace

QString collectionCode(CatalogCollection collection)
{
    for (const CollectionCode &known : collectionCodes) {
        if (known.collection == collection)
            return QLatin1String(known.code);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<CatalogCollection> collectionFromCode(const QString &code)
{
    for (const CollectionCode &known : collectionCodes) {
        if (code == QLatin1String(known.code))
            return known.collection;
    }
    return std::nullopt;
}

QJsonObject VersionedItem::toJson() const
{
    QJsonObject json{{QLatin1String("key"), key}, {QLatin1String("version"), version}};
    if (body)
        json.insert(QLatin1String("item"), *body);
    else
        json.insert(QLatin1String("removed"), true);
    return json;
}

CatalogStore::CatalogStore(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<CatalogImportSummary> CatalogStore::import(CatalogCollection collection, const QList<CatalogItem> &items,
                                                   bool replace, const QString &source)
{
    const QString code = collectionCode(collection);
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    // One import at a time on PostgreSQL too (SQLite's BEGIN IMMEDIATE already is): a version that commits
    // after a higher one could be missed by a till that synced in between.
    if (transaction.dialect() == Dialect::Postgres) {
        if (auto locked = transaction.run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {importLockKey}); !locked)
            return locked.error();
    }
    auto latest = transaction.run(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM catalog_versions"));
    if (!latest)
        return latest.error();
    QSqlQuery latestRow = std::move(latest).value();
    latestRow.next();
    const qint64 current = latestRow.value(0).toLongLong();
    const qint64 version = current + 1;
    auto opened = transaction.run(QStringLiteral("INSERT INTO catalog_versions (version, collection, source, changed, "
                                                 "created_at) VALUES (?, ?, ?, 0, ?)"),
                                  {version, code, source, sqlTime(QDateTime::currentDateTimeUtc())});
    if (!opened)
        return opened.error();

    const QString distinct =
        transaction.dialect() == Dialect::Postgres ? QStringLiteral("IS DISTINCT FROM") : QStringLiteral("IS NOT");
    auto upsert = transaction.prepare(
        QStringLiteral("INSERT INTO catalog_items (collection, item_key, body, version) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (collection, item_key) DO UPDATE SET body = excluded.body, version = "
                       "excluded.version WHERE catalog_items.body %1 excluded.body")
            .arg(distinct));
    // Only what is there can be removed: a removal of an unknown key leaves no tombstone.
    auto remove = transaction.prepare(QStringLiteral("UPDATE catalog_items SET body = NULL, version = ? "
                                                     "WHERE collection = ? AND item_key = ? AND body IS NOT NULL"));
    if (!upsert)
        return upsert.error();
    if (!remove)
        return remove.error();
    QSqlQuery upserting = std::move(upsert).value();
    QSqlQuery removing = std::move(remove).value();
    CatalogImportSummary summary{version, 0, 0};
    const auto removeItem = [&](const QString &key) -> Outcome<void> {
        if (auto done = Transaction::execute(removing, {version, code, key}); !done)
            return done;
        summary.removed += removing.numRowsAffected() == 1;
        return {};
    };
    QSet<QString> present;
    for (const CatalogItem &item : items) {
        if (replace)
            present.insert(item.key);
        if (!item.body) {
            if (auto done = removeItem(item.key); !done)
                return done.error();
            continue;
        }
        if (auto done = Transaction::execute(upserting, {code, item.key, bodyText(*item.body), version}); !done)
            return done.error();
        summary.changed += upserting.numRowsAffected() == 1;
    }
    if (replace) {
        auto existing = transaction.run(
            QStringLiteral("SELECT item_key FROM catalog_items WHERE collection = ? AND body IS NOT NULL"), {code});
        if (!existing)
            return existing.error();
        QSqlQuery keys = std::move(existing).value();
        QStringList absent;
        while (keys.next()) {
            if (!present.contains(keys.value(0).toString()))
                absent.append(keys.value(0).toString());
        }
        for (const QString &key : std::as_const(absent)) {
            if (auto done = removeItem(key); !done)
                return done.error();
        }
    }
    if (summary.changed + summary.removed == 0)
        return CatalogImportSummary{current, 0, 0}; // nothing changed: no version, the transaction rolls back
    auto counted = transaction.run(QStringLiteral("UPDATE catalog_versions SET changed = ? WHERE version = ?"),
                                   {summary.changed + summary.removed, version});
    if (!counted)
        return counted.error();
    if (auto audited = AuditLog::record(transaction, QStringLiteral("admin"), QStringLiteral("catalog.imported"), code,
                                        QStringLiteral("version %1 from %2").arg(version).arg(source));
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

Outcome<qint64> CatalogStore::currentVersion()
{
    auto query = runQuery(m_pool, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM catalog_versions"));
    if (!query)
        return query.error();
    QSqlQuery row = std::move(query).value();
    if (!row.next())
        return ApiError::internal(QStringLiteral("no catalog version row"));
    return row.value(0).toLongLong();
}

Outcome<CatalogPage> CatalogStore::snapshot(CatalogCollection collection, const QString &after, int limit)
{
    // The version first: items read after it are at least as new, never older.
    auto version = currentVersion();
    if (!version)
        return version.error();
    return readPage(*version, QStringLiteral("item_key > ? AND body IS NOT NULL ORDER BY item_key"),
                    {collectionCode(collection), after}, limit, [](const VersionedItem &last) { return last.key; });
}

Outcome<CatalogPage> CatalogStore::changes(CatalogCollection collection, qint64 since, const QString &cursor, int limit)
{
    auto version = currentVersion();
    if (!version)
        return version.error();
    if (since < 0 || since > *version) {
        return ApiError::conflict(
            QStringLiteral("unknown_version"),
            tr("The catalog is at version %1 and knows no version %2: take a full snapshot").arg(*version).arg(since));
    }
    // The cursor "<version>:<key>" is the last item sent; without one, start after `since`.
    qint64 afterVersion = since + 1;
    QString afterKey;
    if (!cursor.isEmpty()) {
        bool number = false;
        afterVersion = cursor.section(u':', 0, 0).toLongLong(&number);
        afterKey = cursor.section(u':', 1);
        if (!number || afterVersion <= since || afterKey.isEmpty())
            return ApiError::badRequest(QStringLiteral("invalid_cursor"), tr("This is not a cursor of these changes"));
    }
    return readPage(*version,
                    QStringLiteral("version >= ? AND (version > ? OR item_key > ?) ORDER BY version, item_key"),
                    {collectionCode(collection), afterVersion, afterVersion, afterKey}, limit,
                    [](const VersionedItem &last) { return QStringLiteral("%1:%2").arg(last.version).arg(last.key); });
}

Outcome<CatalogPage> CatalogStore::readPage(qint64 version, const QString &condition, const QVariantList &values,
                                            int limit, const std::function<QString(const VersionedItem &)> &cursorOf)
{
    // One row more than the page, to know whether another page follows.
    const int pageSize = qBound(1, limit, maximumPageSize);
    auto query = runQuery(m_pool,
                          QStringLiteral("SELECT item_key, body, version FROM catalog_items WHERE collection = ? "
                                         "AND %1 LIMIT %2")
                              .arg(condition)
                              .arg(pageSize + 1),
                          values);
    if (!query)
        return query.error();
    QSqlQuery rows = std::move(query).value();
    CatalogPage page{version, itemsOf(rows), {}};
    if (page.items.size() > pageSize) {
        page.items.removeLast();
        page.next = cursorOf(page.items.last());
    }
    return page;
}

} // namespace omnitill::central
