#pragma once

#include <QLocale>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class CentralClient;
class PullScheduler;

// The back office's "Sync catalog now" (issue 11): a pull of the catalog's changes from the central store
// (products, prices, promotions; PullScheduler::pullCatalogNow) started by hand, followed page by page: which
// kind, how many pages and changes are kept so far. Cancel damages nothing: every page kept stays, with its
// cursor, and the next pull goes on from the page after it. When a scheduled pull is under way already, its
// progress shows instead and Cancel ends it the same way. Says how the pull ended.
class CatalogSyncViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its catalog sync")
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool pulling READ pulling NOTIFY changed)
    Q_PROPERTY(int pages READ pages NOTIFY changed)
    Q_PROPERTY(qint64 changesKept READ changesKept NOTIFY changed)
    Q_PROPERTY(QString progressText READ progressText NOTIFY changed)
    Q_PROPERTY(QString result READ result NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)

public:
    CatalogSyncViewModel(PullScheduler &pulls, const CentralClient &client, QLocale locale, QObject *parent = nullptr);

    // Whether the till is enrolled with a central store to pull from.
    bool available() const;
    bool pulling() const { return m_watching; }
    int pages() const { return m_pages; }
    qint64 changesKept() const { return m_changes; }
    QString progressText() const;
    QString result() const { return m_result; }
    bool failed() const { return m_failed; }

    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void changed();

private:
    void pageKept(const QString &kind, int pages, qint64 changes);
    void roundFinished(int failedKinds);
    [[nodiscard]] static QString kindName(const QString &kind);

    PullScheduler &m_pulls;
    const CentralClient &m_client;
    QLocale m_locale;
    bool m_watching = false;    // a pull of the catalog is under way and shown
    bool m_cancelled = false;   // the manager asked it to stop
    QString m_kind;             // the kind being pulled, as PullScheduler names it
    int m_pages = 0;            // of every kind in this pull
    qint64 m_changes = 0;       // of every kind in this pull
    int m_pagesBefore = 0;      // of the kinds before m_kind in this pull
    qint64 m_changesBefore = 0; // of the kinds before m_kind in this pull
    QString m_result;
    bool m_failed = false;
};

} // namespace omnitill
