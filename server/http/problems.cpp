#include "problems.h"

#include "storage.h"
#include "syncprotocol.h"

#include <QJsonDocument>
#include <QStringDecoder>

namespace kl::server {

ApiResponse problem(int status, const QString &code, const QString &title, const QString &field, const QString &detail)
{
    QJsonObject o { { QStringLiteral("type"), sync::problemType(code) }, { QStringLiteral("title"), title },
        { QStringLiteral("status"), status }, { QStringLiteral("code"), code } };
    if (!field.isEmpty()) {
        o.insert(QStringLiteral("field"), field);
    }
    if (!detail.isEmpty()) {
        o.insert(QStringLiteral("detail"), detail);
    }
    return ApiResponse { status, "application/problem+json", QJsonDocument(o).toJson(QJsonDocument::Compact), {} };
}

ApiResponse jsonResponse(const QJsonObject &body, int status)
{
    return ApiResponse { status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), {} };
}

ApiResponse methodNotAllowed(const QByteArrayList &allowed)
{
    const QByteArray list = allowed.join(", ");
    ApiResponse r = problem(405, QStringLiteral("method-not-allowed"), QStringLiteral("Use %1").arg(QString::fromLatin1(list)));
    r.addHeader("Allow", list);
    return r;
}

ApiResponse tooManyRequests(int retryAfterSeconds, const QString &title)
{
    ApiResponse r = problem(429, QStringLiteral("rate-limited"),
        title.isEmpty() ? QStringLiteral("Too many requests; slow down") : title);
    r.addHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

ApiResponse notFoundProblem(const QString &title)
{
    return problem(404, QStringLiteral("not-found"), title.isEmpty() ? QStringLiteral("No such endpoint") : title);
}

ApiResponse errorResponse(const Error &error)
{
    const QString &c = error.code;
    if (c == errors::kNotFound) {
        return problem(404, c, QStringLiteral("Not found"), {}, error.message);
    }
    if (c == errors::kResync) {
        return problem(410, c, QStringLiteral("Fetch a fresh snapshot"), {}, error.message);
    }
    if (c == errors::kGap) {
        return problem(409, c, QStringLiteral("Mutations are missing before this one"), {}, error.message);
    }
    if (c == errors::kForbidden) {
        return problem(403, c, QStringLiteral("Forbidden"), {}, error.message);
    }
    if (c == errors::kInviteInvalid) {
        return problem(404, c, QStringLiteral("Unknown invite"), {}, error.message);
    }
    if (c == errors::kInviteUsed || c == errors::kInviteExpired) {
        return problem(410, c, QStringLiteral("Invite no longer valid"), {}, error.message);
    }
    if (c == errors::kInvalid) {
        return problem(422, c, QStringLiteral("The request is not valid"), {}, error.message);
    }
    return problem(500, QStringLiteral("internal"), QStringLiteral("The server could not complete the request"));
}

bool isStrictJsonText(const QByteArray &body)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(body);
    if (utf8.hasError()) {
        return false;
    }
    Q_UNUSED(decoded)
    bool inString = false;
    bool escaped = false;
    for (const char ch : body) {
        const auto c = static_cast<unsigned char>(ch);
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '"') {
            inString = false;
        } else if (c < 0x20) {
            return false; // a raw control byte inside a string
        }
    }
    return true;
}

std::optional<QJsonObject> jsonBody(const ApiRequest &request, ApiResponse *error)
{
    if (!request.headers.value("content-type").trimmed().toLower().startsWith("application/json")) {
        *error = problem(415, QStringLiteral("unsupported-media-type"), QStringLiteral("Send application/json"));
        return std::nullopt;
    }
    if (!isStrictJsonText(request.body)) {
        *error = problem(400, QStringLiteral("malformed-json"), QStringLiteral("The body is not a JSON object"), {},
            QStringLiteral("the body holds bytes that are not UTF-8, or a raw control character inside a string"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = problem(400, QStringLiteral("malformed-json"), QStringLiteral("The body is not a JSON object"), {},
            parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

} // namespace kl::server
