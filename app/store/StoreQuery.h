#pragma once

#include "Result.h"

#include <QSqlQuery>
#include <QVariantList>

namespace omnitill {

class Database;

// One SQL statement on the store's connection, prepared, with the values bound in order, and run: the query,
// positioned before its first row, or why the database refused it (SQLite's own words). For the small
// repositories that read a row or write one, and would otherwise each spell out prepare, bind, exec and the
// error. Inside a Transaction it runs in that transaction, which is on the same connection.
[[nodiscard]] Result<QSqlQuery> runQuery(const Database &database, const QString &sql, const QVariantList &values = {});

} // namespace omnitill
