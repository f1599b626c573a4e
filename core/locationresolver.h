// Decides which school location the teacher is at from a short burst of position fixes
// (asked on demand, never continuously: battery). Coarse fixes are ignored, a single
// fix that jumps elsewhere does not move the teacher, and without a usable fix the
// location the teacher chose in settings applies, without nagging.
#pragma once

#include "domain.h"
#include "geo.h"

#include <QDateTime>
#include <QList>

namespace kl {

class LocationResolver
{
public:
    enum class Source { Chosen, Position };

    struct Fix
    {
        geo::Coordinate coordinate;
        double accuracyMetres = qQNaN(); // NaN: unknown
        QDateTime timestamp;
    };

    struct Answer
    {
        QString locationId; // empty: at none of the school's locations and nothing chosen
        Source source = Source::Chosen;
        bool atSchool = false; // the position puts the teacher at locationId
        double metres = -1; // distance to locationId by position, -1 when not known
    };

    explicit LocationResolver(QList<SchoolLocation> locations = {}) : m_locations(std::move(locations)) { }

    void setLocations(QList<SchoolLocation> locations);
    void setChosenLocation(const QString &id) { m_chosen = id; }
    // Fixes worse than this cannot tell two buildings of one school apart.
    void setMaxAccuracyMetres(double metres) { m_maxAccuracy = metres; }
    // How many agreeing fixes in a row it takes to move to another place.
    void setConfirmations(int n) { m_confirmations = std::max(1, n); }

    // Feeds one fix; returns true when the answer changed.
    bool addFix(const Fix &fix);
    // The position could not be had (no fix, permission denied, timeout).
    void positionUnavailable();
    void reset();

    [[nodiscard]] Answer answer() const;
    // Which location a single fix points at ("" when none); exposed for tests and the UI.
    [[nodiscard]] QString locationAt(const Fix &fix, double *metres = nullptr) const;

private:
    QList<SchoolLocation> m_locations;
    QString m_chosen;
    double m_maxAccuracy = 250;
    int m_confirmations = 2;

    bool m_havePlace = false; // a confirmed place from positions (possibly "none of ours")
    QString m_place;
    double m_placeMetres = -1;
    QString m_candidate;
    int m_candidateCount = 0;
};

} // namespace kl
