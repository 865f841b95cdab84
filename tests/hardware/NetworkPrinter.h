#pragma once

#include "VirtualPrinterServer.h"

#include <QThread>

// The virtual printer listening on loopback on its own thread, as a network printer would be.
struct NetworkPrinter
{
    explicit NetworkPrinter(const omnitill::PrinterProfile &profile)
        : server(new omnitill::VirtualPrinterServer(profile))
    {
        server->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, server, &QObject::deleteLater);
        thread.start();
        QMetaObject::invokeMethod(
            server, [this] { listening = server->listen(); }, Qt::BlockingQueuedConnection);
    }
    ~NetworkPrinter()
    {
        thread.quit();
        thread.wait();
    }
    QString address() const { return QStringLiteral("tcp://127.0.0.1:%1").arg(server->port()); }

    QThread thread;
    omnitill::VirtualPrinterServer *server;
    bool listening = false;
};
