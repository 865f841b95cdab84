#include "KioskViewModel.h"

#include "CardPaymentViewModel.h"
#include "CashierViewModel.h"
#include "CatalogRepository.h"
#include "CheckoutService.h"
#include "CouponsViewModel.h"
#include "ItemLookup.h"
#include "MagneticStripe.h"
#include "Money.h"
#include "ShiftService.h"
#include "StaffService.h"
#include "StoreSettings.h"

#include <QColor>
#include <QLocale>

namespace omnitill {

KioskViewModel::KioskViewModel(Parts parts, KioskSettings settings, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_settings(std::move(settings))
{
    loadPicks();
    connect(&m_parts.checkout, &CheckoutService::saleChanged, this, &KioskViewModel::followSale);
    connect(&m_parts.card, &CardPaymentViewModel::changed, this, &KioskViewModel::followCard);
    connect(&m_parts.coupons, &CouponsViewModel::outcome, this, [this](const QString &outcome, bool isError) {
        if (m_active && isError && selling())
            raise(Intervention::Coupon, [outcome] { return tr("A coupon needs a staff member: %1").arg(outcome); }, outcome);
    });
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &KioskViewModel::tick);
}

void KioskViewModel::setLanguage(const QString &language)
{
    m_language = language;
    if (m_intervention != Intervention::None)
        Q_EMIT interventionChanged(); // its words again, in the shopper's language
}

QString KioskViewModel::interventionText() const
{
    return m_interventionWords ? m_interventionWords() : QString();
}

void KioskViewModel::setActive(bool active)
{
    m_active = active;
    if (active) {
        m_clock.start();
        reopenAfterRestart();
    } else {
        m_clock.stop();
    }
}

void KioskViewModel::reopenAfterRestart()
{
    const QString openedBy = m_parts.settings.value(QLatin1String(openedByKey)).value_or(QString());
    if (m_stage != Stage::Closed || openedBy.isEmpty())
        return;
    // Staff opened the kiosk and never closed it: the till stopped under it. The shopper at the screen (or the
    // next one) carries on without waiting for staff, still in the name of whoever opened it.
    auto member = m_parts.staff.resume(openedBy, Permission::VoidSale);
    if (!member) {
        say(tr("The kiosk was open before the restart, but cannot open again by itself: %1").arg(member.error()));
        return;
    }
    openAs(*member);
}

int KioskViewModel::idleSecondsLeft() const
{
    if (m_idleFor < m_settings.idleSeconds)
        return 0;
    return std::max(1, m_settings.idleSeconds + m_settings.warningSeconds - m_idleFor);
}

bool KioskViewModel::open(const QString &staffNumber, const QString &pin)
{
    return openWith(staffNumber, pin, StaffCredential::Pin);
}

bool KioskViewModel::openWith(const QString &staffNumber, const QString &secret, StaffCredential credential)
{
    if (m_stage != Stage::Closed)
        return true;
    auto member = m_parts.staff.signIn(staffNumber, secret, Permission::VoidSale, credential);
    if (!member)
        return report(false, member.error());
    return openAs(*member);
}

bool KioskViewModel::openAs(const StaffMember &member)
{
    if (!m_parts.shifts.currentShiftId()) {
        // The kiosk takes no cash: its shift starts with an empty drawer.
        if (auto opened = m_parts.shifts.open(0); !opened) {
            m_parts.staff.signOut();
            return report(false, opened.error());
        }
    }
    if (auto kept = m_parts.settings.setValue(QLatin1String(openedByKey), member.staffNumber); !kept) {
        m_parts.staff.signOut();
        return report(false, kept.error());
    }
    say(QString());
    // A basket left by a restart comes back where it was: at payment when something was paid, or a card payment
    // is being settled with the terminal.
    m_cardWasBusy = m_parts.card.busy();
    if (paymentUnderWay())
        setStage(Stage::Paying);
    else
        setStage(m_parts.till.hasItems() ? Stage::Shopping : Stage::Welcome);
    followSale();
    return true;
}

void KioskViewModel::start()
{
    if (m_stage == Stage::Welcome)
        setStage(Stage::Shopping);
}

void KioskViewModel::identify()
{
    if (m_stage == Stage::Shopping)
        setStage(Stage::Identify);
}

void KioskViewModel::pay()
{
    if ((m_stage == Stage::Shopping || m_stage == Stage::Identify) && m_parts.till.hasItems())
        setStage(Stage::Paying);
}

void KioskViewModel::back()
{
    switch (m_stage) {
    case Stage::Shopping:
        // The welcome screen only with nothing in the basket: leaving it is staff's to do.
        if (!m_parts.till.hasItems())
            setStage(Stage::Welcome);
        break;
    case Stage::Identify:
        setStage(Stage::Shopping);
        break;
    case Stage::Paying:
        if (!paymentUnderWay())
            setStage(Stage::Shopping);
        break;
    default:
        break;
    }
}

bool KioskViewModel::pick(const QString &sku)
{
    if (!selling() || m_stage == Stage::Paying)
        return false;
    auto product = m_parts.catalog.findBySku(sku);
    if (!product)
        return report(false, tr("This item is not sold here any more"));
    const auto added = m_parts.checkout.addItem(ItemMatch{*product, Quantity::pieces(1), QString()});
    return report(bool(added), added ? QString() : added.error());
}

void KioskViewModel::callHelp()
{
    if (m_stage != Stage::Closed)
        raise(Intervention::Help, [] { return tr("A staff member is on the way"); });
}

bool KioskViewModel::resolve(const QString &staffNumber, const QString &pin)
{
    return resolveWith(staffNumber, pin, StaffCredential::Pin);
}

bool KioskViewModel::resolveWith(const QString &staffNumber, const QString &secret, StaffCredential credential)
{
    if (m_intervention == Intervention::None)
        return true;
    auto member = m_parts.staff.authenticate(staffNumber, secret, credential);
    if (!member)
        return report(false, member.error());
    say(QString());
    clearIntervention(*member);
    return true;
}

void KioskViewModel::resolveFromAfar(const QString &resolver)
{
    if (m_intervention == Intervention::None)
        return;
    clearIntervention(std::nullopt);
    // Said for a while, so the shopper knows why the kiosk goes on; not left standing over the next scans.
    const QString note = tr("Resolved by %1").arg(resolver);
    say(note);
    QTimer::singleShot(resolvedNoteMs, this, [this, note] {
        if (m_message == note)
            say(QString());
    });
}

void KioskViewModel::clearIntervention(const std::optional<StaffMember> &by)
{
    if (m_intervention == Intervention::None)
        return;
    if (by)
        Q_EMIT staffAnswered(by->staffNumber, by->name);
    if (m_intervention == Intervention::AgeCheck) {
        for (const SaleLine &line : m_parts.checkout.sale().lines())
            m_checkedLines.insert(line.id);
    }
    m_refusedInARow = 0;
    m_idleFor = 0;
    m_intervention = Intervention::None;
    m_interventionWords = nullptr;
    Q_EMIT interventionChanged();
    followSale(); // a restricted item added while waiting still asks
}

bool KioskViewModel::enterStaffMode(const QString &staffNumber, const QString &pin)
{
    return staffModeWith(staffNumber, pin, StaffCredential::Pin);
}

bool KioskViewModel::staffModeWith(const QString &staffNumber, const QString &secret, StaffCredential credential)
{
    // Staff mode acts in the helper's name: voids and cancellations are theirs in the journal.
    auto member = m_parts.staff.signIn(staffNumber, secret, Permission::VoidSale, credential);
    if (!member)
        return report(false, member.error());
    say(QString());
    m_staffMode = true;
    Q_EMIT staffModeChanged();
    return true;
}

void KioskViewModel::leaveStaffMode()
{
    // Staff were at the kiosk: what it waited for is seen to.
    m_staffMode = false;
    m_idleFor = 0;
    say(QString());
    Q_EMIT staffModeChanged();
    clearIntervention(m_parts.staff.current());
}

bool KioskViewModel::voidLine(int lineId)
{
    return m_staffMode && m_parts.till.voidLine(lineId);
}

bool KioskViewModel::cancelSale()
{
    if (!m_staffMode)
        return false;
    if (auto voided = m_parts.checkout.voidSale(tr("Cancelled at the kiosk")); !voided)
        return report(false, voided.error());
    resetForNextShopper();
    return true;
}

bool KioskViewModel::reprint()
{
    return m_staffMode && m_parts.till.reprintLast();
}

bool KioskViewModel::close()
{
    if (!m_staffMode)
        return false;
    if (m_parts.till.hasItems() && !m_parts.till.finished())
        return report(false, tr("Finish or cancel the sale before closing the kiosk"));
    if (auto kept = m_parts.settings.setValue(QLatin1String(openedByKey), QStringLiteral("")); !kept)
        return report(false, kept.error());
    m_parts.till.newSale();
    m_staffMode = false;
    Q_EMIT staffModeChanged();
    m_stage = Stage::Closed; // first, so that clearing the request finds no sale to follow
    clearIntervention(m_parts.staff.current());
    m_parts.staff.signOut();
    Q_EMIT stageChanged();
    return true;
}

void KioskViewModel::takeScan(const ScanPayload &payload)
{
    noteActivity();
    if (!selling() || m_stage == Stage::Goodbye)
        return;
    if (m_stage == Stage::Paying && m_parts.till.paying()) {
        say(tr("Payment has started: ask a staff member to add more"));
        return;
    }
    if (m_stage == Stage::Welcome || m_stage == Stage::Paying)
        setStage(Stage::Shopping);
    if (m_parts.till.takeScan(payload)) {
        m_refusedInARow = 0;
        return;
    }
    if (++m_refusedInARow >= m_settings.refusedScansBeforeHelp)
        raise(Intervention::UnknownBarcode, [] { return tr("This item could not be scanned: a staff member will help"); },
              payload.data);
}

void KioskViewModel::takeCard(const CardSwipe &card)
{
    noteActivity();
    if (card.kind != CardSwipe::Kind::Staff) {
        if (selling())
            m_parts.till.takeStoreCard(card);
        return;
    }
    if (m_stage == Stage::Closed)
        openWith(card.number, card.cardCode, StaffCredential::StaffCard);
    else if (waitingForStaff())
        resolveWith(card.number, card.cardCode, StaffCredential::StaffCard);
    else if (!m_staffMode)
        staffModeWith(card.number, card.cardCode, StaffCredential::StaffCard);
}

void KioskViewModel::noteActivity()
{
    const bool warned = idleSecondsLeft() > 0;
    m_idleFor = 0;
    m_goodbyeFor = 0; // a shopper still touching the goodbye (sending the receipt to the app) is still there
    if (warned)
        Q_EMIT idleChanged();
}

void KioskViewModel::tick()
{
    if (m_stage == Stage::Goodbye) {
        if (++m_goodbyeFor >= m_settings.goodbyeSeconds)
            resetForNextShopper();
        return;
    }
    // Only a shopper's basket waits for them: not a payment, not a kiosk waiting for or held by staff.
    const bool resettable =
        m_stage == Stage::Shopping || m_stage == Stage::Identify || (m_stage == Stage::Paying && !paymentUnderWay());
    if (!resettable || waitingForStaff() || m_staffMode) {
        m_idleFor = 0;
        return;
    }
    ++m_idleFor;
    if (m_idleFor >= m_settings.idleSeconds + m_settings.warningSeconds) {
        if (m_parts.till.hasItems()) {
            if (auto voided = m_parts.checkout.voidSale(tr("Left at the kiosk")); !voided)
                return raise(Intervention::Help, [reason = voided.error()] { return reason; }, voided.error());
        }
        resetForNextShopper();
    } else if (m_idleFor >= m_settings.idleSeconds) {
        Q_EMIT idleChanged();
    }
}

void KioskViewModel::setStage(Stage stage)
{
    m_idleFor = 0;
    m_goodbyeFor = 0;
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
    Q_EMIT idleChanged();
}

void KioskViewModel::raise(Intervention intervention, std::function<QString()> words, const QString &details)
{
    // The first reason stays: staff come for it, and see the rest when they are here.
    if (m_intervention != Intervention::None)
        return;
    m_intervention = intervention;
    m_interventionWords = std::move(words);
    Q_EMIT interventionChanged();
    Q_EMIT staffCalled(intervention, details);
}

void KioskViewModel::say(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

bool KioskViewModel::report(bool ok, const QString &failure)
{
    say(ok ? QString() : failure);
    return ok;
}

bool KioskViewModel::selling() const
{
    return m_active && m_stage != Stage::Closed && !waitingForStaff() && !m_staffMode;
}

bool KioskViewModel::paymentUnderWay() const
{
    return m_parts.till.paying() || m_parts.card.busy() || m_parts.card.unsettled();
}

void KioskViewModel::followSale()
{
    if (!m_active || m_stage == Stage::Closed)
        return;
    const Sale &sale = m_parts.checkout.sale();
    if (m_parts.till.finished()) {
        if (sale.state() == SaleState::Completed && m_stage != Stage::Goodbye)
            setStage(Stage::Goodbye);
        return;
    }
    if (sale.id() != m_checkedSale) {
        m_checkedSale = sale.id();
        m_checkedLines.clear();
    }
    for (const SaleLine &line : sale.lines()) {
        if (!line.voided && !m_checkedLines.contains(line.id) &&
            m_settings.ageRestrictedSkus.contains(line.product.sku)) {
            const QString item = line.product.name(m_language);
            raise(
                Intervention::AgeCheck,
                [item] { return tr("%1 is sold only to adults: a staff member will check your ID").arg(item); }, item);
            return;
        }
    }
}

void KioskViewModel::followCard()
{
    const bool busy = m_parts.card.busy();
    // A payment that ended refused (declined, cancelled, the terminal unreachable) calls staff. The shopper reads
    // what it means for them: a terminal that did not answer is no reason to think the card was charged twice.
    if (m_cardWasBusy && !busy && m_parts.card.messageIsError() && m_active && m_stage == Stage::Paying) {
        if (m_parts.card.unsettled())
            raise(Intervention::PaymentFailed, [] {
                return tr("The card terminal has not confirmed your payment yet. You will not be charged twice: a "
                          "staff member is on the way.");
            });
        else if (m_parts.card.unanswered())
            raise(Intervention::PaymentFailed, [] {
                return tr("The card terminal did not answer in time, so your card was not charged. A staff member is "
                          "on the way.");
            });
        else
            raise(
                Intervention::PaymentFailed,
                [reason = m_parts.card.message()] { return tr("The payment did not go through: %1").arg(reason); },
                m_parts.card.message());
    }
    m_cardWasBusy = busy;
}

void KioskViewModel::resetForNextShopper()
{
    m_parts.till.newSale();
    m_refusedInARow = 0;
    m_staffMode = false;
    Q_EMIT staffModeChanged();
    say(QString());
    setStage(Stage::Welcome);
}

void KioskViewModel::loadPicks()
{
    // Tiles in a few calm colours, so neighbours differ: the catalog holds no pictures.
    static const QList<QColor> tints{QColor(0x16a34a), QColor(0xea580c), QColor(0x0891b2),
                                     QColor(0xca8a04), QColor(0x9333ea), QColor(0xdb2777)};
    const StoreProfile &profile = m_parts.checkout.profile();
    for (const QString &sku : m_settings.pickSkus) {
        const auto product = m_parts.catalog.findBySku(sku);
        if (!product || product->unit != Unit::Each)
            continue; // a weighed item needs the scale's label, not a picture
        m_picks.append(
            QVariantMap{{QStringLiteral("sku"), product->sku},
                        {QStringLiteral("nameKo"), product->name(QStringLiteral("ko"))},
                        {QStringLiteral("nameEn"), product->name(QStringLiteral("en"))},
                        {QStringLiteral("price"),
                         Money(product->unitPriceMinor, profile.currency).format(QLocale(profile.localeName))},
                        {QStringLiteral("tint"), tints.at(m_picks.size() % tints.size())}});
    }
}

} // namespace omnitill
