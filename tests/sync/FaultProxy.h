#pragma once

#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// An HTTP/1.1 proxy on 127.0.0.1 between the till and a central store, passing requests through unless told
// to break the next ones: what a flaky shop network does, on loopback, so the sync tests see real sockets
// fail. Requests are framed by Content-Length (what the till and central send), one at a time per connection.
//   refuseConnections()   stops listening and drops every open connection until restored
//   ResetMidRequest       forwards half the request, then resets both sides: the store never saw it whole
//   ResetMidResponse      forwards the request, then cuts the answer short: the store committed, the till never
//                         heard
//   DelayResponse         holds the answer for delayMs (past the till's timeout)
//   DeliverTwice          sends the request to the store twice (the first answer thrown away)
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault { None, ResetMidRequest, ResetMidResponse, DelayResponse, DeliverTwice };

    explicit FaultProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    // The next `times` requests suffer the fault.
    void inject(Fault fault, int times = 1, int delayMs = 0);
    void refuseConnections();
    void restore();

    int requestsSeen() const { return m_requests; }
    int faultsInjected() const { return m_faults; }

    // The length of the complete HTTP message at the start of data (headers and Content-Length body), or -1.
    static qsizetype messageLength(const QByteArray &data);

private:
    struct Link
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *upstream = nullptr;
        QByteArray fromClient;         // request bytes not yet forwarded
        QByteArray toClient;           // answer bytes held back
        Fault answering = Fault::None; // the fault of the request being answered
        bool upstreamReady = false;
        QByteArray notYetConnected; // bytes for upstream before it connected
    };

    void accept();
    void clientData(Link *link);
    void upstreamData(Link *link);
    void forward(Link *link, const QByteArray &request, Fault fault);
    void deliverTwice(Link *link, const QByteArray &request);
    void toUpstream(Link *link, const QByteArray &bytes);
    void drop(Link *link);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    quint16 m_port = 0;
    QList<Link *> m_links;
    QList<Fault> m_planned;
    int m_delayMs = 0;
    int m_requests = 0;
    int m_faults = 0;
};
