// The one set of HTTP helpers every part of the server answers with: RFC 9457 problems
// (with the `code` and `field` members the web UI uses to say it in Dutch), JSON answers,
// the 405 and 429 answers, storage errors as status codes, and a strict JSON body reader.
#pragma once

#include "httptypes.h"
#include "result.h"

#include <QJsonObject>

#include <optional>

namespace kl::server {

[[nodiscard]] ApiResponse problem(int status, const QString &code, const QString &title, const QString &field = {},
    const QString &detail = {});
[[nodiscard]] ApiResponse jsonResponse(const QJsonObject &body, int status = 200);
[[nodiscard]] ApiResponse methodNotAllowed(const QByteArrayList &allowed);
[[nodiscard]] ApiResponse tooManyRequests(int retryAfterSeconds, const QString &title = {});
[[nodiscard]] ApiResponse notFoundProblem(const QString &title = {});
// Storage and domain errors (storage.h errors::) as the status code they mean.
[[nodiscard]] ApiResponse errorResponse(const Error &error);

// The body as a JSON object: 415 unless application/json; 400 unless well-formed UTF-8
// JSON with no raw control bytes inside strings (RFC 8259 forbids them; Qt's parser
// would take them) and an object at the top.
[[nodiscard]] std::optional<QJsonObject> jsonBody(const ApiRequest &request, ApiResponse *error);
// The strict checks alone (also for the fuzz targets).
[[nodiscard]] bool isStrictJsonText(const QByteArray &body);

} // namespace kl::server
