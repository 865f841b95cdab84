#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace omnitill::central {

// A complete e-mail as RFC 5322 and MIME (RFC 2045–2047) write it: headers (non-ASCII words encoded as UTF-8
// base64 encoded-words), a multipart/mixed body with a UTF-8 text part and each attachment in base64 lines of
// 76 characters, every line ended by CRLF: what an SMTP relay takes as it is. The boundary is random, so no
// part's content can contain it.
struct MimeMessage
{
    struct Attachment
    {
        QString fileName;
        QByteArray contentType; // "image/png"
        QByteArray data;
    };

    QString from;
    QString to;
    QString subject;
    QString text;
    QList<Attachment> attachments;
    QDateTime date;
    QString messageId; // "<uuid@host>"

    [[nodiscard]] QByteArray render() const;
    // "=?UTF-8?B?...?=" for a text with non-ASCII characters; plain ASCII as it is.
    [[nodiscard]] static QByteArray encodedWord(const QString &text);
};

} // namespace omnitill::central
