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

} // namespace omnitill
