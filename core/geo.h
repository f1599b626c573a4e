// Distances on the earth's surface and "which school location am I at". Pure math on
// coordinates; the position itself comes from the platform layer (Qt Positioning).
#pragma once

#include "domain.h"

#include <QList>
#include <QString>

#include <optional>

namespace kl::geo {

struct Coordinate
{
    double latitude = 0;
    double longitude = 0;
};

[[nodiscard]] bool isValid(const Coordinate &c);
// Great-circle distance (haversine, mean earth radius); accurate to well under 0.5%.
[[nodiscard]] double distanceMetres(const Coordinate &a, const Coordinate &b);

struct Nearby
{
    QString id;
    double metres = 0;
};

// Organisations with coordinates, nearest first; those without coordinates are left out.
[[nodiscard]] QList<Nearby> byDistance(const Coordinate &here, const QList<Organisation> &organisations);

// "80 m", "350 m", "1,2 km", "14 km" in the UI language's number format.
[[nodiscard]] QString formatDistance(double metres);

} // namespace kl::geo
