#include "MimeMessage.h"

#include <QLocale>
#include <QUuid>

namespace omnitill::central {

namespace {

constexpr QByteArrayView crlf = "\r\n";

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Base64 in lines of 76 characters, as MIME wants its encoded parts.
QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray lines;
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        lines += encoded.mid(at, 76) + crlf;
    return lines;
}

// RFC 5322's date: "Thu, 26 Nov 2026 01:02:03 +0000", in English whatever the locale.
QByteArray rfc5322Date(const QDateTime &at)
{
    return QLocale::c().toString(at.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000";
}

} // namespace

QByteArray MimeMessage::encodedWord(const QString &text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray MimeMessage::render() const
{
    const QByteArray boundary = "omnitill-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QByteArray out;
    const auto header = [&out](QByteArrayView name, const QByteArray &value) {
        out += name;
        out += ": ";
        out += value;
        out += crlf;
    };
    header("From", encodedWord(from));
    header("To", encodedWord(to));
    header("Subject", encodedWord(subject));
    header("Date", rfc5322Date(date));
    header("Message-ID", messageId.toLatin1());
    header("MIME-Version", "1.0");
    header("Content-Type", "multipart/mixed; boundary=\"" + boundary + '"');
    out += crlf;
    out += "--" + boundary + crlf;
    header("Content-Type", "text/plain; charset=UTF-8");
    header("Content-Transfer-Encoding", "base64");
    out += crlf;
    out += base64Lines(text.toUtf8());
    for (const Attachment &attachment : attachments) {
        out += "--" + boundary + crlf;
        header("Content-Type", attachment.contentType + "; name=\"" + attachment.fileName.toLatin1() + '"');
        header("Content-Transfer-Encoding", "base64");
        header("Content-Disposition", "attachment; filename=\"" + attachment.fileName.toLatin1() + '"');
        out += crlf;
        out += base64Lines(attachment.data);
    }
    out += "--" + boundary + "--" + crlf;
    return out;
}

} // namespace omnitill::central
