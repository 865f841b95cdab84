#include "PullScheduler.h"

#include "CatalogChanges.h"
#include "CentralClient.h"
#include "CustomerCache.h"
#include "Database.h"
#include "PickupCache.h"
#include "RevokedCoupons.h"
#include "SigningKeys.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace omnitill {

Q_DECLARE_LOGGING_CATEGORY(lcSync)

// The small and urgent first: a till that comes back after a long outage knows the keys and the withdrawn
// coupons before it spends minutes on a catalog.
const QStringList PullScheduler::kinds{QStringLiteral("signing_keys"), QStringLiteral("coupon_revocations"),
                                       QStringLiteral("pickups"),      QStringLiteral("customers"),
                                       QStringLiteral("products"),     QStringLiteral("prices"),
                                       QStringLiteral("promotions")};

PullScheduler::PullScheduler(const Database &database, CatalogRepository &catalog, CentralClient &client,
                             SigningKeys &keys, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_catalog(catalog)
    , m_client(client)
    , m_keys(keys)
    , m_log(database)
    , m_customerCacheSize(CustomerCache::defaultSize)
{
    connect(&m_timer, &QTimer::timeout, this, &PullScheduler::pullAll);
    // Emitted before each request's callback runs: by then it says whether that request was answered.
    connect(&m_client, &CentralClient::requestFinished, this, [this](bool reached) { m_lastReached = reached; });
}

void PullScheduler::restore()
{
    if (auto revoked = RevokedCoupons(m_database).reasons(); revoked)
        m_keys.setRevokedCoupons(*revoked);
    else
        qCWarning(lcSync) << "withdrawn coupons not read:" << revoked.error();
}

void PullScheduler::start(int intervalMs, int firstInMs)
{
    m_timer.start(intervalMs);
    QTimer::singleShot(firstInMs, this, &PullScheduler::pullAll);
}

const QStringList &PullScheduler::catalogKinds()
{
    static const QStringList catalog = kinds.mid(kinds.indexOf(QLatin1String("products")));
    return catalog;
}

void PullScheduler::pullAll()
{
    startRound(kinds);
}

bool PullScheduler::pullCatalogNow()
{
    if (pulling() || !m_client.hasCredential())
        return false;
    startRound(catalogKinds());
    return true;
}

void PullScheduler::startRound(const QStringList &round)
{
    if (pulling() || !m_client.hasCredential())
        return;
    m_round = round;
    m_failed = 0;
    m_cancelled = false;
    pullNext();
}

void PullScheduler::cancel()
{
    if (pulling())
        m_cancelled = true;
}

void PullScheduler::pullNext()
{
    if (m_cancelled)
        m_round.clear();
    if (m_round.isEmpty()) {
        m_cancelled = false;
        Q_EMIT roundFinished(m_failed);
        return;
    }
    const QString kind = m_round.first();
    if (kind == QLatin1String("coupon_revocations"))
        pullRevocations(cursorOf(kind));
    else if (kind == QLatin1String("signing_keys"))
        pullKeys();
    else if (kind == QLatin1String("pickups"))
        pullPickups();
    else if (kind == QLatin1String("customers"))
        pullCustomers();
    else
        pullCatalog(kind, cursorOf(kind), pageOf(kind), 0);
}

qint64 PullScheduler::cursorOf(const QString &kind) const
{
    const auto state = m_log.state(kind);
    return state ? state->cursor.section(u'@', 0, 0).toLongLong() : 0;
}

QString PullScheduler::pageOf(const QString &kind) const
{
    const auto state = m_log.state(kind);
    return state ? state->cursor.section(u'@', 1) : QString();
}

Result<void> PullScheduler::keepPage(const QString &kind, const QString &cursor,
                                     const std::function<Result<void>()> &apply)
{
    auto begun = Transaction::begin(m_database);
    if (!begun)
        return Error{begun.error()};
    Transaction transaction = std::move(begun).value();
    if (auto applied = apply(); !applied)
        return applied;
    if (auto kept = m_log.setCursor(kind, cursor); !kept)
        return kept;
    return transaction.commit();
}

void PullScheduler::pullCatalog(const QString &collection, qint64 since, const QString &page, int applied, int pages)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(since));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_catalogPageSize));
    if (!page.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), page);
    m_client.get(QStringLiteral("/v1/catalog/%1/changes").arg(collection), query,
                 [this, collection, since, page, applied, pages](const CentralReply &reply) {
                     if (reply.status == 409 && since > 0) {
                         // The store's catalog is older than this till's cursor (restored from a backup, or
                         // another store): everything again from the start.
                         qCWarning(lcSync) << collection << "cursor" << since << "unknown: pulling all of it";
                         pullCatalog(collection, 0, {}, applied, pages);
                         return;
                     }
                     if (reply.status == 400 && !page.isEmpty()) {
                         // A page kept from an interrupted pull that the store no longer takes: from the version.
                         qCWarning(lcSync) << collection << "page" << page << "refused: pulling from" << since;
                         pullCatalog(collection, since, {}, applied, pages);
                         return;
                     }
                     if (!reply.ok()) {
                         finish(reply);
                         return;
                     }
                     const QJsonArray changes = reply.json.value(QLatin1String("changes")).toArray();
                     const QString next = reply.json.value(QLatin1String("next")).toString();
                     // Mid-way the version stays, with the page to go on from: a pull cut off resumes there.
                     const QString cursor =
                         next.isEmpty() ? QString::number(reply.json.value(QLatin1String("version")).toInteger())
                                        : QStringLiteral("%1@%2").arg(since).arg(next);
                     const auto kept = keepPage(collection, cursor, [&]() -> Result<void> {
                         auto done = CatalogChanges(m_database, m_catalog).apply(collection, changes);
                         return done ? Result<void>() : Result<void>(Error{done.error()});
                     });
                     const int appliedNow = applied + int(changes.size());
                     if (kept)
                         Q_EMIT catalogPageKept(collection, pages + 1, appliedNow);
                     if (!kept || next.isEmpty() || m_cancelled) {
                         if (kept && appliedNow > 0)
                             Q_EMIT catalogChanged();
                         if (kept && !next.isEmpty()) { // cancelled: neither done nor failed
                             pullNext();
                             return;
                         }
                         finish(kept);
                         return;
                     }
                     pullCatalog(collection, since, next, appliedNow, pages + 1);
                 });
}

