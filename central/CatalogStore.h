#pragma once

#include "ApiError.h"

#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

namespace omnitill::central {

class ConnectionPool;

// The three sets a till syncs: products, the price book and promotions. Each item has a key (a product's or
// price's SKU, a promotion's id) and a JSON body the till reads.
enum class CatalogCollection { Products, Prices, Promotions };

[[nodiscard]] QString collectionCode(CatalogCollection collection);
[[nodiscard]] std::optional<CatalogCollection> collectionFromCode(const QString &code);

struct CatalogItem
{
    QString key;
    std::optional<QJsonObject> body; // nothing: the item is removed
};

// An item as the central store holds it: with the version that last changed it.
struct VersionedItem
{
    QString key;
    qint64 version = 0;
    std::optional<QJsonObject> body; // nothing: removed at that version

    [[nodiscard]] QJsonObject toJson() const;
};

// One page of a snapshot or of changes. version is the catalog's version when the page was read; next is
// the cursor of the following page, empty on the last.
struct CatalogPage
{
    qint64 version = 0;
    QList<VersionedItem> items;
    QString next;
};

struct CatalogImportSummary
{
    qint64 version = 0; // the new version, or the unchanged current one when nothing changed
    int changed = 0;
    int removed = 0;
};

// The versioned catalog. An import is one transaction that takes the next version (imports take turns, so
// versions commit in order) and stamps it on every item whose body it changes or that it removes; an item
// imported unchanged keeps its version, and an import that changes nothing makes no version. Removed items
// stay as tombstones, so changes since any version include removals.
//
// Reading is by pages in key order (snapshot) or in (version, key) order (changes), each page one indexed
// range query, so a catalog of a million products is never held in memory. A till keeps the version of the
// first snapshot page and then asks for changes since it: what changed while it paged comes again, which
// is harmless because applying an item twice is applying it once.
class CatalogStore
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStore)

public:
    static constexpr int defaultPageSize = 1000;
    static constexpr int maximumPageSize = 5000;

    explicit CatalogStore(ConnectionPool &pool);

    // replace: the items are the whole collection; anything else in it is removed.
    [[nodiscard]] Outcome<CatalogImportSummary> import(CatalogCollection collection, const QList<CatalogItem> &items,
                                                       bool replace, const QString &source);
    [[nodiscard]] Outcome<qint64> currentVersion();
    // The items present now, keys after `after`.
    [[nodiscard]] Outcome<CatalogPage> snapshot(CatalogCollection collection, const QString &after, int limit);
    // What changed after version `since`, removals included; cursor is a page's `next`. A version above the
    // current one is refused (409 unknown_version): the till's catalog is not this one, it needs a snapshot.
    [[nodiscard]] Outcome<CatalogPage> changes(CatalogCollection collection, qint64 since, const QString &cursor,
                                               int limit);

private:
    // Items of the collection (the first value) matching condition, which ends in its ORDER BY; cursorOf
    // makes the next page's cursor of the last item.
    [[nodiscard]] Outcome<CatalogPage> readPage(qint64 version, const QString &condition, const QVariantList &values,
                                                int limit,
                                                const std::function<QString(const VersionedItem &)> &cursorOf);

    ConnectionPool &m_pool;
};

} // namespace omnitill::central
