#pragma once

#include <QList>
#include <QtGlobal>

namespace omnitill {

// Splits an amount across lines in proportion to their weights so that the shares add up exactly to
// the amount (largest-remainder method; ties go to the earlier line). Used for basket discounts and
// per-line tax, so that a return refunds exactly what the line was paid.
// Weights must be non-negative; if they are all zero the whole amount stays unallocated on line 0.
[[nodiscard]] QList<qint64> allocateProportionally(qint64 amount, const QList<qint64> &weights);

} // namespace omnitill
