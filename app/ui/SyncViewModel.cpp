#include "SyncViewModel.h"

#include "BackOfficeViewModel.h"
#include "Connectivity.h"
#include "PullLog.h"
#include "PullScheduler.h"
#include "SaleJournal.h"

#include <QLocale>

namespace omnitill {

SyncViewModel::SyncViewModel(const Database &database, Connectivity &connectivity, CentralClient &client,
                             PullScheduler &pulls, BackOfficeViewModel &backOffice, StoreProfile profile,
                             QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_outbox(database)
    , m_doubleUseList(client)
    , m_backOffice(backOffice)
    , m_profile(std::move(profile))
{
    connect(&connectivity, &Connectivity::changed, this, &SyncViewModel::readOutbox);
    connect(&pulls, &PullScheduler::roundFinished, this, &SyncViewModel::readPulls);
    readOutbox();
    readPulls();
}

QString SyncViewModel::receiptSource() const
{
    return m_openSequence > 0 ? QStringLiteral("image://receipt/%1").arg(m_openSequence) : QString();
}

void SyncViewModel::refresh()
{
    setMessage({});
    readOutbox();
    readPulls();
    checkDoubleUses();
}

void SyncViewModel::retry(qint64 outboxId)
{
    if (!m_backOffice.isOpen()) {
        setMessage(tr("Only a manager or supervisor can send a record again: enter the back office first."));
        return;
    }
    const QString staff = m_staff ? m_staff() : QString();
    if (auto released = m_outbox.release(outboxId, staff, m_clock()); !released) {
        setMessage(released.error());
        return;
    }
    setMessage(tr("The record is sent again with the next records; if the central store refuses it again, it "
                  "comes back here with the new reason."));
    readOutbox();
    Q_EMIT recordReleased();
}

void SyncViewModel::checkDoubleUses()
{
    if (m_fetching)
        return;
    m_fetching = true;
    m_doubleUsesNote = tr("Asking the central store…");
    Q_EMIT changed();
    m_doubleUseList.fetch(m_profile.storeId, [this](Result<QList<CouponDoubleUse>> found) {
        m_fetching = false;
        if (!found) {
            m_doubleUsesNote = found.error();
            Q_EMIT changed();
            return;
        }
        showDoubleUses(*found);
    });
}

void SyncViewModel::openReceipt(qint64 sequence)
{
    if (m_openSequence == sequence)
        return;
    m_openSequence = sequence;
    Q_EMIT openChanged();
}

void SyncViewModel::readOutbox()
{
    const auto backlog = m_outbox.backlog({});
    const auto kinds = m_outbox.waitingByKind();
    const auto quarantined = m_outbox.quarantined();
    if (!backlog || !kinds || !quarantined) {
        setMessage(!backlog ? backlog.error() : !kinds ? kinds.error() : quarantined.error());
        return;
    }
    const QLocale locale(m_profile.localeName);
    m_waitingText = backlog->waiting == 0 ? tr("Nothing waits: the central store has every record of this till.")
                                          : tr("%n record(s) wait for the central store; the oldest since %1 (%2).",
                                               nullptr, int(backlog->waiting))
                                                .arg(time(backlog->oldestWaiting), age(backlog->oldestWaiting));
    QList<QVariantMap> kindRows;
    for (const WaitingKind &kind : *kinds) {
        kindRows.append({{QStringLiteral("kind"), kindWords(kind.kind)},
                         {QStringLiteral("count"), locale.toString(kind.count)},
                         {QStringLiteral("oldest"), time(kind.oldest)}});
    }
    m_waitingKinds.setRows(kindRows);
    QList<QVariantMap> quarantineRows;
    for (const QuarantinedRecord &record : *quarantined)
        quarantineRows.append(quarantineRow(record));
    m_quarantine.setRows(quarantineRows);
    Q_EMIT changed();
}

QVariantMap SyncViewModel::quarantineRow(const QuarantinedRecord &quarantined) const
{
    // Sales and returns carry their receipt number; a coupon's report names its sale, found in the journal.
    qint64 receipt = quarantined.record.payload.value(QLatin1String("sequence")).toInteger();
    const QString sale = quarantined.record.payload.value(QLatin1String("sale")).toString();
    if (receipt == 0 && !sale.isEmpty()) {
        if (const auto entry = SaleJournal(m_database).entryForSale(sale))
            receipt = entry->sequence;
    }
    return {
        {QStringLiteral("outboxId"), quarantined.record.id},
        {QStringLiteral("kind"), kindWords(quarantined.record.kind)},
        {QStringLiteral("record"), receipt > 0 ? tr("Receipt %1").arg(receipt) : quarantined.record.recordId},
        {QStringLiteral("receipt"), receipt},
        {QStringLiteral("when"), time(quarantined.quarantinedAt)},
        {QStringLiteral("status"), quarantined.status == QLatin1String("conflict") ? tr("Conflict") : tr("Refused")},
        {QStringLiteral("reason"), quarantined.reason}};
}

void SyncViewModel::readPulls()
{
    PullLog log(m_database);
    QList<QVariantMap> rows;
    for (const QString &kind : PullScheduler::kinds) {
        const auto state = log.state(kind);
        if (!state) {
            setMessage(state.error());
            return;
        }
        rows.append(
            {{QStringLiteral("kind"), pullWords(kind)},
             {QStringLiteral("lastSuccess"), state->lastSuccess.isValid() ? time(state->lastSuccess) : tr("Never")},
             {QStringLiteral("lastAttempt"), time(state->lastAttempt)},
             {QStringLiteral("lastError"), state->lastError}});
    }
    m_pulls.setRows(rows);
    Q_EMIT changed();
}

void SyncViewModel::showDoubleUses(const QList<CouponDoubleUse> &found)
{
    SaleJournal journal(m_database);
    QList<QVariantMap> rows;
    for (const CouponDoubleUse &use : found) {
        // This till's side is the sale its journal holds; neither, when two other tills of the store used it.
        const auto reported = journal.entryForSale(use.reported.saleId);
        const auto first = reported ? std::nullopt : journal.entryForSale(use.first.saleId);
        const bool firstIsHere = first.has_value();
        const CouponUseReceipt &here = firstIsHere ? use.first : use.reported;
        const CouponUseReceipt &other = firstIsHere ? use.reported : use.first;
        const qint64 thisReceipt = reported ? reported->sequence : first ? first->sequence : 0;
        rows.append(
            {{QStringLiteral("coupon"), use.coupon},
             {QStringLiteral("thisReceipt"), thisReceipt},
             {QStringLiteral("thisUse"),
              thisReceipt > 0 ? tr("Receipt %1 on this till, %2").arg(thisReceipt).arg(time(here.at)) : useWords(here)},
             {QStringLiteral("otherUse"), useWords(other)},
             {QStringLiteral("reportedAt"), time(use.reportedAt)}});
    }
    m_doubleUses.setRows(rows);
    m_doubleUsesNote = found.isEmpty() ? tr("No coupon was used twice (checked %1).").arg(time(m_clock()))
                                       : tr("Checked %1.").arg(time(m_clock()));
    Q_EMIT changed();
}

QString SyncViewModel::useWords(const CouponUseReceipt &use) const
{
    const QString till = use.terminalName.isEmpty() ? use.terminalId : use.terminalName;
    return use.receipt > 0 ? tr("Receipt %1 at %2 (%3), %4").arg(use.receipt).arg(till, use.storeId, time(use.at))
                           : tr("Sale %1 at %2 (%3), not received yet").arg(use.saleId.left(8), till, use.storeId);
}

QString SyncViewModel::time(const QDateTime &at) const
{
    return at.isValid() ? QLocale(m_profile.localeName).toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString SyncViewModel::age(const QDateTime &since) const
{
    const qint64 minutes = std::max<qint64>(0, since.secsTo(m_clock()) / 60);
    if (minutes < 60)
        return tr("%n min ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%1 h %2 min ago").arg(minutes / 60).arg(minutes % 60);
    return tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
}

QString SyncViewModel::kindWords(const QString &kind)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("sale"), QT_TR_NOOP("Sale")},
        {QStringLiteral("return"), QT_TR_NOOP("Return")},
        {QStringLiteral("offline_coupon_redemption"), QT_TR_NOOP("Coupon taken offline")},
        {QStringLiteral("coupon_redemption"), QT_TR_NOOP("Coupon redemption")},
        {QStringLiteral("pickup"), QT_TR_NOOP("Online order picked up")},
        {QStringLiteral("online_return"), QT_TR_NOOP("Online order returned offline")},
        {QStringLiteral("stored_value_redemption"), QT_TR_NOOP("Gift card, store credit or points taken offline")},
        {QStringLiteral("ship_order"), QT_TR_NOOP("Ship-to-home order")},
        {QStringLiteral("receipt_mail"), QT_TR_NOOP("Receipt by e-mail")},
        {QStringLiteral("staff_request"), QT_TR_NOOP("Kiosk's call for staff")},
        {QStringLiteral("staff_request_resolution"), QT_TR_NOOP("Kiosk's call for staff resolved")},
        {QStringLiteral("app_receipt"), QT_TR_NOOP("Receipt to the customer's app")}};
    return wordsFor(words, kind);
}

QString SyncViewModel::pullWords(const QString &kind)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("signing_keys"), QT_TR_NOOP("Signing keys")},
        {QStringLiteral("coupon_revocations"), QT_TR_NOOP("Withdrawn coupons")},
        {QStringLiteral("pickups"), QT_TR_NOOP("Orders ready for pickup")},
        {QStringLiteral("customers"), QT_TR_NOOP("Regular customers")},
        {QStringLiteral("products"), QT_TR_NOOP("Products")},
        {QStringLiteral("prices"), QT_TR_NOOP("Prices")},
        {QStringLiteral("promotions"), QT_TR_NOOP("Promotions")}};
    return wordsFor(words, kind);
}

QString SyncViewModel::wordsFor(const QHash<QString, const char *> &words, const QString &kind)
{
    // A kind from a newer till or central store than these words reads as itself rather than as nothing.
    const auto found = words.constFind(kind);
    return found == words.constEnd() ? kind : tr(*found);
}

void SyncViewModel::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT changed();
}

} // namespace omnitill
