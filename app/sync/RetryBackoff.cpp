#include "RetryBackoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace omnitill {

RetryBackoff::RetryBackoff(qint64 baseMs, qint64 maximumMs)
    : m_baseMs(baseMs)
    , m_maximumMs(maximumMs)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

qint64 RetryBackoff::nextStepMs() const
{
    // Doubling stops at the cap; the shift is bounded so it cannot overflow however long the outage.
    const int doublings = std::min(m_failures, 30);
    return std::min(m_maximumMs, m_baseMs << doublings);
}

qint64 RetryBackoff::failed()
{
    const qint64 step = nextStepMs();
    ++m_failures;
    return step / 2 + qint64(m_random() * double(step - step / 2));
}

} // namespace omnitill
