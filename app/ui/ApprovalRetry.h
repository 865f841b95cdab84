#pragma once

#include <functional>
#include <utility>

namespace omnitill {

// The one action waiting for a manager's approval, shared by every screen that can ask for one. A
// refused action leaves its retry here (replacing any older one); the approval runs it once, a
// cancellation drops it. So an approval can only ever repeat the action it was asked for.
class ApprovalRetry
{
public:
    void waitFor(std::function<void()> retry) { m_retry = std::move(retry); }
    void approved()
    {
        if (auto retry = std::exchange(m_retry, nullptr))
            retry();
    }
    void cancelled() { m_retry = nullptr; }

private:
    std::function<void()> m_retry;
};

} // namespace omnitill
