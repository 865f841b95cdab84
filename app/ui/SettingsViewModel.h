#pragma once

#include "PrinterProfile.h"
#include "SettingsSchema.h"
#include "StoreSettings.h"

#include <QAbstractListModel>
#include <QImage>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class CatalogRepository;
class StaffService;

// The back office's settings page: every setting of SettingsSchema, grouped, with its current value; a value
// is saved only after the schema's check, and a refusal says why in words. Changing the store's settings is a
// manager's matter: the page is open to staff whose role may manage staff (Permission::ManageStaff, the
// manager's own permission; a cashier let into the back office by an approval sees the other pages, not this
// one), and save() asks again. Most settings are read when the till starts: saving one says so. The rows are the
// fields. The receipt's logo is chosen by saving a picture file's path to receipt.logo (converted for the till's
// printer and stored, ReceiptLogo); receiptPreview() is a made-up receipt with what is saved now, on that
// printer's paper, and previewRevision changes whenever it may look different.
class SettingsViewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its settings page")
    Q_PROPERTY(bool allowed READ allowed NOTIFY allowedChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool refused READ refused NOTIFY messageChanged)
    Q_PROPERTY(int previewRevision READ previewRevision NOTIFY previewChanged)
    Q_PROPERTY(QString logoSummary READ logoSummary NOTIFY previewChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        GroupRole,
        LabelRole,
        HintRole,
        ValueRole,
        KindRole,
        ChoicesRole,
        ChoiceLabelsRole,
        NeedsRestartRole
    };
    Q_ENUM(Role)

    SettingsViewModel(const Database &database, CatalogRepository &catalog, const StaffService &staff,
                      const StoreProfile &profile, PrinterProfile printer, QObject *parent = nullptr);

    bool allowed() const { return m_allowed; }
    QString message() const { return m_message; }
    bool refused() const { return m_refused; }
    int previewRevision() const { return m_previewRevision; }
    // The stored logo's size in dots, or that there is none.
    QString logoSummary() const;

    // Reads every value again, in the current language, and whether the signed-in staff member may change them.
    Q_INVOKABLE void refresh();
    // Checks what was typed for key and saves it; false, with the reason in message, when refused.
    Q_INVOKABLE bool save(const QString &key, const QString &typed);
    Q_INVOKABLE bool removeLogo();
    // A made-up receipt with the store's name, address, header, footer and logo as saved now (ReceiptSample).
    [[nodiscard]] QImage receiptPreview() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void allowedChanged();
    void messageChanged();
    void previewChanged();

private:
    void report(bool refused, const QString &message);
    bool chooseLogo(const QString &path);
    void previewMayDiffer();

    StoreSettings m_settings;
    const StaffService &m_staff;
    SettingsSchema m_schema;
    PrinterProfile m_printer;
    QList<SettingsSchema::Field> m_fields;
    QStringList m_values; // as shown, by row
    bool m_allowed = false;
    bool m_refused = false;
    QString m_message;
    int m_previewRevision = 0;
};

} // namespace omnitill
