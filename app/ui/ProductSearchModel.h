#pragma once

#include "Product.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace omnitill {

class CatalogRepository;
class StoreReader;

// The products the cashier can tap: the store's favourites when nothing is asked, a search (name in
// Korean or English, Korean initials like ㅅㄹㅇ, SKU prefix) or one category's page. At most a page of
// rows is held, so it stays light on a catalog of a million products. A search is read off the screen's thread
// (a StoreReader): a name nothing matches reads every name, and the next key typed stops that read, so typing never
// waits for it. Favourites and a category are index reads, shown at once.
class ProductSearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its product search")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY categoryChanged)
    Q_PROPERTY(QStringList categories READ categories CONSTANT)
    // A search is being read; the rows are the last one's until it comes.
    Q_PROPERTY(bool searching READ searching NOTIFY searchingChanged)

public:
    enum Role { SkuRole = Qt::UserRole + 1, NameRole, PriceRole, WeighedRole };
    Q_ENUM(Role)

    static constexpr int pageSize = 60;

    ProductSearchModel(CatalogRepository &catalog, StoreReader &reader, QStringList favouriteSkus,
                       QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString category() const { return m_category; }
    void setCategory(const QString &category);
    QStringList categories() const { return m_categories; }
    bool searching() const { return m_searching; }
    // A category's name for the screen. The catalog has codes only so far ("drinks"); the names of the
    // demo stores' categories are translated here until the catalog carries names of its own.
    Q_INVOKABLE QString categoryName(const QString &code) const;

    // The display settings: product names in this language, prices in this currency and locale.
    void setPresentation(const QString &language, std::function<QString(qint64)> formatMoney);
    std::optional<Product> product(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void queryChanged();
    void categoryChanged();
    void searchingChanged();

private:
    void reload();
    void show(QList<Product> products);
    void setSearching(bool searching);

    CatalogRepository &m_catalog;
    StoreReader &m_reader;
    const int m_lane;
    bool m_searching = false;
    QStringList m_favouriteSkus;
    QStringList m_categories;
    QString m_query;
    QString m_category;
    QString m_language = QStringLiteral("ko");
    std::function<QString(qint64)> m_formatMoney;
    QList<Product> m_products;
};

} // namespace omnitill
