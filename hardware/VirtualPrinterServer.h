#pragma once

#include "VirtualPrinter.h"

#include <QMutex>
#include <QObject>
#include <QTcpServer>

namespace omnitill {

// The virtual printer on the network: listens like a printer's raw port 9100 (on 127.0.0.1 and any
// free port unless told otherwise), prints everything it receives on one paper roll and answers
// DLE EOT on the same connection. The demo's printer and the network transport's end-to-end tests.
// It may live on its own thread: the roll and the status are read under a mutex.
class VirtualPrinterServer : public QObject
{
    Q_OBJECT

public:
    explicit VirtualPrinterServer(const PrinterProfile &profile, QObject *parent = nullptr);

    [[nodiscard]] bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }

    QImage paper() const;
    int cuts() const;
    QStringList textLines() const;
    qint64 bytesReceived() const;
    void setStatus(const PrinterStatus &status);

Q_SIGNALS:
    // After bytes were interpreted (from the server's thread).
    void printed();

private:
    void accept();

    QTcpServer m_server;
    quint16 m_port = 0;
    mutable QMutex m_mutex; // guards m_printer and m_bytesReceived
    VirtualPrinter m_printer;
    qint64 m_bytesReceived = 0;
};

} // namespace omnitill
