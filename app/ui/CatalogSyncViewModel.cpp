#include "CatalogSyncViewModel.h"

#include "CentralClient.h"
#include "PullScheduler.h"

namespace omnitill {

CatalogSyncViewModel::CatalogSyncViewModel(PullScheduler &pulls, const CentralClient &client, QLocale locale,
                                           QObject *parent)
    : QObject(parent)
    , m_pulls(pulls)
    , m_client(client)
    , m_locale(std::move(locale))
{
    connect(&m_pulls, &PullScheduler::catalogPageKept, this, &CatalogSyncViewModel::pageKept);
    connect(&m_pulls, &PullScheduler::roundFinished, this, &CatalogSyncViewModel::roundFinished);
}

bool CatalogSyncViewModel::available() const
{
    return m_client.hasCredential();
}

QString CatalogSyncViewModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("products"))
        return tr("products");
    if (kind == QLatin1String("prices"))
        return tr("prices");
    return tr("promotions");
}

QString CatalogSyncViewModel::progressText() const
{
    if (!m_watching)
        return {};
    if (m_kind.isEmpty())
        return tr("Asking the central store for the catalog's changes…");
    return tr("Now %1. So far %2 pages, %3 changes kept.")
        .arg(kindName(m_kind), m_locale.toString(m_pages), m_locale.toString(m_changes));
}

void CatalogSyncViewModel::syncNow()
{
    if (m_watching)
        return;
    if (!available()) {
        m_failed = true;
        m_result = tr("This till is not enrolled with a central store: there is nothing to pull from.");
        Q_EMIT changed();
        return;
    }
    m_kind.clear();
    m_pages = m_pagesBefore = 0;
    m_changes = m_changesBefore = 0;
    m_cancelled = false;
    m_failed = false;
    // A scheduled round under way pulls the catalog too: its pages show here as they come.
    m_result = m_pulls.pullCatalogNow() ? QString() : tr("A pull was under way already; it is shown here.");
    m_watching = m_pulls.pulling();
    Q_EMIT changed();
}

void CatalogSyncViewModel::cancel()
{
    if (!m_watching)
        return;
    m_cancelled = true;
    m_pulls.cancel();
}

void CatalogSyncViewModel::pageKept(const QString &kind, int pages, qint64 changes)
{
    if (kind != m_kind) {
        m_pagesBefore = m_pages;
        m_changesBefore = m_changes;
        m_kind = kind;
    }
    m_pages = m_pagesBefore + pages;
    m_changes = m_changesBefore + changes;
    Q_EMIT changed();
}

void CatalogSyncViewModel::roundFinished(int failedKinds)
{
    if (!m_watching)
        return;
    m_watching = false;
    const QString pages = m_locale.toString(m_pages);
    const QString changes = m_locale.toString(m_changes);
    m_failed = failedKinds > 0;
    if (m_failed)
        m_result = tr("The catalog pull failed after %1 pages (%2 changes kept); the table below says why.")
                       .arg(pages, changes);
    else if (m_cancelled)
        m_result =
            tr("Cancelled after %1 pages: %2 changes kept. The next pull goes on from there.").arg(pages, changes);
    else
        m_result = tr("The catalog is up to date: %1 pages, %2 changes applied.").arg(pages, changes);
    Q_EMIT changed();
}

} // namespace omnitill
