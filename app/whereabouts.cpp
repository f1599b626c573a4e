#include "whereabouts.h"

#include "presencerepository.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

using namespace kl;

Whereabouts::Whereabouts(Database &db, QGeoPositionInfoSource *source,
    std::unique_ptr<platform::PositionPermission> permission, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_permission(std::move(permission))
    , m_locator(source, m_resolver)
{
    connect(&m_locator, &platform::PositionLocator::located, this, &Whereabouts::finish);
    reload();
}

void Whereabouts::reload()
{
    auto locations = PresenceRepository(m_db).locations();
    if (!locations) {
        qCWarning(lcApp) << "school locations:" << locations.error().message;
        m_locations.clear();
    } else {
        m_locations = locations.value();
    }
    m_resolver.setLocations(m_locations);
    m_chosen = m_db.meta(QLatin1String(kChosenMetaKey));
    if (!location(m_chosen)) {
        // Nothing chosen yet (or the location was removed): "vandaag op school" shows every
        // location until a position or the teacher's choice says which one.
        m_chosen.clear();
    }
    m_resolver.setChosenLocation(m_chosen);
    m_answer = m_resolver.answer();
    Q_EMIT changed();
}

QVariantList Whereabouts::locations() const
{
    QVariantList list;
    for (const SchoolLocation &l : m_locations) {
        list << QVariantMap { { QStringLiteral("id"), l.id }, { QStringLiteral("name"), l.name } };
    }
    return list;
}

void Whereabouts::setChosenLocationId(const QString &id)
{
    if (id == m_chosen || (!id.isEmpty() && !location(id))) {
        return;
    }
    if (auto s = m_db.setMeta(QLatin1String(kChosenMetaKey), id); !s) {
        qCWarning(lcApp) << "chosen location:" << s.error().message;
        return;
    }
    m_chosen = id;
    m_resolver.setChosenLocation(id);
    m_answer = m_resolver.answer();
    Q_EMIT changed();
}

const SchoolLocation *Whereabouts::location(const QString &id) const
{
    for (const SchoolLocation &l : m_locations) {
        if (l.id == id) {
            return &l;
        }
    }
    return nullptr;
}

QString Whereabouts::locationName() const
{
    const SchoolLocation *l = location(m_answer.locationId);
    return l ? l->name : QString();
}

std::optional<geo::Coordinate> Whereabouts::origin() const
{
    if (m_here) {
        return m_here;
    }
    if (const SchoolLocation *l = measuredFrom()) {
        return geo::Coordinate { *l->latitude, *l->longitude };
    }
    return std::nullopt;
}

const SchoolLocation *Whereabouts::measuredFrom() const
{
    const SchoolLocation *chosen = location(m_chosen);
    if (chosen && chosen->latitude && chosen->longitude) {
        return chosen;
    }
    for (const SchoolLocation &l : m_locations) {
        if (l.latitude && l.longitude) {
            return &l;
        }
    }
    return nullptr;
}

QString Whereabouts::basis() const
{
    if (m_here) {
        if (m_answer.atSchool) {
            return tr("Distances from where you are, at %1.").arg(locationName());
        }
        return tr("Distances from where you are.");
    }
    const SchoolLocation *from = measuredFrom();
    if (!from) {
        return tr("Distances unknown: your school has no locations with an address on the map.");
    }
    if (from->id == m_chosen) {
        return tr("Distances from %1, your chosen location.").arg(from->name);
    }
    return tr("Distances from %1.").arg(from->name);
}

void Whereabouts::locate(int timeoutMs)
{
    if (m_busy) {
        return;
    }
    m_busy = true;
    m_problem.clear();
    Q_EMIT busyChanged();
    m_resolver.reset();
    m_resolver.setChosenLocation(m_chosen);
    m_permission->request([this, timeoutMs](platform::PositionPermission::State state) {
        if (state != platform::PositionPermission::State::Granted) {
            // Refused: no position, no second prompt, the chosen location.
            qCInfo(lcApp) << "position: permission refused, using the chosen location";
            m_resolver.positionUnavailable();
            m_refused = true;
            QMetaObject::invokeMethod(this, &Whereabouts::finish, Qt::QueuedConnection);
            return;
        }
        m_asked = true;
        m_locator.locate(timeoutMs, 3);
    });
}

void Whereabouts::finish()
{
    m_answer = m_resolver.answer();
    // Only this attempt's fixes count; a refusal, no fix or a timeout leaves the chosen place.
    m_here = m_asked ? m_locator.lastCoordinate() : std::nullopt;
    using Outcome = platform::PositionLocator::Outcome;
    const Outcome outcome = m_refused ? Outcome::Denied : m_locator.outcome();
    const QString fallback = locationName().isEmpty()
        ? tr("Distances are measured from the school.")
        : tr("Distances are measured from %1 for now.").arg(locationName());
    switch (m_here ? Outcome::Fix : outcome) {
    case Outcome::Fix:
        m_problem.clear();
        break;
    case Outcome::NoSource:
        m_problem = tr("This device cannot tell where it is. %1 Choose your school location in Settings.").arg(fallback);
        break;
    case Outcome::Denied:
        m_problem = tr("KorteLijn may not use your location. Allow it in your phone's settings and try again. %1")
                        .arg(fallback);
        break;
    case Outcome::NoFix:
        m_problem = tr("Your position was not found in time. Go near a window or outside and try again. %1")
                        .arg(fallback);
        break;
    }
    m_asked = false;
    m_refused = false;
    qCInfo(lcApp) << "position:" << (m_here ? "from a fix" : "chosen location") << "location" << m_answer.locationId;
    m_busy = false;
    Q_EMIT changed();
    Q_EMIT busyChanged();
    Q_EMIT located();
}
