#pragma once

#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// omnitill-central as a process of its own, on a fixed loopback port over a given database: what a test kills
// with SIGKILL mid-request (the transaction dies with it) and starts again on the same port, as a crash and an
// operator's restart would. Needs OMNITILL_CENTRAL_BINARY.
struct CentralProcess
{
    explicit CentralProcess(QString databaseUrl)
        : databaseUrl(std::move(databaseUrl))
        , port(freePort())
    {
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
    }
    ~CentralProcess() { kill(); }

    // Starts it and waits until it takes connections.
    bool start()
    {
        process.start(QStringLiteral(OMNITILL_CENTRAL_BINARY),
                      {QStringLiteral("--database"), databaseUrl, QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port)});
        if (!process.waitForStarted(10000))
            return false;
        return QTest::qWaitFor(
            [&] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, port);
                return probe.waitForConnected(200);
            },
            20000);
    }
    void kill()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.kill();
        process.waitForFinished(10000);
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    QString databaseUrl;
    quint16 port;
    QProcess process;
};
