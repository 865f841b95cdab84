#include "CatalogPager.h"

#include "CatalogRepository.h"
#include "Gtin.h"

namespace omnitill {

CatalogPager::CatalogPager(CatalogRepository &catalog)
    : m_catalog(catalog)
{
}

void CatalogPager::start(const QString &text)
{
    m_text = text.trimmed();
    m_part = Part::Barcode;
    m_afterSku.clear();
    m_afterId = 0;
}

QList<Product> CatalogPager::next(int limit)
{
    QList<Product> page;
    while (page.size() < limit && m_part != Part::Done) {
        if (m_part == Part::Barcode) {
            m_part = Part::SkuPrefix;
            if (!Gtin::parse(m_text))
                continue;
            if (auto product = m_catalog.findByBarcode(m_text)) {
                page.append(std::move(*product));
                m_part = Part::Done;
            }
            continue;
        }
        const int wanted = limit - int(page.size());
        const QList<Product> found = m_part == Part::SkuPrefix ? m_catalog.skuPrefixPage(m_text, m_afterSku, wanted)
                                                               : m_catalog.namePage(m_text, m_afterId, wanted);
        page.append(found);
        if (found.size() == wanted) {
            m_afterSku = found.last().sku;
            m_afterId = found.last().id;
            continue;
        }
        // This part is exhausted; names are searched only for a text (the SKU part of "" was everything).
        m_part = m_part == Part::SkuPrefix && !m_text.isEmpty() ? Part::Name : Part::Done;
    }
    return page;
}

} // namespace omnitill
