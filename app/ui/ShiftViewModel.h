#pragma once

#include "StoreProfile.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace omnitill {

class ApprovalRetry;
class ShiftService;

// The shift's cash on screen: the X report at any time, paid-in, paid-out and drops to the safe, and
// the blind close that ends in the Z report. The report text is what the printer would print.
class ShiftViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its shift")
    Q_PROPERTY(QString reportText READ reportText NOTIFY reportChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    ShiftViewModel(ShiftService &shifts, StoreProfile profile, ApprovalRetry &approvalRetry, QObject *parent = nullptr);

    QString reportText() const { return m_reportText; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    Q_INVOKABLE bool showXReport();
    // kind: "paidIn", "paidOut" or "drop"; amount as typed.
    Q_INVOKABLE bool moveCash(const QString &kind, const QString &amountText, const QString &reason);
    // The blind count: the expected amount is only shown in the Z report that this produces.
    Q_INVOKABLE bool closeShift(const QString &countedText);
    // No sale: opens the drawer (open_drawer_no_sale, else a supervisor approves), counted in the report.
    Q_INVOKABLE bool openDrawer(const QString &reason);
    // What the printer said about the drawer pulse.
    void showDrawerOutcome(bool opened, const QString &problem);

Q_SIGNALS:
    void reportChanged();
    void messageChanged();

private:
    bool report(bool ok, const QString &text, bool isError);
    // A refusal may be waiting for a manager: if one approves, the action runs then.
    bool refused(const QString &reason, std::function<void()> retry);

    ShiftService &m_shifts;
    ApprovalRetry &m_approvalRetry;
    StoreProfile m_profile;
    QString m_reportText;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace omnitill
