#pragma once

#include <QtGlobal>
#include <functional>

namespace omnitill {

// How long to wait before trying the central store again: exponential in the failures since the last
// success, capped, with full jitter (a random point between half the step and the whole step) so that the
// tills of a store that lost the network together do not all come back in the same second.
//   failures 1, 2, 3, ... -> step base, 2 base, 4 base, ... up to maximum
// A success resets it. The random source is injectable so tests can pin the jitter.
class RetryBackoff
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    static constexpr qint64 defaultBaseMs = 1000;
    static constexpr qint64 defaultMaximumMs = 60000;

    explicit RetryBackoff(qint64 baseMs = defaultBaseMs, qint64 maximumMs = defaultMaximumMs);

    void setRandom(Random random) { m_random = std::move(random); }

    // Counts one more failure and answers how long to wait before the next try.
    [[nodiscard]] qint64 failed();
    void succeeded() { m_failures = 0; }
    [[nodiscard]] int failures() const { return m_failures; }
    // The step (before jitter) the next failure will wait.
    [[nodiscard]] qint64 nextStepMs() const;

private:
    qint64 m_baseMs;
    qint64 m_maximumMs;
    Random m_random;
    int m_failures = 0;
};

} // namespace omnitill
