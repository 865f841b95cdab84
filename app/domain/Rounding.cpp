#include "Rounding.h"

#include <QCoreApplication>
#include <limits>

namespace omnitill {

namespace {
Error overflow()
{
    return Error{QCoreApplication::translate("Money", "The amount is too large to be handled")};
}

// Divides with rounding; n and d in 128 bits so callers can pass products of two 64-bit values.
WideInt divideRounded(WideInt n, WideInt d, RoundingMode mode)
{
    if (d < 0) {
        n = -n;
        d = -d;
    }
    const bool negative = n < 0;
    const WideInt magnitude = negative ? -n : n;
    WideInt quotient = magnitude / d;
    const WideInt twiceRemainder = (magnitude % d) * 2;
    if (twiceRemainder > d || (twiceRemainder == d && (mode == RoundingMode::HalfUp || quotient % 2 == 1)))
        ++quotient;
    return negative ? -quotient : quotient;
}

Result<qint64> narrow(WideInt value)
{
    if (value > std::numeric_limits<qint64>::max() || value < std::numeric_limits<qint64>::min())
        return overflow();
    return static_cast<qint64>(value);
}
} // namespace

namespace checked {
Result<qint64> add(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return overflow();
    return sum;
}

Result<qint64> subtract(qint64 a, qint64 b)
{
    qint64 difference = 0;
    if (__builtin_sub_overflow(a, b, &difference))
        return overflow();
    return difference;
}

Result<qint64> multiply(qint64 a, qint64 b)
{
    qint64 product = 0;
    if (__builtin_mul_overflow(a, b, &product))
        return overflow();
    return product;
}

Result<qint64> multiplyDivide(qint64 a, qint64 b, qint64 divisor, RoundingMode mode)
{
    Q_ASSERT(divisor != 0);
    return narrow(divideRounded(static_cast<WideInt>(a) * b, divisor, mode));
}
} // namespace checked

qint64 roundToIncrement(qint64 amount, qint64 increment, RoundingMode mode)
{
    if (increment <= 1)
        return amount;
    return static_cast<qint64>(divideRounded(amount, increment, mode) * increment);
}

} // namespace omnitill
