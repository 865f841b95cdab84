#pragma once

#include "KioskSettings.h"
#include "ScanPayload.h"
#include "StaffMember.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace omnitill {

class CardPaymentViewModel;
class CashierViewModel;
class CatalogRepository;
class CheckoutService;
class CouponsViewModel;
class ShiftService;
class StaffService;
class StoreSettings;
struct CardSwipe;

// The self-service kiosk: the same till (CheckoutService, the card terminal, coupons, stored value) with a
// shopper at the screen instead of a cashier. This holds only what is the kiosk's own: which step of the
// shopper's flow is showing, the shopper walking away (a warning, then the basket voided and the welcome
// screen back), and staff: the interventions that stop the kiosk until a staff member's PIN or card
// resolves them, and the staff mode in which they void lines, cancel the sale, reprint and close the kiosk.
// Each intervention is also a call for staff (staffCalled) that the store's other tills see; staff who resolve
// it at the kiosk answer it (staffAnswered), staff who resolve it elsewhere clear it through resolveFromAfar().
//
// Invariants: nothing is sold while the kiosk is closed, waits for staff or is in staff mode; a basket
// with a payment under way (a tender taken, the card terminal busy, or a card payment it has not settled)
// is never reset for idleness; the kiosk is opened by a staff member allowed to void sales (void_sale), in
// whose name an abandoned basket is voided; only a staff member with that right enters staff mode. Who
// opened the kiosk is kept in the store (setting kiosk.openedBy, empty once staff close it), so a kiosk open
// when the till stopped (a crash, the power) opens again by itself in their name, on the basket it had.
class KioskViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its kiosk")
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool waitingForStaff READ waitingForStaff NOTIFY interventionChanged)
    Q_PROPERTY(QString interventionText READ interventionText NOTIFY interventionChanged)
    Q_PROPERTY(bool staffMode READ staffMode NOTIFY staffModeChanged)
    // Seconds left before an untouched basket is reset; 0 while no warning is up.
    Q_PROPERTY(int idleSecondsLeft READ idleSecondsLeft NOTIFY idleChanged)
    // The unlabelled items to pick from pictures: {sku, nameKo, nameEn, price, tint}.
    Q_PROPERTY(QVariantList picks READ picks CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    enum class Stage { Closed, Welcome, Shopping, Identify, Paying, Goodbye };
    Q_ENUM(Stage)
    enum class Intervention { None, Help, AgeCheck, UnknownBarcode, PaymentFailed, Coupon };
    static constexpr int resolvedNoteMs = 8000; // how long the kiosk says who resolved its call elsewhere

    struct Parts
    {
        CheckoutService &checkout;
        CatalogRepository &catalog;
        StaffService &staff;
        ShiftService &shifts;
        CashierViewModel &till;
        CardPaymentViewModel &card;
        CouponsViewModel &coupons;
        StoreSettings &settings; // where kiosk.openedBy is kept
    };
    static constexpr auto openedByKey = "kiosk.openedBy";

    KioskViewModel(Parts parts, KioskSettings settings, QObject *parent = nullptr);

    // In kiosk mode scans, swipes and activity come here instead of the cashier's screen; the kiosk's own
    // idle reset replaces the idle lock. A kiosk that staff left open opens again now (see the invariants).
    void setActive(bool active);
    bool active() const { return m_active; }
    // The language of what the kiosk says about the sale (an item's name), "ko" or "en".
    void setLanguage(const QString &language);

    Stage stage() const { return m_stage; }
    bool waitingForStaff() const { return m_intervention != Intervention::None; }
    Intervention intervention() const { return m_intervention; }
    QString interventionText() const;
    bool staffMode() const { return m_staffMode; }
    int idleSecondsLeft() const;
    QVariantList picks() const { return m_picks; }
    QString message() const { return m_message; }

    // Staff open a closed kiosk; a basket left by a restart is there again.
    Q_INVOKABLE bool open(const QString &staffNumber, const QString &pin);
    Q_INVOKABLE void start();
    Q_INVOKABLE void identify();
    Q_INVOKABLE void pay();
    Q_INVOKABLE void back();
    // One piece of an unlabelled item picked from its picture.
    Q_INVOKABLE bool pick(const QString &sku);
    Q_INVOKABLE void callHelp();
    // A staff member's PIN clears what the kiosk waits for.
    Q_INVOKABLE bool resolve(const QString &staffNumber, const QString &pin);
    // Staff resolved the call at another till (resolver says who and where): as if they had come.
    void resolveFromAfar(const QString &resolver);
    Q_INVOKABLE bool enterStaffMode(const QString &staffNumber, const QString &pin);
    Q_INVOKABLE void leaveStaffMode();
    Q_INVOKABLE bool voidLine(int lineId);
    Q_INVOKABLE bool cancelSale();
    Q_INVOKABLE bool reprint();
    Q_INVOKABLE bool close();

    // A scan from any scanner, the camera included; refused while nobody may sell.
    void takeScan(const omnitill::ScanPayload &payload);
    // A card swipe: a staff card does what the PIN pad asks for; a gift or loyalty card goes to the sale.
    void takeCard(const omnitill::CardSwipe &card);
    void noteActivity();
    // The idle check, once a second (a timer while active; tests call it).
    void tick();

Q_SIGNALS:
    void stageChanged();
    void interventionChanged();
    void staffModeChanged();
    void idleChanged();
    void messageChanged();
    // An intervention stopped the kiosk: what staff need to know of it (the item to check, the refusal).
    void staffCalled(omnitill::KioskViewModel::Intervention intervention, const QString &details);
    // Staff at the kiosk cleared it: by PIN or card, in staff mode, or by closing the kiosk.
    void staffAnswered(const QString &staffNumber, const QString &staffName);

private:
    void setStage(Stage stage);
    void raise(Intervention intervention, std::function<QString()> words, const QString &details = {});
    // by: the staff member at the kiosk, none when resolved from afar.
    void clearIntervention(const std::optional<StaffMember> &by);
    void say(const QString &message);
    bool report(bool ok, const QString &failure);
    bool openWith(const QString &staffNumber, const QString &secret, StaffCredential credential);
    // Opens for the member signed in, and keeps who it was: the shift, then the basket a restart left, where it was.
    bool openAs(const StaffMember &member);
    void reopenAfterRestart();
    bool resolveWith(const QString &staffNumber, const QString &secret, StaffCredential credential);
    bool staffModeWith(const QString &staffNumber, const QString &secret, StaffCredential credential);
    bool selling() const;
    bool paymentUnderWay() const;
    void followSale();
    void followCard();
    void resetForNextShopper();
    void loadPicks();

    Parts m_parts;
    KioskSettings m_settings;
    QString m_language = QStringLiteral("ko");
    bool m_active = false;
    Stage m_stage = Stage::Closed;
    Intervention m_intervention = Intervention::None;
    std::function<QString()> m_interventionWords; // made when shown, so a language switch re-words them
    bool m_staffMode = false;
    QString m_message;
    QVariantList m_picks;
    int m_idleFor = 0;          // seconds since the last touch, key or scan
    int m_goodbyeFor = 0;       // seconds the goodbye screen has shown
    int m_refusedInARow = 0;    // scans refused since the last one sold
    bool m_cardWasBusy = false; // the terminal was working on a payment at the last look
    QUuid m_checkedSale;        // the sale whose age-restricted lines staff have seen
    QSet<int> m_checkedLines;
    QTimer m_clock;
};

} // namespace omnitill
