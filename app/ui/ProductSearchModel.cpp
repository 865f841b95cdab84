#include "ProductSearchModel.h"

#include "CatalogRepository.h"
#include "Database.h"
#include "StoreReader.h"

namespace omnitill {

ProductSearchModel::ProductSearchModel(CatalogRepository &catalog, StoreReader &reader, QStringList favouriteSkus,
                                       QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
    , m_reader(reader)
    , m_lane(reader.newLane())
    , m_favouriteSkus(std::move(favouriteSkus))
    , m_categories(catalog.categories())
    , m_formatMoney([](qint64 minor) { return QString::number(minor); })
{
    reload();
}

void ProductSearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    reload();
}

void ProductSearchModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    Q_EMIT categoryChanged();
    reload();
}

void ProductSearchModel::setPresentation(const QString &language, std::function<QString(qint64)> formatMoney)
{
    m_language = language;
    m_formatMoney = std::move(formatMoney);
    if (!m_products.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_products.size()) - 1), {NameRole, PriceRole});
}

void ProductSearchModel::reload()
{
    if (!m_query.trimmed().isEmpty()) {
        setSearching(true);
        m_reader.read(
            m_lane,
            [query = m_query](const Database &database) {
                return Result<QList<Product>>(CatalogRepository(database).search(query, pageSize));
            },
            [this](const Result<QList<Product>> &found) {
                setSearching(false);
                show(found ? *found : QList<Product>());
            });
        return;
    }
    m_reader.cancel(m_lane); // a search still being read is not wanted any more
    setSearching(false);
    QList<Product> products;
    if (!m_category.isEmpty()) {
        products = m_catalog.productsInCategory(m_category, pageSize);
    } else {
        for (const QString &sku : std::as_const(m_favouriteSkus)) {
            if (auto favourite = m_catalog.findBySku(sku))
                products.append(*favourite);
        }
    }
    show(std::move(products));
}

void ProductSearchModel::show(QList<Product> products)
{
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

void ProductSearchModel::setSearching(bool searching)
{
    if (m_searching == searching)
        return;
    m_searching = searching;
    Q_EMIT searchingChanged();
}

QString ProductSearchModel::categoryName(const QString &code) const
{
    static const std::pair<const char *, const char *> names[] = {
        {"tops", QT_TR_NOOP("Tops")},           {"bottoms", QT_TR_NOOP("Bottoms")},
        {"outerwear", QT_TR_NOOP("Outerwear")}, {"shoes", QT_TR_NOOP("Shoes")},
        {"bags", QT_TR_NOOP("Bags")},           {"accessories", QT_TR_NOOP("Accessories")},
        {"beauty", QT_TR_NOOP("Beauty")},       {"home", QT_TR_NOOP("Home")},
        {"snacks", QT_TR_NOOP("Snacks")},       {"food", QT_TR_NOOP("Food")},
        {"drinks", QT_TR_NOOP("Drinks")},       {"fresh", QT_TR_NOOP("Fresh")},
        {"deli", QT_TR_NOOP("Deli")},
    };
    for (const auto &[known, name] : names) {
        if (code == QLatin1String(known))
            return tr(name);
    }
    return code;
}

std::optional<Product> ProductSearchModel::product(int row) const
{
    if (row < 0 || row >= m_products.size())
        return std::nullopt;
    return m_products.at(row);
}

int ProductSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

QVariant ProductSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &product = m_products.at(index.row());
    switch (role) {
    case SkuRole:
        return product.sku;
    case Qt::DisplayRole:
    case NameRole:
        return product.name(m_language);
    case PriceRole:
        return product.unit == Unit::Kilogram ? tr("%1/kg").arg(m_formatMoney(product.unitPriceMinor))
                                              : m_formatMoney(product.unitPriceMinor);
    case WeighedRole:
        return product.unit == Unit::Kilogram;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProductSearchModel::roleNames() const
{
    return {{SkuRole, "sku"}, {NameRole, "name"}, {PriceRole, "price"}, {WeighedRole, "weighed"}};
}

} // namespace omnitill
