#pragma once

#include "Quantity.h"

#include <QString>
#include <optional>

namespace omnitill {

// Why an item came back; stored as its code ("damaged") in the return's record.
enum class ReturnReason { Damaged, WrongSize, ChangedMind, Other };

[[nodiscard]] QString returnReasonCode(ReturnReason reason);
[[nodiscard]] std::optional<ReturnReason> returnReasonFromCode(const QString &code);

// One line the customer brings back: which line of the original sale, how much of it, and what happens
// to the goods. Apart from Return because an exchange's sale carries its requests as an event until the
// return is journaled with the sale.
struct ReturnRequest
{
    int lineId = 0;
    Quantity quantity;
    bool restock = true;
    ReturnReason reason = ReturnReason::ChangedMind;
};

} // namespace omnitill
