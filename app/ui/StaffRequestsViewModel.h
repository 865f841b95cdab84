#pragma once

#include "RowListModel.h"
#include "StaffMember.h"
#include "StaffRequestClient.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class CentralClient;
class StaffService;
struct CardSwipe;

// The store's kiosks calling for staff, as a cashier till and the back office see them (the StaffRequests
// singleton): polled from the central store every few seconds while the till is enrolled and not a kiosk
// itself. The oldest open call is the cashier's notice ("Kiosk 2 needs help: age check — Soju 360ml"), which
// never stops the sale; the back office lists the open calls and those resolved in the last hours (requests,
// one row per call). Resolving one takes a staff member's number and PIN (or card) allowed to sell, checked on
// this till, and is the central store's to decide: the first resolver wins, a later one reads who came first.
// While the resolve dialog is open for a call (awaitCard), a staff card swiped anywhere resolves it too.
class StaffRequestsViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its staff requests")
    Q_PROPERTY(RowListModel *requests READ requests CONSTANT)
    Q_PROPERTY(int openCount READ openCount NOTIFY changed)
    Q_PROPERTY(QString notice READ notice NOTIFY changed)
    Q_PROPERTY(QString noticeRequest READ noticeRequest NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(bool resolving READ resolving NOTIFY messageChanged)

public:
    static constexpr int defaultPollMs = 5000;
    static constexpr int recentHours = 12; // how far back the back office lists resolved calls

    StaffRequestsViewModel(StaffRequestClient &client, CentralClient &central, StaffService &staff,
                           QObject *parent = nullptr);

    // Polls from now on, every pollMs (only while the till is enrolled).
    void start(int pollMs = defaultPollMs);
    void stop() { m_poll.stop(); }

    RowListModel *requests() { return &m_requests; }
    [[nodiscard]] int openCount() const { return m_openCount; }
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] QString noticeRequest() const { return m_noticeRequest; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }
    [[nodiscard]] bool resolving() const { return m_resolving; }

    Q_INVOKABLE void refresh();
    // Checks the staff member here and asks the central store to resolve the call; false (with the reason in
    // message) when the staff member may not, true once asked (the outcome follows in message).
    Q_INVOKABLE bool resolve(const QString &requestId, const QString &staffNumber, const QString &pin);
    // The call a staff card swiped now resolves; empty: none (the dialog closed).
    Q_INVOKABLE void awaitCard(const QString &requestId) { m_cardRequest = requestId; }
    // A swipe from the till's card readers: true when it was a staff card for the awaited call.
    bool takeStaffCard(const CardSwipe &card);
    Q_INVOKABLE void clearMessage() { say(QString(), false); }

    // "Age check" for "age_check".
    [[nodiscard]] static QString kindWords(const QString &kind);
    // "Kiosk 2 needs help: age check — Soju 360ml"
    [[nodiscard]] static QString headline(const StaffRequestStatus &request);

Q_SIGNALS:
    void changed();
    void messageChanged();

private:
    void show(const QList<StaffRequestStatus> &requests);
    bool resolveWith(const QString &requestId, const QString &staffNumber, const QString &secret,
                     StaffCredential credential);
    void say(const QString &message, bool isError);

    StaffRequestClient &m_client;
    CentralClient &m_central;
    StaffService &m_staff;
    RowListModel m_requests;
    int m_openCount = 0;
    QString m_notice;
    QString m_noticeRequest;
    QString m_cardRequest;
    QString m_message;
    bool m_messageIsError = false;
    bool m_resolving = false;
    bool m_asking = false;
    QTimer m_poll;
};

} // namespace omnitill
