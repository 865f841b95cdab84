#include "ShipOrderNumber.h"

#include <QCryptographicHash>

namespace omnitill {

QString shipOrderNumber(const QUuid &saleId, int lineId)
{
    const QByteArray key = saleId.toString(QUuid::WithoutBraces).toLatin1() + '/' + QByteArray::number(lineId);
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 5; ++i)
        bits = (bits << 8) | quint8(digest[i]);
    QString number = QStringLiteral("OL-");
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            number.append(u'-');
        number.append(QLatin1Char(readableCodeAlphabet[(bits >> (35 - 5 * i)) & 31]));
    }
    return number;
}

} // namespace omnitill
