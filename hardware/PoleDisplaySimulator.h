#pragma once

#include <QIODevice>
#include <QStringList>

namespace omnitill {

// A 2×20 pole display in software, for the address "simulator:": it interprets the bytes written to it
// in either command set (Epson customer display or CD5220) into the two lines a customer would read,
// the way the virtual printer does for receipts. Commands it does not know are counted, not guessed at,
// so tests can see an encoder sending something a display would not understand.
// Invariant: both lines are always exactly 20 characters; a command split across writes is completed
// by the next write.
class PoleDisplaySimulator : public QIODevice
{
    Q_OBJECT

public:
    explicit PoleDisplaySimulator(QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool waitForBytesWritten(int) override { return true; }

    QString line(int row) const { return QString::fromLatin1(m_rows[qBound(0, row, 1)]); }
    int brightness() const { return m_brightness; }
    int unknownCommands() const { return m_unknownCommands; }

Q_SIGNALS:
    void linesChanged();

protected:
    qint64 readData(char *, qint64) override { return 0; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    // Consumes one command or character at the start of m_pending; 0 when it needs more bytes.
    qsizetype interpretOne();
    void put(char character);
    void clearScreen();

    QByteArray m_rows[2];
    QByteArray m_pending;
    int m_row = 0;
    int m_column = 0;
    int m_brightness = 4;
    int m_unknownCommands = 0;
};

} // namespace omnitill
