#include "SettingsViewModel.h"

#include "CatalogRepository.h"
#include "Permission.h"
#include "ReceiptLogo.h"
#include "ReceiptPrinter.h"
#include "ReceiptSample.h"
#include "StaffService.h"

#include <QDateTime>
#include <QUrl>

namespace omnitill {

SettingsViewModel::SettingsViewModel(const Database &database, CatalogRepository &catalog, const StaffService &staff,
                                     const StoreProfile &profile, PrinterProfile printer, QObject *parent)
    : QAbstractListModel(parent)
    , m_settings(database)
    , m_staff(staff)
    , m_schema(profile.currency, profile.localeName,
               [&catalog](const QString &sku) { return catalog.findBySku(sku).has_value(); })
    , m_printer(std::move(printer))
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
    previewMayDiffer();
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
    if (row->kind == SettingsSchema::Kind::Logo)
        return chooseLogo(typed.trimmed());
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
    previewMayDiffer();
    report(false, row->needsRestart ? tr("%1 saved. It takes effect when the till starts again.").arg(row->label)
                                    : tr("%1 saved. It takes effect now.").arg(row->label));
    return true;
}

bool SettingsViewModel::chooseLogo(const QString &path)
{
    // A file dialog's choice arrives as a file: URL, a typed one as a path.
    const QString file = path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path;
    if (file.isEmpty()) {
        report(true, tr("Give the path of a PNG or JPEG file for the logo."));
        return false;
    }
    const auto logo = ReceiptLogo::choose(m_settings, file, m_printer);
    if (!logo) {
        report(true, logo.error());
        return false;
    }
    previewMayDiffer();
    report(false,
           tr("Logo saved (%1 × %2 dots). It prints from the next receipt.").arg(logo->width()).arg(logo->height()));
    return true;
}

bool SettingsViewModel::removeLogo()
{
    if (!m_staff.currentMay(Permission::ManageStaff)) {
        report(true, tr("Only a manager may change the store's settings."));
        return false;
    }
    if (auto removed = ReceiptLogo::remove(m_settings); !removed) {
        report(true, removed.error());
        return false;
    }
    previewMayDiffer();
    report(false, tr("Logo removed. Receipts print without it from the next one."));
    return true;
}

QString SettingsViewModel::logoSummary() const
{
    const QImage logo = ReceiptLogo::load(m_settings, m_printer);
    return logo.isNull() ? tr("No logo") : tr("Logo: %1 × %2 dots").arg(logo.width()).arg(logo.height());
}

QImage SettingsViewModel::receiptPreview() const
{
    const auto profile = m_settings.loadProfile({});
    if (!profile)
        return {};
    const auto paper = ReceiptPrinter::image(
        ReceiptSample::of(*profile, ReceiptLogo::load(m_settings, m_printer), QDateTime::currentDateTime()), m_printer);
    return paper ? *paper : QImage();
}

void SettingsViewModel::previewMayDiffer()
{
    ++m_previewRevision;
    Q_EMIT previewChanged();
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
               : field.kind == SettingsSchema::Kind::Logo  ? QStringLiteral("logo")
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
