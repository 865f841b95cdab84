#pragma once

#include "SaleJournal.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>

namespace omnitill {

// Checks the whole journal's hash chain off the screen's thread, with progress and a cancel that damages
// nothing (the check only reads). It reads through a connection of its own to the store file, since a
// connection must stay on the thread that opened it; WAL lets the till keep selling meanwhile. One check
// at a time: start() while one runs does nothing.
class JournalVerifier : public QObject
{
    Q_OBJECT

public:
    explicit JournalVerifier(QString databasePath, QObject *parent = nullptr);
    ~JournalVerifier() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // Entries checked so far and how many there were when the check began.
    qint64 checked() const { return m_checked; }
    qint64 total() const { return m_total; }

    void start();
    void cancel();

Q_SIGNALS:
    void progressed();
    // reason is set when the store file could not be opened (firstBrokenSequence is -1 then).
    void finished(const omnitill::JournalVerification &result);

private:
    QString m_databasePath;
    QFutureWatcher<JournalVerification> m_watcher;
    qint64 m_checked = 0;
    std::atomic<qint64> m_total = 0; // set by the worker
};

} // namespace omnitill
