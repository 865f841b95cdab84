#pragma once

#include "Result.h"

#include <QtGlobal>

namespace omnitill {

// A 128-bit intermediate for products of two 64-bit amounts, so a × b ÷ c never overflows midway.
__extension__ typedef __int128 WideInt;

// How a fraction of a minor unit is resolved; a store setting.
enum class RoundingMode { HalfUp, HalfEven };

// Checked integer arithmetic on minor units: overflow is an error, never a wrap.
namespace checked {
[[nodiscard]] Result<qint64> add(qint64 a, qint64 b);
[[nodiscard]] Result<qint64> subtract(qint64 a, qint64 b);
[[nodiscard]] Result<qint64> multiply(qint64 a, qint64 b);
// a * b / divisor, rounded by mode (ties away from zero for HalfUp), computed without intermediate overflow.
[[nodiscard]] Result<qint64> multiplyDivide(qint64 a, qint64 b, qint64 divisor, RoundingMode mode);
} // namespace checked

// Rounds amount to the nearest multiple of increment (cash rounding: KRW to 10, CHF to 5 Rappen).
[[nodiscard]] qint64 roundToIncrement(qint64 amount, qint64 increment, RoundingMode mode);

} // namespace omnitill
