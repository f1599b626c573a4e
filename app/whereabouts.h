// Where the teacher is, asked on demand: the school location for "vandaag op school"
// and the point "Dichtbij" measures distances from. locate() asks the position once
// (permission first, then a short burst of fixes through PositionLocator); without a
// position (none, refused, too slow) the school location chosen in settings applies and
// `basis` says so in one quiet line. Nothing chosen and no position: "vandaag op school"
// covers every location and distances are measured from the school's first location.
#pragma once

#include "database.h"
#include "geo.h"
#include "locationresolver.h"
#include "positionlocator.h"
#include "positionpermission.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class Whereabouts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Whereabouts is created by the application")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QVariantList locations READ locations NOTIFY changed)
    Q_PROPERTY(QString chosenLocationId READ chosenLocationId WRITE setChosenLocationId NOTIFY changed)
    Q_PROPERTY(QString locationId READ locationId NOTIFY changed)
    Q_PROPERTY(QString locationName READ locationName NOTIFY changed)
    Q_PROPERTY(bool fromPosition READ fromPosition NOTIFY changed)
    Q_PROPERTY(QString basis READ basis NOTIFY changed)
    // Why the last "Where am I?" found no position and what to do about it; empty after a fix.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    static constexpr const char *kChosenMetaKey = "chosen_location";

    // `source` may be null (no positioning); ownership of source stays with the caller.
    Whereabouts(kl::Database &db, QGeoPositionInfoSource *source,
        std::unique_ptr<kl::platform::PositionPermission> permission, QObject *parent = nullptr);

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QVariantList locations() const;
    [[nodiscard]] QString chosenLocationId() const { return m_chosen; }
    void setChosenLocationId(const QString &id);
    [[nodiscard]] QString locationId() const { return m_answer.locationId; }
    [[nodiscard]] QString locationName() const;
    [[nodiscard]] bool fromPosition() const { return m_here.has_value(); }
    [[nodiscard]] QString basis() const;
    [[nodiscard]] QString problem() const { return m_problem; }
    // Where distances are measured from: the position, else the chosen location, else the
    // school's first location with coordinates.
    [[nodiscard]] std::optional<kl::geo::Coordinate> origin() const;

    // Asks the position once (never continuously); `timeoutMs` bounds the wait.
    Q_INVOKABLE void locate(int timeoutMs = 15000);
    // The school's locations changed (a sync): reread them.
    void reload();

Q_SIGNALS:
    void busyChanged();
    void changed();
    void located();

private:
    void finish();
    [[nodiscard]] const kl::SchoolLocation *location(const QString &id) const;
    // Without a position: the chosen location, else the school's first one on the map.
    [[nodiscard]] const kl::SchoolLocation *measuredFrom() const;

    kl::Database &m_db;
    std::unique_ptr<kl::platform::PositionPermission> m_permission;
    QList<kl::SchoolLocation> m_locations;
    kl::LocationResolver m_resolver;
    kl::platform::PositionLocator m_locator;
    QString m_chosen;
    kl::LocationResolver::Answer m_answer;
    std::optional<kl::geo::Coordinate> m_here;
    bool m_busy = false;
    bool m_asked = false; // this attempt asked the locator (permission granted)
    bool m_refused = false; // this attempt's permission was refused
    QString m_problem;
};
