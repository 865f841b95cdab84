#include "FaultProxy.h"

#include <QTimer>
#include <memory>

FaultProxy::FaultProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("fault proxy: cannot listen: %s", qPrintable(m_server.errorString()));
    m_port = m_server.serverPort();
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    while (!m_links.isEmpty())
        drop(m_links.first());
}

void FaultProxy::inject(Fault fault, int times, int delayMs)
{
    for (int i = 0; i < times; ++i)
        m_planned.append(fault);
    m_delayMs = delayMs;
}

void FaultProxy::refuseConnections()
{
    // The till keeps its connection open between requests: drop it too, or the next request would not try
    // to connect at all.
    m_server.close();
    ++m_faults;
    while (!m_links.isEmpty())
        drop(m_links.first());
}

void FaultProxy::restore()
{
    m_planned.clear();
    if (!m_server.isListening() && !m_server.listen(QHostAddress::LocalHost, m_port))
        qFatal("fault proxy: cannot listen again on %d: %s", m_port, qPrintable(m_server.errorString()));
}

qsizetype FaultProxy::messageLength(const QByteArray &data)
{
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return -1;
    qsizetype bodyLength = 0;
    for (const QByteArray &line : data.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            bodyLength = line.mid(int(sizeof("content-length:") - 1)).trimmed().toLongLong();
    }
    const qsizetype total = headerEnd + 4 + bodyLength;
    return data.size() >= total ? total : -1;
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *link = new Link;
        link->client = client;
        link->upstream = new QTcpSocket(this);
        m_links.append(link);
        connect(client, &QTcpSocket::readyRead, this, [this, link] { clientData(link); });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { drop(link); });
        connect(link->upstream, &QTcpSocket::connected, this, [this, link] {
            link->upstreamReady = true;
            link->upstream->write(std::exchange(link->notYetConnected, {}));
        });
        connect(link->upstream, &QTcpSocket::readyRead, this, [this, link] { upstreamData(link); });
        connect(link->upstream, &QTcpSocket::disconnected, this, [this, link] { drop(link); });
        link->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

void FaultProxy::clientData(Link *link)
{
    link->fromClient += link->client->readAll();
    for (qsizetype length = messageLength(link->fromClient); length > 0; length = messageLength(link->fromClient)) {
        const QByteArray request = link->fromClient.left(length);
        link->fromClient.remove(0, length);
        ++m_requests;
        const Fault fault = m_planned.isEmpty() ? Fault::None : m_planned.takeFirst();
        if (fault != Fault::None)
            ++m_faults;
        forward(link, request, fault);
        if (!m_links.contains(link))
            return;
    }
}

void FaultProxy::forward(Link *link, const QByteArray &request, Fault fault)
{
    link->answering = fault;
    switch (fault) {
    case Fault::ResetMidRequest:
        toUpstream(link, request.left(request.size() / 2));
        link->upstream->flush();
        link->client->abort();
        return; // abort() dropped the link
    case Fault::DeliverTwice:
        deliverTwice(link, request);
        return;
    default:
        toUpstream(link, request);
    }
}

void FaultProxy::deliverTwice(Link *link, const QByteArray &request)
{
    // The first delivery on a connection of its own, its answer read whole and thrown away; then the request
    // goes on as usual, so the till hears the answer to the second.
    auto *first = new QTcpSocket(this);
    auto answer = std::make_shared<QByteArray>();
    connect(first, &QTcpSocket::connected, first, [first, request] { first->write(request); });
    connect(first, &QTcpSocket::readyRead, first, [this, first, answer, link, request] {
        *answer += first->readAll();
        if (messageLength(*answer) < 0)
            return;
        first->disconnect();
        first->deleteLater();
        if (m_links.contains(link))
            toUpstream(link, request);
    });
    first->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
}

void FaultProxy::toUpstream(Link *link, const QByteArray &bytes)
{
    if (link->upstreamReady)
        link->upstream->write(bytes);
    else
        link->notYetConnected += bytes;
}

void FaultProxy::upstreamData(Link *link)
{
    link->toClient += link->upstream->readAll();
    const qsizetype length = messageLength(link->toClient);
    switch (link->answering) {
    case Fault::ResetMidResponse:
        // A few bytes of the status line reach the till, then the connection dies: the answer is lost.
        link->client->write(link->toClient.left(8));
        link->client->flush();
        link->client->abort();
        return;
    case Fault::DelayResponse: {
        if (length < 0)
            return;
        const QByteArray answer = link->toClient.left(length);
        link->toClient.remove(0, length);
        link->answering = Fault::None;
        QTimer::singleShot(m_delayMs, this, [this, link, answer] {
            if (m_links.contains(link))
                link->client->write(answer);
        });
        return;
    }
    default:
        link->client->write(std::exchange(link->toClient, {}));
        if (length >= 0)
            link->answering = Fault::None;
    }
}

void FaultProxy::drop(Link *link)
{
    if (!m_links.removeOne(link))
        return;
    link->client->disconnect(this);
    link->upstream->disconnect(this);
    link->client->abort();
    link->upstream->abort();
    link->client->deleteLater();
    link->upstream->deleteLater();
    delete link;
}
