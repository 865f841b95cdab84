#include "CatalogPager.h"

#include "CatalogRepository.h"
#include "Gtin.h"

namespace omnitill {

CatalogPager::CatalogPager(CatalogRepository &catalog)
    : m_catalog(catalog)
{
}

CatalogPager::CatalogPager(CatalogRepository &catalog, Position from)
    : m_catalog(catalog)
    , m_at(std::move(from))
{
}

void CatalogPager::start(const QString &text)
{
    m_at = Position{text.trimmed(), Part::Barcode, {}, 0};
}

QList<Product> CatalogPager::next(int limit)
{
    QList<Product> page;
    while (page.size() < limit && !m_at.atEnd()) {
        if (m_at.part == Part::Barcode) {
            m_at.part = Part::SkuPrefix;
            if (!Gtin::parse(m_at.text))
                continue;
            if (auto product = m_catalog.findByBarcode(m_at.text)) {
                page.append(std::move(*product));
                m_at.part = Part::Done;
            }
            continue;
        }
        const int wanted = limit - int(page.size());
        const QList<Product> found = m_at.part == Part::SkuPrefix
                                         ? m_catalog.skuPrefixPage(m_at.text, m_at.afterSku, wanted)
                                         : m_catalog.namePage(m_at.text, m_at.afterId, wanted);
        page.append(found);
        if (found.size() == wanted) {
            m_at.afterSku = found.last().sku;
            m_at.afterId = found.last().id;
            continue;
        }
        // This part is exhausted; names are searched only for a text (the SKU part of "" was everything).
        m_at.part = m_at.part == Part::SkuPrefix && !m_at.text.isEmpty() ? Part::Name : Part::Done;
    }
    return page;
}

} // namespace omnitill
