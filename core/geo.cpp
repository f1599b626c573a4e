#include "geo.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kl::geo {

namespace {
constexpr double kEarthRadiusMetres = 6371008.8;

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}
} // namespace

bool isValid(const Coordinate &c)
{
    return std::isfinite(c.latitude) && std::isfinite(c.longitude) && c.latitude >= -90 && c.latitude <= 90
        && c.longitude >= -180 && c.longitude <= 180;
}

double distanceMetres(const Coordinate &a, const Coordinate &b)
{
    const double dLat = radians(b.latitude - a.latitude);
    const double dLon = radians(b.longitude - a.longitude);
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(radians(a.latitude)) * std::cos(radians(b.latitude)) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusMetres * std::asin(std::min(1.0, std::sqrt(h)));
}

QList<Nearby> byDistance(const Coordinate &here, const QList<Organisation> &organisations)
{
    QList<Nearby> out;
    for (const Organisation &o : organisations) {
        if (!o.latitude || !o.longitude) {
            continue;
        }
        out.append({ o.id, distanceMetres(here, { *o.latitude, *o.longitude }) });
    }
    std::stable_sort(out.begin(), out.end(), [](const Nearby &a, const Nearby &b) { return a.metres < b.metres; });
    return out;
}

QString formatDistance(double metres)
{
    const QLocale locale;
    if (metres < 1000) {
        // Nearer than a kilometre: tens of metres are as exact as a phone's position is.
        const int rounded = std::max(10, int(std::lround(metres / 10.0)) * 10);
        return QCoreApplication::translate("kl::Geo", "%1 m").arg(locale.toString(rounded));
    }
    if (metres < 10000) {
        return QCoreApplication::translate("kl::Geo", "%1 km").arg(locale.toString(metres / 1000.0, 'f', 1));
    }
    return QCoreApplication::translate("kl::Geo", "%1 km").arg(locale.toString(int(std::lround(metres / 1000.0))));
}

} // namespace kl::geo
