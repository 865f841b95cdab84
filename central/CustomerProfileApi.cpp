#include "CustomerProfileApi.h"

#include "ApiJson.h"
#include "CouponLedger.h"
#include "CustomerProfiles.h"
#include "SigningKeyStore.h"

#include <QJsonArray>

namespace omnitill::central {

namespace {
QHttpServerResponse done(const Outcome<void> &outcome)
{
    return answer(outcome.ok() ? Outcome<bool>(true) : Outcome<bool>(outcome.error()), [](bool) {
        return QJsonObject{{QLatin1String("ok"), true}};
    });
}

// A required, non-empty string field.
Outcome<QString> requiredString(const QJsonObject &body, const char *key, const QString &expected)
{
    QString value;
    if (auto wrong = readString(body, key, value))
        return *wrong;
    if (value.trimmed().isEmpty())
        return wrongType(QLatin1String(key), expected);
    return value;
}
} // namespace

CustomerProfileApi::CustomerProfileApi(ConnectionPool &pool)
    : m_pool(pool)
{
}

QHttpServerResponse CustomerProfileApi::profile(const ApiRequest &request)
{
    const QString customerId = request.arguments.value(0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto profile = CustomerProfiles(m_pool).profile(customerId, now);
    if (!profile)
        return profile.error().toResponse();
    auto coupons = CouponLedger(m_pool).usableBy(customerId, now);
    if (!coupons)
        return coupons.error().toResponse();
    // Each coupon with its signed token: the till applies a coupon picked here exactly as a scanned one.
    QJsonArray couponsJson;
    SigningKeyStore keys(m_pool);
    for (const Coupon &coupon : *coupons) {
        auto token = keys.couponToken(coupon);
        if (!token)
            return token.error().toResponse();
        QJsonObject json = coupon.toJson();
        json.insert(QLatin1String("token"), *token);
        couponsJson.append(json);
    }
    QJsonObject json = profile->toJson();
    json.insert(QLatin1String("coupons"), couponsJson);
    return QHttpServerResponse(json);
}

QHttpServerResponse CustomerProfileApi::setConsents(const ApiRequest &request)
{
    auto body = parseJsonObject(request.body);
    if (!body)
        return body.error().toResponse();
    const QJsonValue marketing = body->value(QLatin1String("marketing"));
    const QJsonValue profiling = body->value(QLatin1String("profiling"));
    if (!marketing.isBool())
        return wrongType(QStringLiteral("marketing"), tr("true or false")).toResponse();
    if (!profiling.isBool())
        return wrongType(QStringLiteral("profiling"), tr("true or false")).toResponse();
    return done(
        CustomerProfiles(m_pool).setConsents(request.arguments.value(0), marketing.toBool(), profiling.toBool()));
}

QHttpServerResponse CustomerProfileApi::stateSize(const ApiRequest &request)
{
    auto body = parseJsonObject(request.body);
    if (!body)
        return body.error().toResponse();
    auto size = requiredString(*body, "size", tr("the size, like M or 270"));
    if (!size)
        return size.error().toResponse();
    return done(CustomerProfiles(m_pool).stateSize(request.arguments.value(0), request.arguments.value(1), *size));
}

QHttpServerResponse CustomerProfileApi::addWish(const ApiRequest &request)
{
    auto body = parseJsonObject(request.body);
    if (!body)
        return body.error().toResponse();
    auto sku = requiredString(*body, "sku", tr("the product's SKU"));
    if (!sku)
        return sku.error().toResponse();
    QString name;
    if (auto wrong = readString(*body, "name", name))
        return wrong->toResponse();
    return done(CustomerProfiles(m_pool).addToWishlist(request.arguments.value(0), *sku, name));
}

QHttpServerResponse CustomerProfileApi::removeWish(const ApiRequest &request)
{
    return done(CustomerProfiles(m_pool).removeFromWishlist(request.arguments.value(0), request.arguments.value(1)));
}

QHttpServerResponse CustomerProfileApi::addNote(const ApiRequest &request)
{
    auto body = parseJsonObject(request.body);
    if (!body)
        return body.error().toResponse();
    auto author = requiredString(*body, "author", tr("who wrote the note (staff number or name)"));
    if (!author)
        return author.error().toResponse();
    auto note = requiredString(*body, "note", tr("the note's text"));
    if (!note)
        return note.error().toResponse();
    return answer(
        CustomerProfiles(m_pool).addNote(request.arguments.value(0), *author, *note),
        [](qint64 id) {
            return QJsonObject{{QLatin1String("id"), id}};
        },
        QHttpServerResponse::StatusCode::Created);
}

QHttpServerResponse CustomerProfileApi::resolveNote(const ApiRequest &request)
{
    bool isNumber = false;
    const qint64 noteId = request.arguments.value(1).toLongLong(&isNumber);
    if (!isNumber) {
        return ApiError::notFound(QStringLiteral("unknown_note"),
                                  tr("There is no note %1").arg(request.arguments.value(1)))
            .toResponse();
    }
    auto body = parseJsonObject(request.body);
    if (!body)
        return body.error().toResponse();
    auto by = requiredString(*body, "by", tr("who resolved the note"));
    if (!by)
        return by.error().toResponse();
    return done(CustomerProfiles(m_pool).resolveNote(request.arguments.value(0), noteId, *by));
}

} // namespace omnitill::central
