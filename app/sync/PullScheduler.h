#pragma once

#include "PullLog.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace omnitill {

class CatalogRepository;
class CentralClient;
class Database;
class SigningKeys;
struct CentralReply;

// Pulls from the central store what the till needs to work without it, every few minutes, one kind after
// another, each with its own cursor and its last success kept in PullLog (the back office shows them):
//   signing_keys                   the keys that verify app, coupon and order codes (rotation, retirement)
//   coupon_revocations             withdrawn coupons after the last sequence (GET /v1/coupon-revocations),
//                                  refused from then on, offline too (RevokedCoupons, SigningKeys)
//   pickups                        the orders ready for pickup here (GET /v1/pickups), replacing PickupCache
//   customers                      the store's regulars (GET /v1/regular-customers) into CustomerCache, up to
//                                  the setting sync.customerCacheSize
//   products, prices, promotions   catalog changes since the version last applied (GET /v1/catalog/{c}/changes),
//                                  page by page into the till's catalog (CatalogChanges)
// Invariants: a page is applied in one transaction with its cursor, so a pull cut off halfway goes on from the
// last page kept and nothing is applied twice or skipped; a kind's last success moves only when all of it was
// pulled. A catalog kind's cursor is the version it has all changes up to, and, while a pull of it is under way,
// the page to go on from ("<version>@<page>"): a cancelled or cut-off pull resumes there. A round stops at the first
// request that gets no answer (the store is out of reach: the rest would only wait for their timeouts) and the next
// round starts over; other failures are kept per kind and the round goes on.
class PullScheduler : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int defaultIntervalMs = 5 * 60 * 1000;
    static constexpr int defaultCatalogPageSize = 1000;
    static constexpr int startDelayMs = 20000;
    static const QStringList kinds;

    PullScheduler(const Database &database, CatalogRepository &catalog, CentralClient &client, SigningKeys &keys,
                  QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setCustomerCacheSize(int size) { m_customerCacheSize = size; }
    void setCatalogPageSize(int size) { m_catalogPageSize = size; }
    // What earlier pulls left for offline use: the withdrawn coupons into the signing keys' verifier.
    void restore();
    // Pulls in firstInMs, then every intervalMs.
    void start(int intervalMs = defaultIntervalMs, int firstInMs = 0);

    [[nodiscard]] bool pulling() const { return !m_round.isEmpty(); }
    [[nodiscard]] static const QStringList &catalogKinds();
    [[nodiscard]] Result<QList<PullState>> states() const { return m_log.all(); }

public Q_SLOTS:
    // One round of every kind, unless one is under way.
    void pullAll();
    // A round of the catalog's kinds only (the back office's "Sync catalog now"); false when a round is under way.
    bool pullCatalogNow();
    // Ends the round under way after the request in flight: what it brings is kept with its cursor, the kinds
    // after it wait for the next round, and nothing is recorded as failed. roundFinished follows.
    void cancel();

Q_SIGNALS:
    // Products, prices or promotions changed: what is priced from them should be read again.
    void catalogChanged();
    // A round ended; failed: how many kinds failed in it (a round cut short counts the kind it stopped at).
    void roundFinished(int failed);
    // A page of catalog changes was kept with its cursor: changes counts those of kind in this pull so far.
    void catalogPageKept(const QString &kind, int pages, qint64 changes);

private:
    void pullNext();
    void startRound(const QStringList &kinds);
    void pullCatalog(const QString &collection, qint64 since, const QString &page, int applied, int pages = 0);
    void pullRevocations(qint64 after);
    void pullKeys();
    void pullPickups();
    void pullCustomers();
    // The kind at the head of the round is done: recorded, and the round goes on (or stops, see above).
    void finish(const Result<void> &outcome);
    void finish(const CentralReply &failed);
    [[nodiscard]] qint64 cursorOf(const QString &kind) const;
    [[nodiscard]] QString pageOf(const QString &kind) const; // where an interrupted catalog pull goes on
    // A page and its cursor, kept together.
    [[nodiscard]] Result<void> keepPage(const QString &kind, const QString &cursor,
                                        const std::function<Result<void>()> &apply);

    const Database &m_database;
    CatalogRepository &m_catalog;
    CentralClient &m_client;
    SigningKeys &m_keys;
    PullLog m_log;
    QTimer m_timer;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QStringList m_round; // the kinds still to pull in this round, the current one first
    int m_failed = 0;
    bool m_lastReached = true; // whether the central store answered the last request at all
    bool m_cancelled = false;  // the round ends after the request in flight
    int m_customerCacheSize = 0;
    int m_catalogPageSize = defaultCatalogPageSize;
};

} // namespace omnitill
