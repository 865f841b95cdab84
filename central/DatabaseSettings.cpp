#include "DatabaseSettings.h"

#include <QUrl>

namespace omnitill::central {

Result<DatabaseSettings> DatabaseSettings::fromUrl(const QString &text)
{
    DatabaseSettings settings;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        settings.m_dialect = Dialect::Sqlite;
        settings.m_path = text.mid(int(qstrlen("sqlite:")));
        if (settings.m_path.isEmpty())
            return Error{tr("The database URL \"%1\" names no SQLite file").arg(text)};
        return settings;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))) {
        return Error{tr("\"%1\" is not a database URL; write sqlite:/path/to/file.sqlite or "
                        "postgresql://user:password@host:port/database")
                         .arg(text)};
    }
    settings.m_dialect = Dialect::Postgres;
    settings.m_host = url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host();
    settings.m_port = url.port(5432);
    settings.m_user = url.userName();
    settings.m_password = url.password();
    settings.m_databaseName = url.path().mid(1);
    if (settings.m_databaseName.isEmpty())
        return Error{tr("The database URL \"%1\" names no database").arg(url.toDisplayString(QUrl::RemovePassword))};
    return settings;
}

DatabaseSettings DatabaseSettings::withDatabaseName(const QString &name) const
{
    DatabaseSettings copy = *this;
    copy.m_databaseName = name;
    return copy;
}

QString DatabaseSettings::describe() const
{
    if (m_dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + m_path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_user, m_host, QString::number(m_port), m_databaseName);
}

} // namespace omnitill::central
