// Routes as data: each resource declares a table of (method, path pattern, handler) in
// one place, and one dispatcher answers 404 for an unknown path and 405 with an Allow
// header for a known path asked with another method. Patterns are literal segments and
// placeholders: {id} (1-64 of [A-Za-z0-9_-]), {name} (1-20 of [a-z_]), {number} (digits).
#pragma once

#include "problems.h"

#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <optional>

namespace kl::server {

class PathPattern
{
public:
    explicit PathPattern(const QString &pattern);
    // The placeholders' values when `path` matches.
    [[nodiscard]] std::optional<QStringList> match(const QString &path) const;

private:
    QRegularExpression m_re;
};

template<typename Context>
class Router
{
public:
    using Handler = std::function<ApiResponse(Context &, const ApiRequest &, const QStringList &)>;

    Router &route(const QByteArray &method, const QString &pattern, Handler handler)
    {
        m_routes.append(Route { method, PathPattern(pattern), std::move(handler) });
        return *this;
    }

    // nullopt: no route has this path.
    [[nodiscard]] std::optional<ApiResponse> dispatch(Context &context, const ApiRequest &request, const QString &path) const
    {
        QByteArrayList allowed;
        for (const Route &r : m_routes) {
            const auto params = r.pattern.match(path);
            if (!params) {
                continue;
            }
            if (r.method == request.method) {
                return r.handler(context, request, *params);
            }
            if (!allowed.contains(r.method)) {
                allowed << r.method;
            }
        }
        if (allowed.isEmpty()) {
            return std::nullopt;
        }
        return methodNotAllowed(allowed);
    }

private:
    struct Route
    {
        QByteArray method;
        PathPattern pattern;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace kl::server
