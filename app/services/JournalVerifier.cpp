#include "JournalVerifier.h"

#include "Database.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <limits>

namespace omnitill {

JournalVerifier::JournalVerifier(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
    connect(&m_watcher, &QFutureWatcher<JournalVerification>::progressValueChanged, this, [this](int value) {
        m_checked = value;
        Q_EMIT progressed();
    });
    connect(&m_watcher, &QFutureWatcher<JournalVerification>::finished, this, [this] {
        const QFuture<JournalVerification> future = m_watcher.future();
        JournalVerification result;
        if (future.resultCount() > 0) {
            result = future.result();
        } else { // a cancelled future keeps no result: what is known is the progress heard
            result.cancelled = true;
            result.checked = m_checked;
        }
        m_checked = result.checked;
        Q_EMIT finished(result);
    });
}

JournalVerifier::~JournalVerifier()
{
    cancel();
    m_watcher.waitForFinished();
}

void JournalVerifier::start()
{
    if (m_watcher.isRunning())
        return;
    m_checked = 0;
    m_total = 0;
    m_watcher.setFuture(QtConcurrent::run([path = m_databasePath, this](QPromise<JournalVerification> &promise) {
        JournalVerification result;
        // Its own connection, no integrity scan: the store the till runs on was checked when it opened.
        auto opened = Database::open(path, Database::IntegrityCheck::Schema);
        if (!opened) {
            result.firstBrokenSequence = -1;
            result.reason = opened.error();
            promise.addResult(result);
            return;
        }
        const SaleJournal journal(**opened);
        m_total = journal.lastSequence();
        // Progress counts entries; QFuture's progress is an int, which a journal outgrows only after two
        // billion receipts.
        promise.setProgressRange(0, int(qMin<qint64>(m_total, std::numeric_limits<int>::max())));
        result = journal.verify([&promise](qint64 checked) {
            promise.setProgressValue(int(qMin<qint64>(checked, std::numeric_limits<int>::max())));
            return !promise.isCanceled();
        });
        promise.addResult(result);
    }));
}

void JournalVerifier::cancel()
{
    m_watcher.cancel();
}

} // namespace omnitill