void PullScheduler::pullRevocations(qint64 after)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    m_client.get(QStringLiteral("/v1/coupon-revocations"), query, [this](const CentralReply &reply) {
        if (!reply.ok()) {
            finish(reply);
            return;
        }
        const qint64 last = reply.json.value(QLatin1String("last")).toInteger();
        RevokedCoupons revoked(m_database);
        const auto kept = keepPage(QStringLiteral("coupon_revocations"), QString::number(last), [&]() -> Result<void> {
            auto added = revoked.add(reply.json.value(QLatin1String("revocations")).toArray());
            return added ? Result<void>() : Result<void>(Error{added.error()});
        });
        if (kept && reply.json.value(QLatin1String("more")).toBool()) {
            pullRevocations(last);
            return;
        }
        if (kept)
            restore();
        finish(kept);
    });
}

void PullScheduler::pullKeys()
{
    m_keys.refresh(
        [this](Result<int> refreshed) { finish(refreshed ? Result<void>() : Result<void>(Error{refreshed.error()})); });
}

void PullScheduler::pullPickups()
{
    m_client.get(QStringLiteral("/v1/pickups"), {}, [this](const CentralReply &reply) {
        if (!reply.ok()) {
            finish(reply);
            return;
        }
        finish(PickupCache(m_database).replace(reply.json.value(QLatin1String("orders")).toArray(), m_clock()));
    });
}

void PullScheduler::pullCustomers()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::max(1, m_customerCacheSize)));
    m_client.get(QStringLiteral("/v1/regular-customers"), query, [this](const CentralReply &reply) {
        if (!reply.ok()) {
            finish(reply);
            return;
        }
        finish(CustomerCache(m_database)
                   .put(reply.json.value(QLatin1String("customers")).toArray(), m_clock(), m_customerCacheSize));
    });
}

void PullScheduler::finish(const CentralReply &failed)
{
    finish(Result<void>(Error{failed.error}));
}

void PullScheduler::finish(const Result<void> &outcome)
{
    const QString kind = m_round.takeFirst();
    const QDateTime now = m_clock();
    const auto logged = outcome ? m_log.succeeded(kind, now) : m_log.failed(kind, outcome.error(), now);
    if (!logged)
        qCWarning(lcSync) << "pull of" << kind << "not logged:" << logged.error();
    if (!outcome) {
        ++m_failed;
        qCInfo(lcSync) << "pull of" << kind << "failed:" << outcome.error();
    }
    if (!outcome && !m_lastReached)
        m_round.clear();
    pullNext();
}

} // namespace omnitill
