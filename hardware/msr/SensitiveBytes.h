#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace omnitill {

// Bytes that must not outlive their use: magnetic stripe track text, which for a payment card holds the
// PAN. Move-only, so no copy can be made by accident; the bytes are overwritten with zeros (explicit_bzero,
// which the compiler may not remove) when the owner is destroyed or moved from.
//
// What this can and cannot promise, honestly: it wipes the buffer it owns, as long as nobody took a
// shared copy of it (a QByteArray shares its data on copy; wipe() then clears only this owner's bytes and
// says so by returning false). It cannot wipe what was made before the bytes reached it: the key events
// a keyboard-wedge reader types (Qt and the window system create and free those, each with its character
// as a one-letter QString), the kernel's and the USB stack's buffers, or pages the system swapped out.
class SensitiveBytes
{
public:
    SensitiveBytes() = default;
    explicit SensitiveBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }
    SensitiveBytes(SensitiveBytes &&other) noexcept
        : m_bytes(std::exchange(other.m_bytes, {}))
    {
    }
    SensitiveBytes &operator=(SensitiveBytes &&other) noexcept;
    SensitiveBytes(const SensitiveBytes &) = delete;
    SensitiveBytes &operator=(const SensitiveBytes &) = delete;
    ~SensitiveBytes() { wipe(); }

    // Room for capacity bytes, so that appending up to it never leaves a freed, unwiped copy behind.
    void reserve(qsizetype capacity) { m_bytes.reserve(capacity); }
    void append(char byte) { m_bytes.append(byte); }
    [[nodiscard]] QByteArrayView view() const { return m_bytes; }
    [[nodiscard]] qsizetype size() const { return m_bytes.size(); }

    // Zeros the bytes and empties the buffer; false when they were shared and only this copy went.
    bool wipe();

    // The same for strings that held a secret (a staff card code): zeros a string only this one owns.
    static bool wipe(QString &text);

private:
    QByteArray m_bytes;
};

} // namespace omnitill
