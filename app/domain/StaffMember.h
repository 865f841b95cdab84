#pragma once

#include "Role.h"

namespace omnitill {

// A person who may sign in to the till. The PIN hash never leaves the store layer.
struct StaffMember
{
    QString staffNumber;
    QString name;
    Role role;
    bool active = true;
    int failedAttempts = 0;
    bool locked = false; // by too many wrong PINs, until a manager releases the account
};

// How a staff member proves who they are: the PIN they type, or the code on the staff card they swipe.
// The store keeps both only hashed, and a wrong one of either counts against the same account.
enum class StaffCredential { Pin, StaffCard };

} // namespace omnitill
