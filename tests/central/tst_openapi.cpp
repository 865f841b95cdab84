#include "CentralServer.h"
#include "ConnectionPool.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace omnitill::central;

// The OpenAPI file documents exactly the routes the server registers: none missing, none extra.
class TestOpenApi : public QObject
{
    Q_OBJECT

private:
    // "GET /v1/keys" for every operation under paths: in the YAML (two-space path keys, four-space methods).
    static QSet<QString> documentedRoutes()
    {
        QFile file(QStringLiteral(OMNITILL_OPENAPI_FILE));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", OMNITILL_OPENAPI_FILE);
        static const QRegularExpression pathLine(QStringLiteral("^  (/\\S*):\\s*$"));
        static const QRegularExpression methodLine(QStringLiteral("^    (get|post|put|patch|delete):\\s*$"));
        QSet<QString> routes;
        QString path;
        bool inPaths = false;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (!line.startsWith(u' ') && !line.isEmpty())
                inPaths = line.startsWith(QLatin1String("paths:"));
            if (!inPaths)
                continue;
            if (const auto match = pathLine.match(line); match.hasMatch())
                path = match.captured(1);
            else if (const auto method = methodLine.match(line); method.hasMatch() && !path.isEmpty())
                routes.insert(method.captured(1).toUpper() + u' ' + path);
        }
        return routes;
    }

private Q_SLOTS:
    void everyRegisteredRoute_isDocumentedAndViceVersa()
    {
        // Registering routes opens no database connection.
        ConnectionPool pool(
            DatabaseSettings::fromUrl(QStringLiteral("sqlite:/nonexistent/never-opened.sqlite")).value());
        CentralServer server(pool);
        QSet<QString> registered;
        for (const CentralServer::Route &route : server.routes())
            registered.insert(route.method + u' ' + route.path);
        const QSet<QString> documented = documentedRoutes();
        QVERIFY(registered.size() >= 7);
        QCOMPARE(QSet<QString>(registered).subtract(documented), QSet<QString>());
        QCOMPARE(QSet<QString>(documented).subtract(registered), QSet<QString>());
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
