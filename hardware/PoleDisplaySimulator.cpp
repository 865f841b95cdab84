#include "PoleDisplaySimulator.h"

#include "PoleDisplayEncoder.h"

namespace omnitill {

namespace {
constexpr int columns = PoleDisplayEncoder::columns;
} // namespace

PoleDisplaySimulator::PoleDisplaySimulator(QObject *parent)
    : QIODevice(parent)
{
    clearScreen();
    QIODevice::open(QIODevice::WriteOnly);
}

void PoleDisplaySimulator::clearScreen()
{
    m_rows[0] = m_rows[1] = QByteArray(columns, ' ');
    m_row = m_column = 0;
}

void PoleDisplaySimulator::put(char character)
{
    m_rows[m_row][m_column] = character;
    // Overwrite mode: past the last column the cursor goes to the start of the other line.
    if (++m_column == columns) {
        m_column = 0;
        m_row = 1 - m_row;
    }
}

qint64 PoleDisplaySimulator::writeData(const char *data, qint64 size)
{
    m_pending.append(data, size);
    while (!m_pending.isEmpty()) {
        const qsizetype used = interpretOne();
        if (used == 0)
            break;
        m_pending.remove(0, used);
    }
    Q_EMIT linesChanged();
    return size;
}

qsizetype PoleDisplaySimulator::interpretOne()
{
    const auto at = [this](qsizetype n) { return uchar(m_pending.at(n)); };
    const qsizetype available = m_pending.size();
    const uchar first = at(0);
    switch (first) {
    case 0x0C: // clear, cursor home
        clearScreen();
        return 1;
    case 0x0B: // Epson: home
        m_row = m_column = 0;
        return 1;
    case 0x18: // Epson: clear the cursor's line
        m_rows[m_row] = QByteArray(columns, ' ');
        m_column = 0;
        return 1;
    case 0x0D:
        m_column = 0;
        return 1;
    case 0x0A:
        m_row = 1 - m_row;
        return 1;
    case 0x1F: { // Epson US commands
        if (available < 2)
            return 0;
        const uchar command = at(1);
        if (command >= 0x01 && command <= 0x03) // display mode: only overwrite is modelled
            return 2;
        if (command == '$') {
            if (available < 4)
                return 0;
            m_column = qBound(0, int(at(2)) - 1, columns - 1);
            m_row = qBound(0, int(at(3)) - 1, 1);
            return 4;
        }
        if (available < 3)
            return 0;
        if (command == 'X')
            m_brightness = at(2);
        else if (command != 'C' && command != 'E' && command != 'r')
            ++m_unknownCommands;
        return 3;
    }
    case 0x1B: { // ESC: both sets
        if (available < 2)
            return 0;
        const uchar command = at(1);
        switch (command) {
        case '@':
            clearScreen();
            m_brightness = 4;
            return 2;
        case 0x11: // CD5220 display modes
        case 0x12:
        case 0x13:
            return 2;
        case 'Q': { // CD5220: ESC Q A|B text CR writes a whole line
            const qsizetype end = m_pending.indexOf('\r', 3);
            if (available < 3 || end < 0)
                return 0;
            const int row = at(2) == 'B' ? 1 : 0;
            m_rows[row] = m_pending.mid(3, end - 3).left(columns).leftJustified(columns, ' ');
            return end + 1;
        }
        case '[': // CD5220: ESC [ H home
            if (available < 3)
                return 0;
            m_row = m_column = 0;
            return 3;
        case 'l': // CD5220: ESC l x y
            if (available < 4)
                return 0;
            m_column = qBound(0, int(at(2)) - 1, columns - 1);
            m_row = qBound(0, int(at(3)) - 1, 1);
            return 4;
        case '*': // CD5220 brightness
        case 't': // code table
        case 'R': // international character set
        case '_': // CD5220 cursor on/off
            if (available < 3)
                return 0;
            if (command == '*')
                m_brightness = at(2);
            return 3;
        default:
            ++m_unknownCommands;
            return 2;
        }
    }
    default:
        if (first < 0x20) {
            ++m_unknownCommands;
            return 1;
        }
        put(char(first));
        return 1;
    }
}

} // namespace omnitill
