#include "JournalViewModel.h"

#include "Database.h"
#include "Money.h"
#include "PrintService.h"

#include <QLocale>

namespace omnitill {

namespace {
constexpr int pageSize = 50;

// A day typed as yyyy-MM-dd, as the start of that day on the till's clock; invalid when empty or not a day.
std::optional<QDateTime> dayStart(const QString &typed)
{
    if (typed.trimmed().isEmpty())
        return QDateTime();
    const QDate day = QDate::fromString(typed.trimmed(), Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return day.startOfDay();
}
} // namespace

JournalViewModel::JournalViewModel(const Database &database, CatalogRepository &catalog, PrintService &printing,
                                   StoreProfile profile, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
    , m_lookup(catalog, profile.variableMeasure)
    , m_printing(printing)
    , m_profile(std::move(profile))
    , m_verifier(database.path())
{
    connect(&m_verifier, &JournalVerifier::progressed, this, &JournalViewModel::verificationChanged);
    connect(&m_verifier, &JournalVerifier::finished, this, &JournalViewModel::verified);
}

QString JournalViewModel::openTitle() const
{
    return m_openSequence > 0 ? tr("Receipt %1").arg(m_openSequence) : QString();
}

QString JournalViewModel::receiptSource() const
{
    return m_openSequence > 0 ? QStringLiteral("image://receipt/%1").arg(m_openSequence) : QString();
}

double JournalViewModel::verifyProgress() const
{
    return m_verifier.total() > 0 ? double(m_verifier.checked()) / double(m_verifier.total()) : 0.0;
}

Result<JournalQuery> JournalViewModel::queryFrom(const QString &receipt, const QString &fromDay,
                                                 const QString &untilDay, const QString &amount,
                                                 const QString &customer, const QString &staff,
                                                 const QString &item) const
{
    JournalQuery query;
    query.limit = pageSize;
    if (!receipt.trimmed().isEmpty()) {
        bool number = false;
        query.receipt = receipt.trimmed().toLongLong(&number);
        if (!number || *query.receipt <= 0)
            return Error{tr("A receipt number is digits only, like 1024.")};
    }
    const auto from = dayStart(fromDay);
    const auto until = dayStart(untilDay);
    if (!from || !until)
        return Error{tr("Type days as year-month-day, like 2026-11-26.")};
    query.from = *from;
    query.until = until->isValid() ? until->addDays(1) : QDateTime(); // the last day counts whole
    if (!amount.trimmed().isEmpty()) {
        const auto money = Money::parse(amount.trimmed(), m_profile.currency);
        if (!money)
            return Error{tr("The amount %1 is not an amount of money.").arg(amount.trimmed())};
        query.minimumTotal = money->minorUnits();
        query.maximumTotal = money->minorUnits();
    }
    query.customerId = customer.trimmed();
    query.staff = staff.trimmed();
    if (!item.trimmed().isEmpty()) {
        // A barcode or SKU the catalog knows searches by that item's SKU; an item no longer sold is found
        // by the SKU typed.
        const auto match = m_lookup.find(item.trimmed());
        query.sku = match ? match->product.sku : item.trimmed();
    }
    return query;
}

void JournalViewModel::search(const QString &receipt, const QString &fromDay, const QString &untilDay,
                              const QString &amount, const QString &customer, const QString &staff, const QString &item)
{
    const auto query = queryFrom(receipt, fromDay, untilDay, amount, customer, staff, item);
    if (!query) {
        setMessage(query.error());
        return;
    }
    m_query = *query;
    fetch(false);
}

void JournalViewModel::loadMore()
{
    if (m_canLoadMore)
        fetch(true);
}

void JournalViewModel::fetch(bool more)
{
    m_query.beforeSequence = more && !m_hits.isEmpty() ? m_hits.constLast().sequence : 0;
    const auto found = JournalSearch(m_database).find(m_query);
    if (!found) {
        setMessage(found.error());
        return;
    }
    if (more) {
        beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + found->size()) - 1);
        m_hits.append(*found);
        endInsertRows();
    } else {
        beginResetModel();
        m_hits = *found;
        endResetModel();
    }
    m_canLoadMore = found->size() == pageSize;
    setMessage(m_hits.isEmpty() ? tr("No receipt matches.") : QString());
    Q_EMIT resultsChanged();
}

void JournalViewModel::open(qint64 sequence)
{
    m_openSequence = sequence;
    Q_EMIT openChanged();
}

void JournalViewModel::printCopy()
{
    if (m_openSequence <= 0)
        return;
    const auto queued = m_printing.reprint(m_openSequence);
    setMessage(queued ? tr("A copy of receipt %1 is printing.").arg(m_openSequence) : queued.error());
}

void JournalViewModel::verifyJournal()
{
    m_verified.reset();
    m_verifier.start();
    Q_EMIT verificationChanged();
}

void JournalViewModel::cancelVerification()
{
    m_verifier.cancel();
}

void JournalViewModel::verified(const JournalVerification &result)
{
    m_verified = result;
    Q_EMIT verificationChanged();
}

bool JournalViewModel::verificationFailed() const
{
    return m_verified && !m_verified->intact() && !m_verified->cancelled;
}

QString JournalViewModel::verification() const
{
    if (m_verifier.isRunning())
        return tr("Checking the journal…");
    if (!m_verified)
        return {};
    const JournalVerification &result = *m_verified;
    const QLocale locale(m_profile.localeName);
    if (result.cancelled)
        return tr("Check stopped after %1 receipts; nothing is known of the rest.").arg(locale.toString(result.checked));
    if (result.firstBrokenSequence < 0)
        return tr("The journal could not be checked: %1").arg(result.reason);
    if (!result.intact())
        return tr("The journal is broken at receipt %1: %2. Receipts before it are intact.")
            .arg(result.firstBrokenSequence)
            .arg(result.reason);
    return tr("All %1 receipts are intact: every one is as it was written, none is missing.")
        .arg(locale.toString(result.checked));
}

void JournalViewModel::retranslate()
{
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_hits.size()) - 1), {KindRole});
    Q_EMIT openChanged();
    Q_EMIT verificationChanged();
    setMessage({});
}

int JournalViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant JournalViewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const JournalHit &hit = m_hits.at(index.row());
    switch (role) {
    case SequenceRole:
        return hit.sequence;
    case KindRole:
        return hit.kind == QLatin1String("return")   ? tr("Return")
               : hit.kind == QLatin1String("voided") ? tr("Voided")
                                                     : tr("Sale");
    case TimeRole:
        return QLocale(m_profile.localeName).toString(hit.completedAt.toLocalTime(), QLocale::ShortFormat);
    case TotalRole:
        return money(hit.totalMinor);
    case AtRole: // for the CSV export: a time a spreadsheet reads in any locale
        return hit.completedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case AmountRole: // for the CSV export: a number to the spreadsheet
        return Money(hit.totalMinor, m_profile.currency).toDecimalString();
    case CustomerRole:
        return hit.customerId;
    case StaffRole:
        return hit.staff;
    default:
        return {};
    }
}

QHash<int, QByteArray> JournalViewModel::roleNames() const
{
    return {{SequenceRole, "sequence"}, {KindRole, "kind"},   {TimeRole, "time"},     {TotalRole, "total"},
            {CustomerRole, "customer"}, {StaffRole, "staff"}, {AmountRole, "amount"}, {AtRole, "at"}};
}

QString JournalViewModel::money(qint64 minor) const
{
    return Money(minor, m_profile.currency).format(QLocale(m_profile.localeName));
}

void JournalViewModel::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace omnitill
