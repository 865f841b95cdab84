#pragma once

#include "ItemLookup.h"
#include "JournalSearch.h"
#include "JournalVerifier.h"
#include "StoreProfile.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class Database;
class PrintService;

// The back office's journal page: search the journal (receipt number, day range, amount, customer,
// cashier, item), a page of newest records at a time; open one to see its receipt as the printer printed
// it (ReceiptImageProvider draws "image://receipt/<number>"); print a copy; check the hash chain of the
// whole journal, with progress and cancel. Only reachable inside the back office (BackOfficeViewModel asked
// for Permission::ViewReports on the way in); the rows are the records found.
class JournalViewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its journal page")
    Q_PROPERTY(bool canLoadMore READ canLoadMore NOTIFY resultsChanged)
    Q_PROPERTY(qint64 openSequence READ openSequence NOTIFY openChanged)
    Q_PROPERTY(QString openTitle READ openTitle NOTIFY openChanged)
    Q_PROPERTY(QString receiptSource READ receiptSource NOTIFY openChanged)
    Q_PROPERTY(bool verifying READ verifying NOTIFY verificationChanged)
    Q_PROPERTY(double verifyProgress READ verifyProgress NOTIFY verificationChanged)
    Q_PROPERTY(QString verification READ verification NOTIFY verificationChanged)
    Q_PROPERTY(bool verificationFailed READ verificationFailed NOTIFY verificationChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    enum Role {
        SequenceRole = Qt::UserRole + 1,
        KindRole,
        TimeRole,
        TotalRole,
        CustomerRole,
        StaffRole,
        AmountRole,
        AtRole
    };
    Q_ENUM(Role)

    JournalViewModel(const Database &database, CatalogRepository &catalog, PrintService &printing, StoreProfile profile,
                     QObject *parent = nullptr);

    bool canLoadMore() const { return m_canLoadMore; }
    qint64 openSequence() const { return m_openSequence; }
    QString openTitle() const;
    QString receiptSource() const;
    bool verifying() const { return m_verifier.isRunning(); }
    double verifyProgress() const;
    QString verification() const;
    bool verificationFailed() const;
    QString message() const { return m_message; }
    // The rows' and the check's words again in the language just chosen; a passing message is dropped.
    void retranslate();

    // Each argument may be empty. Days are yyyy-MM-dd in the store's time (until is inclusive); the amount is
    // the total as the cashier reads it ("19,900"; a refund is negative); item is a barcode or a SKU.
    Q_INVOKABLE void search(const QString &receipt, const QString &fromDay, const QString &untilDay,
                            const QString &amount, const QString &customer, const QString &staff, const QString &item);
    Q_INVOKABLE void loadMore();
    Q_INVOKABLE void open(qint64 sequence);
    Q_INVOKABLE void printCopy();
    Q_INVOKABLE void verifyJournal();
    Q_INVOKABLE void cancelVerification();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void resultsChanged();
    void openChanged();
    void verificationChanged();
    void messageChanged();

private:
    [[nodiscard]] Result<JournalQuery> queryFrom(const QString &receipt, const QString &fromDay,
                                                 const QString &untilDay, const QString &amount,
                                                 const QString &customer, const QString &staff,
                                                 const QString &item) const;
    void fetch(bool more);
    void verified(const JournalVerification &result);
    QString money(qint64 minor) const;
    void setMessage(const QString &message);

    const Database &m_database;
    ItemLookup m_lookup;
    PrintService &m_printing;
    StoreProfile m_profile;
    JournalVerifier m_verifier;
    JournalQuery m_query;
    QList<JournalHit> m_hits;
    bool m_canLoadMore = false;
    qint64 m_openSequence = 0;
    std::optional<JournalVerification> m_verified; // the last check's result, put in words when shown
    QString m_message;
};

} // namespace omnitill
