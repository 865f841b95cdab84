#include "PromotionListModel.h"

#include "Money.h"
#include "PromotionRepository.h"

#include <QLocale>

namespace omnitill {

namespace {
// Basis points as a percentage a person reads: 1000 is "10", 1250 is "12.5".
QString percent(qint64 basisPoints, const QLocale &locale)
{
    return locale.toString(double(basisPoints) / 100.0, 'g', 6);
}
} // namespace

PromotionListModel::PromotionListModel(const Database &database, StoreProfile profile, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
    , m_profile(std::move(profile))
{
}

void PromotionListModel::reload()
{
    beginResetModel();
    const auto loaded = PromotionRepository(m_database).loadActive(QDate::currentDate());
    m_promotions = loaded ? *loaded : QList<Promotion>();
    endResetModel();
    const QString problem = loaded ? QString() : loaded.error();
    if (problem != m_problem) {
        m_problem = problem;
        Q_EMIT problemChanged();
    }
}

QString PromotionListModel::kind(const Promotion &promotion) const
{
    const QLocale locale(m_profile.localeName);
    QString text;
    switch (promotion.kind) {
    case Promotion::Kind::BuyGet:
        text = promotion.value == Promotion::free
                   ? tr("Buy %1, get %2 free").arg(promotion.buyQuantity).arg(promotion.getQuantity)
                   : tr("Buy %1, get %2 at %3 % off")
                         .arg(promotion.buyQuantity)
                         .arg(promotion.getQuantity)
                         .arg(percent(promotion.value, locale));
        break;
    case Promotion::Kind::PercentOff:
        text = tr("%1 % off").arg(percent(promotion.value, locale));
        break;
    case Promotion::Kind::AmountOff:
        text = tr("%1 off each").arg(money(promotion.value));
        break;
    case Promotion::Kind::FixedPrice:
        text = tr("%1 each").arg(money(promotion.value));
        break;
    case Promotion::Kind::BasketAmountOff:
        text = tr("%1 off a basket of %2 or more").arg(money(promotion.value), money(promotion.thresholdMinor));
        break;
    case Promotion::Kind::BasketPercentOff:
        text = tr("%1 % off a basket of %2 or more")
                   .arg(percent(promotion.value, locale), money(promotion.thresholdMinor));
        break;
    }
    return promotion.memberOnly ? tr("%1, members only").arg(text) : text;
}

QString PromotionListModel::window(const PromotionWindow &window) const
{
    QStringList parts;
    if (window.firstDay.isValid() || window.lastDay.isValid())
        parts.append(tr("%1 to %2")
                         .arg(window.firstDay.isValid() ? window.firstDay.toString(Qt::ISODate) : tr("now"),
                              window.lastDay.isValid() ? window.lastDay.toString(Qt::ISODate) : tr("no end")));
    if (window.weekdays != PromotionWindow::everyDay) {
        const QLocale locale(m_profile.localeName);
        QStringList days;
        for (int day = 1; day <= 7; ++day) {
            if (window.weekdays & PromotionWindow::weekdayBit(day))
                days.append(locale.dayName(day, QLocale::ShortFormat));
        }
        parts.append(days.join(u' '));
    }
    if (window.dailyStart.isValid())
        parts.append(tr("%1 to %2 daily")
                         .arg(window.dailyStart.toString(QStringLiteral("HH:mm")),
                              window.dailyEnd.toString(QStringLiteral("HH:mm"))));
    return parts.isEmpty() ? tr("Always") : parts.join(QStringLiteral(", "));
}

QString PromotionListModel::scope(const Promotion &promotion) const
{
    if (promotion.targets.isEmpty())
        return promotion.isBasketPromotion() ? tr("The whole basket") : tr("Every product");
    QStringList parts;
    if (!promotion.targets.skus.isEmpty())
        parts.append(tr("SKU %1").arg(promotion.targets.skus.join(QStringLiteral(", "))));
    if (!promotion.targets.categories.isEmpty())
        parts.append(tr("category %1").arg(promotion.targets.categories.join(QStringLiteral(", "))));
    return parts.join(QStringLiteral("; "));
}

QString PromotionListModel::money(qint64 minor) const
{
    return Money(minor, m_profile.currency).format(QLocale(m_profile.localeName));
}

int PromotionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_promotions.size());
}

QVariant PromotionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_promotions.size())
        return {};
    const Promotion &promotion = m_promotions.at(index.row());
    switch (role) {
    case IdRole:
        return promotion.id;
    case NameKoRole:
        return promotion.nameKo;
    case NameEnRole:
        return promotion.nameEn;
    case KindRole:
        return kind(promotion);
    case WindowRole:
        return window(promotion.window);
    case ScopeRole:
        return scope(promotion);
    default:
        return {};
    }
}

QHash<int, QByteArray> PromotionListModel::roleNames() const
{
    return {{IdRole, "promotionId"}, {NameKoRole, "nameKo"}, {NameEnRole, "nameEn"},
            {KindRole, "kind"},      {WindowRole, "window"}, {ScopeRole, "scope"}};
}

} // namespace omnitill
