#include "SensitiveBytes.h"

#include <cstring>

namespace omnitill {

SensitiveBytes &SensitiveBytes::operator=(SensitiveBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, {});
    }
    return *this;
}

bool SensitiveBytes::wipe()
{
    // data() on a shared array would copy it first and wipe the copy: only wipe what is ours alone.
    const bool alone = m_bytes.isNull() || m_bytes.isDetached();
    if (alone && !m_bytes.isEmpty())
        explicit_bzero(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes = QByteArray();
    return alone;
}

bool SensitiveBytes::wipe(QString &text)
{
    const bool alone = text.isNull() || text.isDetached();
    if (alone && !text.isEmpty())
        explicit_bzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text = QString();
    return alone;
}

} // namespace omnitill
