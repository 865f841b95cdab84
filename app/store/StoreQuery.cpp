#include "StoreQuery.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace omnitill {

Result<QSqlQuery> runQuery(const Database &database, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (query.prepare(sql)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return query;
    }
    const QSqlError error = query.lastError();
    return Error{
        QCoreApplication::translate("Database", "The database refused \"%1\": %2")
            .arg(sql.simplified().left(80), error.databaseText().isEmpty() ? error.text() : error.databaseText())};
}

} // namespace omnitill
