#include "StaffRequestsViewModel.h"

#include "CentralClient.h"
#include "MagneticStripe.h"
#include "Permission.h"
#include "StaffService.h"

#include <QLocale>

namespace omnitill {

StaffRequestsViewModel::StaffRequestsViewModel(StaffRequestClient &client, CentralClient &central, StaffService &staff,
                                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_central(central)
    , m_staff(staff)
    , m_requests({"request", "terminal", "kind", "details", "raisedAt", "open", "resolvedBy", "resolvedAt", "headline"})
{
    connect(&m_poll, &QTimer::timeout, this, &StaffRequestsViewModel::refresh);
}

void StaffRequestsViewModel::start(int pollMs)
{
    m_poll.start(pollMs);
    refresh();
}

QString StaffRequestsViewModel::kindWords(const QString &kind)
{
    if (kind == QLatin1String("age_check"))
        return tr("age check");
    if (kind == QLatin1String("unknown_barcode"))
        return tr("item does not scan");
    if (kind == QLatin1String("payment_failed"))
        return tr("payment failed");
    if (kind == QLatin1String("coupon"))
        return tr("coupon needs approval");
    return tr("help requested");
}

QString StaffRequestsViewModel::headline(const StaffRequestStatus &request)
{
    const QString what = request.details.isEmpty() ? kindWords(request.kind)
                                                   : tr("%1 — %2").arg(kindWords(request.kind), request.details);
    return tr("%1 needs help: %2").arg(request.terminalName, what);
}

void StaffRequestsViewModel::refresh()
{
    if (m_asking || !m_central.hasCredential())
        return;
    m_asking = true;
    m_client.list(QDateTime::currentDateTimeUtc().addSecs(-recentHours * 3600),
                  [this](Result<QList<StaffRequestStatus>> listed) {
                      m_asking = false;
                      // Unreachable: what was seen stays, the next poll asks again.
                      if (listed)
                          show(*listed);
                  });
}

void StaffRequestsViewModel::show(const QList<StaffRequestStatus> &requests)
{
    const QLocale locale;
    const auto time = [&locale](const QDateTime &at) {
        return at.isValid() ? locale.toString(at.toLocalTime().time(), QLocale::ShortFormat) : QString();
    };
    const auto row = [&time](const StaffRequestStatus &request) {
        return QVariantMap{{QStringLiteral("request"), request.requestId},
                           {QStringLiteral("terminal"), request.terminalName},
                           {QStringLiteral("kind"), kindWords(request.kind)},
                           {QStringLiteral("details"), request.details},
                           {QStringLiteral("raisedAt"), time(request.raisedAt)},
                           {QStringLiteral("open"), request.open},
                           {QStringLiteral("resolvedBy"), request.open ? QString() : request.resolverWords()},
                           {QStringLiteral("resolvedAt"), time(request.resolvedAt)},
                           {QStringLiteral("headline"), headline(request)}};
    };
    QList<QVariantMap> rows;
    int open = 0;
    const StaffRequestStatus *oldestOpen = nullptr;
    // Open calls first (oldest first, as the central store lists them), then the resolved ones, newest first.
    for (const StaffRequestStatus &request : requests) {
        if (!request.open)
            continue;
        ++open;
        if (!oldestOpen)
            oldestOpen = &request;
        rows.append(row(request));
    }
    for (auto request = requests.crbegin(); request != requests.crend(); ++request) {
        if (!request->open)
            rows.append(row(*request));
    }
    m_requests.setRows(rows);
    const QString notice = oldestOpen ? (open > 1 ? tr("%1 (and %n more)", nullptr, open - 1).arg(headline(*oldestOpen))
                                                  : headline(*oldestOpen))
                                      : QString();
    const QString noticeRequest = oldestOpen ? oldestOpen->requestId : QString();
    if (open == m_openCount && notice == m_notice && noticeRequest == m_noticeRequest)
        return;
    m_openCount = open;
    m_notice = notice;
    m_noticeRequest = noticeRequest;
    Q_EMIT changed();
}

bool StaffRequestsViewModel::resolve(const QString &requestId, const QString &staffNumber, const QString &pin)
{
    return resolveWith(requestId, staffNumber, pin, StaffCredential::Pin);
}

bool StaffRequestsViewModel::takeStaffCard(const CardSwipe &card)
{
    if (m_cardRequest.isEmpty() || card.kind != CardSwipe::Kind::Staff)
        return false;
    const QString request = m_cardRequest; // a copy: asking closes the dialog, which forgets the call awaited
    resolveWith(request, card.number, card.cardCode, StaffCredential::StaffCard);
    return true;
}

bool StaffRequestsViewModel::resolveWith(const QString &requestId, const QString &staffNumber, const QString &secret,
                                         StaffCredential credential)
{
    if (m_resolving)
        return false;
    auto member = m_staff.authenticate(staffNumber, secret, credential);
    if (!member) {
        say(member.error(), true);
        return false;
    }
    if (!member->role.allows(Permission::Sell)) {
        say(tr("%1 may not resolve a kiosk's call: it needs the right to sell").arg(member->name), true);
        return false;
    }
    m_resolving = true;
    say(tr("Resolving…"), false);
    m_client.resolve(requestId, member->staffNumber, member->name, [this](Result<StaffRequestStatus> resolved) {
        m_resolving = false;
        if (resolved)
            say(tr("Resolved: %1").arg(headline(*resolved)), false);
        else
            say(resolved.error(), true);
        refresh();
    });
    return true;
}

void StaffRequestsViewModel::say(const QString &message, bool isError)
{
    m_message = message;
    m_messageIsError = isError;
    Q_EMIT messageChanged();
}

} // namespace omnitill
