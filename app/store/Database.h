#pragma once

#include "Result.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <memory>

namespace omnitill {

// The store module's logging category, "omnitill.store"; every class in app/store logs through it.
Q_DECLARE_LOGGING_CATEGORY(lcStore)

// One open connection to the till's SQLite file, set up the way the store relies on: WAL journal,
// synchronous=FULL (a committed sale survives a power cut), foreign keys enforced, and a busy timeout
// so a second connection waits for a writer instead of failing at once.
//
// open() refuses a file that is not a SQLite database or whose structure is damaged, and writes nothing
// to it: the store never "repairs" a file by overwriting it. It does not create or migrate tables;
// that is SchemaManager's job.
//
// Each Database has its own QSqlDatabase connection name, so several can be open at once (one per
// thread; a connection must only be used on the thread that opened it). Repositories and Transactions
// hold queries on the connection and must be destroyed before the Database.
class Database
{
public:
    // How much of the file open() reads before trusting it.
    enum class IntegrityCheck {
        // The header and the schema: catches "not a database" and a damaged first page. Reads a few
        // pages, whatever the size of the file: for a second connection to a file already checked.
        Schema,
        // Schema, then PRAGMA quick_check, which reads every page: 0.4 s for 1,000,000 products.
        Full,
    };

    // PRAGMA application_id of every Omnitill store ("OMNT"), set by the first migration.
    static constexpr qint64 applicationId = 0x4F4D4E54;

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path,
                                                                IntegrityCheck check = IntegrityCheck::Full);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&) = delete;
    Database &operator=(Database &&) = delete;

    [[nodiscard]] QSqlDatabase connection() const { return m_connection; }
    [[nodiscard]] QString path() const { return m_path; }

    // Runs one SQL statement that returns no rows.
    [[nodiscard]] Result<void> exec(const QString &sql) const;
    // Runs one SQL statement and returns the first column of its first row (a null QVariant if there
    // is no row), e.g. for PRAGMA user_version.
    [[nodiscard]] Result<QVariant> queryValue(const QString &sql) const;
    // PRAGMA quick_check: every page is read and the b-trees are verified. The reason names the damage.
    [[nodiscard]] Result<void> checkIntegrity() const;

private:
    Database(QString path, QString connectionName);
    [[nodiscard]] Result<void> verifyReadable(IntegrityCheck check) const;
    [[nodiscard]] Result<void> configure() const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_connection;
};

} // namespace omnitill
