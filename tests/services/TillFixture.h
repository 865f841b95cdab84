#pragma once

#include "ApprovalService.h"
#include "CheckoutService.h"
#include "ShiftService.h"
#include "StaffPermissionGate.h"
#include "StaffService.h"
#include "StoreFixture.h"

// The till as the composition root wires it, on a real store seeded with the demo staff (1001 cashier
// PIN 1111, 2001 supervisor PIN 2222, 3001 manager PIN 3333), with one clock the test moves by hand.
struct TillFixture
{
    // path: the store file to open (made and seeded when new); empty: a new one in a temporary folder.
    explicit TillFixture(omnitill::StaffPolicy policy = fastPolicy(), const QString &path = {})
        : store(omnitill::DemoStores::Store::Seoul, path)
        , staff(*store.database, policy)
        , approvals(*store.database, staff, store.profile->terminalId)
        , gate(staff, approvals)
        , shifts(*store.database, gate, *store.profile)
        , checkout(*store.database, *store.catalog, *store.profile)
    {
        const auto clock = [this] { return now; };
        staff.setClock(clock);
        shifts.setClock(clock);
        checkout.setClock(clock);
        checkout.setPermissionGate(&gate);
        checkout.setShiftSource([this] { return shifts.currentShiftId(); });
    }

    static omnitill::StaffPolicy fastPolicy()
    {
        omnitill::StaffPolicy policy;
        policy.lockoutAttempts = 3;
        policy.idleLockSeconds = 60;
        policy.pinHashIterations = StoreFixture::fastPinHashIterations;
        return policy;
    }

    void signIn(const QString &staffNumber, const QString &pin)
    {
        const auto signedIn = staff.signIn(staffNumber, pin);
        if (!signedIn)
            qFatal("till fixture: %s", qPrintable(signedIn.error()));
    }

    StoreFixture store;
    QDateTime now = QDateTime(QDate(2024, 3, 15), QTime(9, 0), Qt::UTC);
    omnitill::StaffService staff;
    omnitill::ApprovalService approvals;
    omnitill::StaffPermissionGate gate;
    omnitill::ShiftService shifts;
    omnitill::CheckoutService checkout;
};
