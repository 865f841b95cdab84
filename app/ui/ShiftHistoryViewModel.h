#pragma once

#include "StoreProfile.h"
#include "ZReportArchive.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class ApprovalRetry;
class Database;
class PrintService;
class ShiftService;

// The back office's shifts page: the Z reports of this till, newest first, fifty at a time (Z number,
// terminal, opened and closed, by whom, sales, returns, the cash counted against the cash expected); one
// opened shows its text exactly as archived and printed, and prints again on the receipt printer marked as a
// copy; the Z chain is verified (ZReportArchive::verify) and the result shown; the open shift's X report is
// shown on request. Only reachable inside the back office (BackOfficeViewModel asked for
// Permission::ViewReports on the way in); the rows are the reports listed.
class ShiftHistoryViewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its shifts page")
    Q_PROPERTY(bool canLoadMore READ canLoadMore NOTIFY historyChanged)
    Q_PROPERTY(qint64 openZNumber READ openZNumber NOTIFY shownChanged)
    Q_PROPERTY(QString shownTitle READ shownTitle NOTIFY shownChanged)
    Q_PROPERTY(QString shownText READ shownText NOTIFY shownChanged)
    Q_PROPERTY(QString verification READ verification NOTIFY verificationChanged)
    Q_PROPERTY(bool verificationFailed READ verificationFailed NOTIFY verificationChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    enum Role {
        ZNumberRole = Qt::UserRole + 1,
        TerminalRole,
        OpenedRole,
        ClosedRole,
        CashierRole,
        SalesCountRole,
        SalesRole,
        ReturnsRole,
        ExpectedCashRole,
        CountedCashRole,
        OverShortRole,
    };
    Q_ENUM(Role)

    ShiftHistoryViewModel(const Database &database, ShiftService &shifts, PrintService &printing, StoreProfile profile,
                          ApprovalRetry &approvalRetry, QObject *parent = nullptr);

    bool canLoadMore() const { return m_canLoadMore; }
    qint64 openZNumber() const { return m_openZNumber; }
    QString shownTitle() const;
    QString shownText() const { return m_shownText; }
    QString verification() const;
    bool verificationFailed() const { return m_verified && !*m_verified; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    // The shown report's title and the check's words again in the language just chosen; a passing message is
    // dropped.
    void retranslate();

    // The newest page again.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void loadMore();
    Q_INVOKABLE void open(qint64 zNumber);
    // The open shift's figures so far, as an X report on screen.
    Q_INVOKABLE void showXReport();
    // The opened Z report again on the receipt printer, its archived text between two copy marks.
    Q_INVOKABLE void reprint();
    Q_INVOKABLE void verifyChain();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void historyChanged();
    void shownChanged();
    void verificationChanged();
    void messageChanged();

private:
    void fetch(bool more);
    void show(qint64 zNumber, const QString &text);
    QString money(qint64 minor) const;
    QString time(const QDateTime &at) const;
    void setMessage(const QString &message, bool isError);

    ZReportArchive m_archive;
    ShiftService &m_shifts;
    PrintService &m_printing;
    StoreProfile m_profile;
    ApprovalRetry &m_approvalRetry;
    QList<ZReportSummary> m_reports;
    bool m_canLoadMore = false;
    qint64 m_openZNumber = 0;
    QString m_shownText;
    std::optional<Result<qint64>> m_verified; // the last check of the chain, put in words when shown
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace omnitill
