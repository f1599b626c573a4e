#include "locationresolver.h"

#include <cmath>

namespace kl {

void LocationResolver::setLocations(QList<SchoolLocation> locations)
{
    m_locations = std::move(locations);
    reset();
}

void LocationResolver::reset()
{
    m_havePlace = false;
    m_place.clear();
    m_placeMetres = -1;
    m_candidate.clear();
    m_candidateCount = 0;
}

QString LocationResolver::locationAt(const Fix &fix, double *metres) const
{
    QString best;
    double bestDistance = 0;
    for (const SchoolLocation &l : m_locations) {
        if (l.deleted || !l.latitude || !l.longitude) {
            continue;
        }
        const double d = geo::distanceMetres(fix.coordinate, { *l.latitude, *l.longitude });
        // A fix is a circle, not a point: accept it when the circle reaches the building,
        // but never stretch a radius by more than itself.
        const double slack = std::isnan(fix.accuracyMetres) ? 0.0 : std::min(fix.accuracyMetres, double(l.radiusMetres));
        if (d <= l.radiusMetres + slack && (best.isEmpty() || d < bestDistance)) {
            best = l.id;
            bestDistance = d;
        }
    }
    if (metres) {
        *metres = best.isEmpty() ? -1 : bestDistance;
    }
    return best;
}

bool LocationResolver::addFix(const Fix &fix)
{
    if (!geo::isValid(fix.coordinate) || (!std::isnan(fix.accuracyMetres) && fix.accuracyMetres > m_maxAccuracy)) {
        return false; // too coarse or nonsense: not evidence either way
    }
    const Answer before = answer();
    double metres = -1;
    const QString here = locationAt(fix, &metres);
    if (m_havePlace && here == m_place) {
        m_placeMetres = metres;
        m_candidateCount = 0;
    } else {
        if (here == m_candidate && m_candidateCount > 0) {
            ++m_candidateCount;
        } else {
            m_candidate = here;
            m_candidateCount = 1;
        }
        // The first place needs no confirmation; moving from a confirmed place does.
        if (!m_havePlace || m_candidateCount >= m_confirmations) {
            m_havePlace = true;
            m_place = here;
            m_placeMetres = metres;
            m_candidateCount = 0;
        }
    }
    const Answer after = answer();
    return after.locationId != before.locationId || after.atSchool != before.atSchool || after.source != before.source;
}

void LocationResolver::positionUnavailable()
{
    reset();
}

LocationResolver::Answer LocationResolver::answer() const
{
    if (m_havePlace && !m_place.isEmpty()) {
        return { m_place, Source::Position, true, m_placeMetres };
    }
    return { m_chosen, Source::Chosen, false, -1 };
}

} // namespace kl
