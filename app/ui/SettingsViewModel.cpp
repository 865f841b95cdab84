#include "SettingsViewModel.h"

#include "CatalogRepository.h"
#include "Permission.h"
#include "StaffService.h"

namespace omnitill {

SettingsViewModel::SettingsViewModel(const Database &database, CatalogRepository &catalog, const StaffService &staff,
                                     const StoreProfile &profile, QObject *parent)
    : QAbstractListModel(parent)
    , m_settings(database)
    , m_staff(staff)
    , m_schema(profile.currency, profile.localeName,
               [&catalog](const QString &sku) { return catalog.findBySku(sku).has_value(); })
{
}

void SettingsViewModel::refresh()
{
    beginResetModel();
    m_fields = m_schema.fields();
    m_values.clear();
    for (const SettingsSchema::Field &field : std::as_const(m_fields))
        m_values.append(m_schema.shown(field, m_settings.value(field.key).value_or(QString())));
    endResetModel();
    const bool allowed = m_staff.currentMay(Permission::ManageStaff);
    if (allowed != m_allowed) {
        m_allowed = allowed;
        Q_EMIT allowedChanged();
    }
    report(false, QString());
}

bool SettingsViewModel::save(const QString &key, const QString &typed)
{
    if (!m_staff.currentMay(Permission::ManageStaff)) {
        report(true, tr("Only a manager may change the store's settings."));
        return false;
    }
    const auto row = std::find_if(m_fields.cbegin(), m_fields.cend(),
                                  [&key](const SettingsSchema::Field &field) { return field.key == key; });
    if (row == m_fields.cend()) {
        report(true, tr("%1 is not a setting of this page.").arg(key));
        return false;
    }
    const auto checked = m_schema.check(*row, typed);
    if (!checked) {
        report(true, checked.error());
        return false;
    }
    if (auto saved = m_settings.setValue(key, *checked); !saved) {
        report(true, saved.error());
        return false;
    }
    const int index = int(row - m_fields.cbegin());
    m_values[index] = m_schema.shown(*row, *checked);
    Q_EMIT dataChanged(this->index(index), this->index(index), {ValueRole});
    report(false, row->needsRestart ? tr("%1 saved. It takes effect when the till starts again.").arg(row->label)
                                    : tr("%1 saved. It takes effect now.").arg(row->label));
    return true;
}

int SettingsViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant SettingsViewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fields.size())
        return {};
    const SettingsSchema::Field &field = m_fields.at(index.row());
    switch (role) {
    case KeyRole:
        return field.key;
    case GroupRole:
        return SettingsSchema::groupTitle(field.group);
    case LabelRole:
        return field.label;
    case HintRole:
        return field.hint;
    case ValueRole:
        return m_values.at(index.row());
    case KindRole:
        return field.kind == SettingsSchema::Kind::Choice  ? QStringLiteral("choice")
               : field.kind == SettingsSchema::Kind::Lines ? QStringLiteral("lines")
                                                           : QStringLiteral("text");
    case ChoicesRole:
        return field.choices;
    case ChoiceLabelsRole:
        return field.choiceLabels;
    case NeedsRestartRole:
        return field.needsRestart;
    default:
        return {};
    }
}

QHash<int, QByteArray> SettingsViewModel::roleNames() const
{
    return {{KeyRole, "key"},
            {GroupRole, "group"},
            {LabelRole, "label"},
            {HintRole, "hint"},
            {ValueRole, "value"},
            {KindRole, "kind"},
            {ChoicesRole, "choices"},
            {ChoiceLabelsRole, "choiceLabels"},
            {NeedsRestartRole, "needsRestart"}};
}

void SettingsViewModel::report(bool refused, const QString &message)
{
    m_refused = refused;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace omnitill
