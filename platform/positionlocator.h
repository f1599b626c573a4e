// Capability: where am I, asked on demand. Starts the position source for a short burst
// (never continuously: battery), feeds the fixes to a LocationResolver and stops. No
// source, no permission or no fix in time all end in the chosen location; outcome() says
// which, so the screen can tell the teacher once what to do (never a prompt loop).
#pragma once

#include "locationresolver.h"

#include <QGeoPositionInfoSource>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace kl::platform {

class PositionLocator : public QObject
{
    Q_OBJECT

public:
    // `source` may be null (no positioning on this device); the locator takes no ownership.
    PositionLocator(QGeoPositionInfoSource *source, LocationResolver &resolver, QObject *parent = nullptr);

    // Asks for up to `fixes` positions within `timeoutMs`; emits located() once, at the end.
    void locate(int timeoutMs = 15000, int fixes = 3);
    [[nodiscard]] bool busy() const { return m_busy; }
    // The system refused access to the position (the app then uses the chosen location).
    [[nodiscard]] bool accessDenied() const { return m_accessDenied; }
    // How the latest locate() ended, for the screen to say what the teacher can do.
    enum class Outcome { Fix, NoSource, Denied, NoFix };
    [[nodiscard]] Outcome outcome() const { return m_outcome; }
    // The last usable fix of the latest locate(), if any (distances are measured from it).
    [[nodiscard]] std::optional<geo::Coordinate> lastCoordinate() const { return m_last; }

    // The platform's default source (nullptr when the device has none).
    [[nodiscard]] static QGeoPositionInfoSource *createDefaultSource(QObject *parent);

Q_SIGNALS:
    void located();

private:
    void onPosition(const QGeoPositionInfo &info);
    void onError(QGeoPositionInfoSource::Error error);
    void finish();

    QPointer<QGeoPositionInfoSource> m_source;
    LocationResolver &m_resolver;
    QTimer m_timeout;
    int m_wanted = 0;
    int m_received = 0;
    bool m_busy = false;
    bool m_accessDenied = false;
    std::optional<geo::Coordinate> m_last;
    Outcome m_outcome = Outcome::NoFix;
};

} // namespace kl::platform
