#include "StoreReader.h"

#include "Database.h"

#include <QSqlDriver>
#include <sqlite3.h>

namespace omnitill {

namespace {
sqlite3 *sqliteHandle(const Database &database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
} // namespace

StoreReader::StoreReader(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
    m_thread.setObjectName(QStringLiteral("StoreReader"));
    m_onThread.moveToThread(&m_thread);
    // The connection closes on the thread that opened it.
    connect(
        &m_thread, &QThread::finished, &m_onThread,
        [this] {
            const QMutexLocker lock(&m_mutex);
            m_handle = nullptr;
            m_database.reset();
        },
        Qt::DirectConnection);
    m_thread.start();
}

StoreReader::~StoreReader()
{
    {
        const QMutexLocker lock(&m_mutex);
        for (auto it = m_latest.begin(); it != m_latest.end(); ++it)
            ++it.value(); // nothing asked before now is delivered or started
        if (m_runningLane >= 0 && m_handle)
            sqlite3_interrupt(m_handle);
    }
    m_thread.quit();
    m_thread.wait();
}

bool StoreReader::busy(int lane) const
{
    const QMutexLocker lock(&m_mutex);
    return m_latest.value(lane) != m_answered.value(lane);
}

void StoreReader::cancel(int lane)
{
    const QMutexLocker lock(&m_mutex);
    m_answered[lane] = ++m_latest[lane];
    if (m_runningLane == lane && m_handle)
        sqlite3_interrupt(m_handle);
}

void StoreReader::post(int lane, Job job)
{
    quint64 ticket = 0;
    {
        const QMutexLocker lock(&m_mutex);
        ticket = ++m_latest[lane];
        // Under the lock, so the statement interrupted is this lane's and not the next read's.
        if (m_runningLane == lane && m_handle)
            sqlite3_interrupt(m_handle);
    }
    QMetaObject::invokeMethod(
        &m_onThread, [this, lane, ticket, job = std::move(job)] { run(lane, ticket, job); }, Qt::QueuedConnection);
}

void StoreReader::run(int lane, quint64 ticket, const Job &job)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (m_latest.value(lane) != ticket)
            return;
        m_runningLane = lane;
    }
    QString openError;
    if (!m_database) {
        // A second connection to a file the till already checked: the schema is enough.
        auto opened = Database::open(m_databasePath, Database::IntegrityCheck::Schema);
        if (opened) {
            m_database = std::move(*opened);
            const QMutexLocker lock(&m_mutex);
            m_handle = sqliteHandle(*m_database);
        } else {
            openError = opened.error();
        }
    }
    {
        // Opening reads the WAL's index, which takes a while after a large import: a read superseded meanwhile
        // (when there was no statement to interrupt) does not start.
        const QMutexLocker lock(&m_mutex);
        if (m_latest.value(lane) != ticket) {
            m_runningLane = -1;
            return;
        }
    }
    std::function<void()> deliver = job(m_database.get(), openError);
    {
        const QMutexLocker lock(&m_mutex);
        m_runningLane = -1;
    }
    QMetaObject::invokeMethod(
        this,
        [this, lane, ticket, deliver = std::move(deliver)] {
            if (!current(lane, ticket))
                return;
            {
                const QMutexLocker lock(&m_mutex);
                m_answered[lane] = ticket;
            }
            deliver();
        },
        Qt::QueuedConnection);
}

bool StoreReader::current(int lane, quint64 ticket) const
{
    const QMutexLocker lock(&m_mutex);
    return m_latest.value(lane) == ticket;
}

} // namespace omnitill
