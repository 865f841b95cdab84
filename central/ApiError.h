#pragma once

#include <QCoreApplication>
#include <QHttpServerResponse>
#include <QString>
#include <optional>
#include <variant>

namespace omnitill::central {

// Why the central store refused a request, as the API reports it: an HTTP status, a stable machine code
// ("malformed_json", "unknown_customer") that clients may branch on, and a translated sentence for
// people. Every error response of the API is
//     {"error": {"code": "...", "message": "..."}}
// with the status of its kind.
struct ApiError
{
    enum class Kind {
        BadRequest,       // 400: malformed JSON, wrong types, missing fields
        Unauthorized,     // 401: no, unknown or revoked terminal credential
        NotFound,         // 404: unknown route or unknown id
        MethodNotAllowed, // 405: known route, other method
        Conflict,         // 409: the request contradicts what is stored (a duplicate, a used code)
        PayloadTooLarge,  // 413: the body is over the limit
        Internal,         // 500: the database failed; details are in the log, not in the response
    };

    Kind kind = Kind::Internal;
    QString code;
    QString message;

    [[nodiscard]] static ApiError badRequest(const QString &code, const QString &message);
    [[nodiscard]] static ApiError unauthorized(const QString &message);
    [[nodiscard]] static ApiError notFound(const QString &code, const QString &message);
    [[nodiscard]] static ApiError conflict(const QString &code, const QString &message);
    // Logs the detail and answers with a generic message: database texts stay out of responses.
    [[nodiscard]] static ApiError internal(const QString &logDetail);

    [[nodiscard]] QHttpServerResponse::StatusCode status() const;
    [[nodiscard]] QHttpServerResponse toResponse() const;
};

// An API operation's outcome: a value or an ApiError (Result<T> with a status).
template <typename T>
class [[nodiscard]] Outcome
{
public:
    Outcome(T value)
        : m_state(std::move(value))
    {
    }
    Outcome(ApiError error)
        : m_state(std::move(error))
    {
    }
    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    // By value, not T&&: `for (auto &x : f().value())` must not dangle.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const ApiError &error() const { return std::get<ApiError>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

template <>
class [[nodiscard]] Outcome<void>
{
public:
    Outcome() = default;
    Outcome(ApiError error)
        : m_error(std::move(error))
    {
    }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const ApiError &error() const { return *m_error; }

private:
    std::optional<ApiError> m_error;
};

} // namespace omnitill::central
