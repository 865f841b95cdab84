#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QAbstractItemModel;

namespace omnitill {

// The back office's "Export" buttons: a table view's model as a CSV file, a report's printed text as a PDF, both
// written to the store's export folder (setting exports.folder; by default "exports" beside the store database)
// under a name with the time, so one export never overwrites another. Says where the file went, or why not.
class ExportsViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its exports")
    Q_PROPERTY(QString folder READ folder CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    explicit ExportsViewModel(QString folder, QObject *parent = nullptr);

    QString folder() const { return m_folder; }
    QString message() const;
    bool messageIsError() const { return !m_error.isEmpty(); }
    // Says where the last file went again, in the language just chosen.
    void retranslate() { Q_EMIT messageChanged(); }
    // The file the last export wrote; empty if it failed.
    QString lastFile() const { return m_lastFile; }

    // columns: [{role: "total", header: qsTr("Total")}, ...]; name: what the file is called before its time
    // ("journal" makes journal-20261126-101500.csv).
    Q_INVOKABLE bool csv(QAbstractItemModel *model, const QVariantList &columns, const QString &name);
    Q_INVOKABLE bool pdf(const QString &title, const QString &text, const QString &name);
    // Where an export that writes its own file off the screen's thread (the whole catalog, CatalogExport) puts
    // it: a new name in the export folder like csv()'s; empty, with the reason in message, when the folder cannot
    // be made. That export says itself how it ended.
    Q_INVOKABLE QString newFile(const QString &name, const QString &suffix);

Q_SIGNALS:
    void messageChanged();

private:
    [[nodiscard]] QString nextPath(const QString &name, const QString &suffix);
    bool finish(const QString &path, const QString &error);

    QString m_folder;
    QString m_lastFile;
    QString m_error; // why the last export wrote nothing
};

} // namespace omnitill
