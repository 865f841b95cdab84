#pragma once

#include "Promotion.h"
#include "StoreProfile.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class Database;

// The promotions the till applies today or later (PromotionRepository::loadActive), for the back office's
// catalog page: each one's names, what it gives (kind), when (window) and to what (scope), in words a manager
// reads. Read again by reload(), e.g. after the language changes or new promotions were pulled.
class PromotionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The catalog page owns its promotions")
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameKoRole, NameEnRole, KindRole, WindowRole, ScopeRole };
    Q_ENUM(Role)

    PromotionListModel(const Database &database, StoreProfile profile, QObject *parent = nullptr);

    // Why the promotions could not be read; empty when they were.
    QString problem() const { return m_problem; }

    Q_INVOKABLE void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void problemChanged();

private:
    QString kind(const Promotion &promotion) const;
    QString window(const PromotionWindow &window) const;
    QString scope(const Promotion &promotion) const;
    QString money(qint64 minor) const;

    const Database &m_database;
    StoreProfile m_profile;
    QList<Promotion> m_promotions;
    QString m_problem;
};

} // namespace omnitill
