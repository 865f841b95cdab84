#include "PromotionRepository.h"

#include "Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace omnitill {

namespace {
const QString dateFormat = QStringLiteral("yyyy-MM-dd");
const QString timeFormat = QStringLiteral("HH:mm");

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(dateFormat)) : QVariant();
}

QVariant timeValue(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(timeFormat)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), dateFormat);
}

QTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), timeFormat);
}

// A null QString binds as SQL NULL, which the NOT NULL text columns refuse; an absent name is ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
} // namespace

PromotionRepository::PromotionRepository(const Database &database)
    : m_connection(database.connection())
{
}

Result<QList<Promotion>> PromotionRepository::loadActive(const QDate &today) const
{
    const auto readError = [](const QSqlQuery &query) {
        qCWarning(lcStore) << "reading promotions failed:" << query.lastError().text();
        return Error{tr("The promotions could not be read: %1").arg(query.lastError().databaseText())};
    };
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, name_ko, name_en, kind, buy_quantity, get_quantity, value, "
                                 "threshold_minor, member_only, first_day, last_day, weekdays, daily_start, "
                                 "daily_end FROM promotions "
                                 "WHERE enabled = 1 AND (last_day IS NULL OR last_day >= ?) ORDER BY id"));
    query.addBindValue(today.toString(dateFormat));
    if (!query.exec())
        return readError(query);
    QList<Promotion> promotions;
    QHash<QString, qsizetype> byId;
    while (query.next()) {
        Promotion promotion;
        promotion.id = query.value(0).toString();
        promotion.nameKo = query.value(1).toString();
        promotion.nameEn = query.value(2).toString();
        const auto kind = Promotion::kindFromCode(query.value(3).toString());
        promotion.kind = kind.value_or(Promotion::Kind::PercentOff);
        promotion.buyQuantity = query.value(4).toInt();
        promotion.getQuantity = query.value(5).toInt();
        promotion.value = query.value(6).toLongLong();
        promotion.thresholdMinor = query.value(7).toLongLong();
        promotion.memberOnly = query.value(8).toBool();
        promotion.window.firstDay = dateFrom(query.value(9));
        promotion.window.lastDay = dateFrom(query.value(10));
        promotion.window.weekdays = query.value(11).toInt();
        promotion.window.dailyStart = timeFrom(query.value(12));
        promotion.window.dailyEnd = timeFrom(query.value(13));
        byId.insert(promotion.id, promotions.size());
        promotions.append(std::move(promotion));
    }
    query.finish();

    QSqlQuery targets(m_connection);
    targets.setForwardOnly(true);
    if (!targets.exec(QStringLiteral("SELECT promotion_id, kind, value FROM promotion_targets "
                                     "ORDER BY promotion_id, kind, value")))
        return readError(targets);
    while (targets.next()) {
        const auto index = byId.constFind(targets.value(0).toString());
        if (index == byId.cend())
            continue; // disabled or ended
        PromotionTargets &of = promotions[*index].targets;
        (targets.value(1).toString() == QLatin1String("sku") ? of.skus : of.categories)
            .append(targets.value(2).toString());
    }
    targets.finish();

    QList<Promotion> usable;
    for (Promotion &promotion : promotions) {
        if (auto valid = promotion.validate(); !valid) {
            qCWarning(lcStore) << "promotion skipped:" << valid.error();
            continue;
        }
        usable.append(std::move(promotion));
    }
    return usable;
}

Result<void> PromotionRepository::put(const Promotion &promotion, bool enabled)
{
    if (auto valid = promotion.validate(); !valid)
        return valid;
    const auto writeError = [](const QSqlQuery &query) {
        qCWarning(lcStore) << "promotion write failed:" << query.lastError().text();
        return Error{tr("The promotion could not be saved: %1").arg(query.lastError().databaseText())};
    };
    QSqlQuery query(m_connection);
    // Deleting the old row takes its old targets with it (ON DELETE CASCADE).
    query.prepare(QStringLiteral("DELETE FROM promotions WHERE id = ?"));
    query.addBindValue(promotion.id);
    if (!query.exec())
        return writeError(query);
    query.prepare(QStringLiteral("INSERT INTO promotions (id, name_ko, name_en, kind, buy_quantity, get_quantity, "
                                 "value, threshold_minor, member_only, first_day, last_day, weekdays, daily_start, "
                                 "daily_end, enabled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(promotion.id);
    query.addBindValue(text(promotion.nameKo));
    query.addBindValue(text(promotion.nameEn));
    query.addBindValue(Promotion::kindCode(promotion.kind));
    query.addBindValue(promotion.buyQuantity);
    query.addBindValue(promotion.getQuantity);
    query.addBindValue(promotion.value);
    query.addBindValue(promotion.thresholdMinor);
    query.addBindValue(promotion.memberOnly ? 1 : 0);
    query.addBindValue(dateValue(promotion.window.firstDay));
    query.addBindValue(dateValue(promotion.window.lastDay));
    query.addBindValue(promotion.window.weekdays);
    query.addBindValue(timeValue(promotion.window.dailyStart));
    query.addBindValue(timeValue(promotion.window.dailyEnd));
    query.addBindValue(enabled ? 1 : 0);
    if (!query.exec())
        return writeError(query);

    QSqlQuery target(m_connection);
    target.prepare(
        QStringLiteral("INSERT OR IGNORE INTO promotion_targets (promotion_id, kind, value) VALUES (?, ?, ?)"));
    const auto insertTargets = [&](const QString &kind, const QStringList &values) -> Result<void> {
        for (const QString &value : values) {
            target.bindValue(0, promotion.id);
            target.bindValue(1, kind);
            target.bindValue(2, value);
            if (!target.exec())
                return writeError(target);
        }
        return {};
    };
    if (auto skus = insertTargets(QStringLiteral("sku"), promotion.targets.skus); !skus)
        return skus;
    return insertTargets(QStringLiteral("category"), promotion.targets.categories);
}

} // namespace omnitill
