#pragma once

#include "Result.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <functional>
#include <memory>
#include <type_traits>

struct sqlite3;

namespace omnitill {

class Database;

// Reads the store off the screen's thread, so a read that must go through a year of sales or a million
// product names never freezes the screen: one thread with its own connection to the store file (WAL lets
// the till keep writing meanwhile), reads run one at a time in the order asked.
//
// Reads are asked in lanes (one per screen list, say). A newer read in a lane supersedes the older ones:
// their answers are never delivered, one not yet started never starts, and one still running is
// interrupted (sqlite3_interrupt), so the newer read does not wait behind it. Nothing a read does is
// undone by that: reads only read.
class StoreReader : public QObject
{
    Q_OBJECT

public:
    explicit StoreReader(QString databasePath, QObject *parent = nullptr);
    ~StoreReader() override;

    // Runs read(const Database &) on the reader's thread, then done(answer) on this object's thread, unless
    // superseded. The answer is a Result<T>: when the store file cannot be opened, done gets its error.
    // read must not keep the Database, nor anything made on it, beyond its return.
    template <typename Read, typename Done>
    void read(int lane, Read read, Done done)
    {
        using Answer = std::invoke_result_t<Read &, const Database &>;
        post(lane, [read = std::move(read), done = std::move(done)](const Database *database,
                                                                   const QString &openError) mutable {
            auto answer = std::make_shared<Answer>(database ? read(*database) : Answer(Error{openError}));
            return std::function<void()>([done, answer] { done(*answer); });
        });
    }

    // A lane of its own for each asker, so two screens never supersede each other's reads.
    [[nodiscard]] int newLane() { return m_lanes++; }
    // Supersedes every read asked in this lane, for an asker that has its answer some other way now.
    void cancel(int lane);
    // Whether a read in this lane was asked and is not answered yet.
    [[nodiscard]] bool busy(int lane) const;

private:
    using Job = std::function<std::function<void()>(const Database *database, const QString &openError)>;

    void post(int lane, Job job);
    void run(int lane, quint64 ticket, const Job &job);
    [[nodiscard]] bool current(int lane, quint64 ticket) const;

    QString m_databasePath;
    int m_lanes = 0;
    QThread m_thread;
    QObject m_onThread; // lives on m_thread: the reads are its queued calls
    // Only touched on m_thread.
    std::unique_ptr<Database> m_database;

    mutable QMutex m_mutex; // guards what both threads touch below
    QHash<int, quint64> m_latest;   // the newest ticket asked in each lane
    QHash<int, quint64> m_answered; // the newest ticket answered in each lane
    int m_runningLane = -1;
    sqlite3 *m_handle = nullptr;
};

} // namespace omnitill
