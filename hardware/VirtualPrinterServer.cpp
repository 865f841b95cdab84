#include "VirtualPrinterServer.h"

#include <QTcpSocket>

namespace omnitill {

VirtualPrinterServer::VirtualPrinterServer(const PrinterProfile &profile, QObject *parent)
    : QObject(parent)
    , m_printer(profile)
{
    m_server.setParent(this);
    connect(&m_server, &QTcpServer::newConnection, this, &VirtualPrinterServer::accept);
}

bool VirtualPrinterServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server.listen(address, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void VirtualPrinterServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray bytes = socket->readAll();
            QByteArray replies;
            {
                QMutexLocker lock(&m_mutex);
                m_bytesReceived += bytes.size();
                m_printer.write(bytes);
                replies = m_printer.takeReplies();
            }
            if (!replies.isEmpty())
                socket->write(replies);
            Q_EMIT printed();
        });
    }
}

QImage VirtualPrinterServer::paper() const
{
    QMutexLocker lock(&m_mutex);
    return m_printer.paper();
}

QStringList VirtualPrinterServer::textLines() const
{
    QMutexLocker lock(&m_mutex);
    return m_printer.textLines();
}

int VirtualPrinterServer::cuts() const
{
    QMutexLocker lock(&m_mutex);
    return m_printer.cuts();
}

qint64 VirtualPrinterServer::bytesReceived() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytesReceived;
}

void VirtualPrinterServer::setStatus(const PrinterStatus &status)
{
    QMutexLocker lock(&m_mutex);
    m_printer.status() = status;
}

} // namespace omnitill
