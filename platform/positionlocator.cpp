#include "positionlocator.h"

#include <cmath>

namespace kl::platform {

PositionLocator::PositionLocator(QGeoPositionInfoSource *source, LocationResolver &resolver, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_resolver(resolver)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &PositionLocator::finish);
    if (m_source) {
        connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, &PositionLocator::onPosition);
        connect(m_source, &QGeoPositionInfoSource::errorOccurred, this, &PositionLocator::onError);
    }
}

QGeoPositionInfoSource *PositionLocator::createDefaultSource(QObject *parent)
{
    return QGeoPositionInfoSource::createDefaultSource(parent);
}

void PositionLocator::locate(int timeoutMs, int fixes)
{
    if (m_busy) {
        return;
    }
    m_busy = true;
    m_wanted = std::max(1, fixes);
    m_received = 0;
    m_last.reset();
    if (!m_source) {
        // Finish from the event loop so callers always see located() after locate() returns.
        QTimer::singleShot(0, this, &PositionLocator::finish);
        return;
    }
    m_timeout.start(timeoutMs);
    m_source->startUpdates();
}

void PositionLocator::onPosition(const QGeoPositionInfo &info)
{
    if (!m_busy || !info.isValid()) {
        return;
    }
    LocationResolver::Fix fix;
    fix.coordinate = { info.coordinate().latitude(), info.coordinate().longitude() };
    fix.accuracyMetres = info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
        ? info.attribute(QGeoPositionInfo::HorizontalAccuracy)
        : qQNaN();
    fix.timestamp = info.timestamp();
    m_resolver.addFix(fix);
    // A fix a kilometre off is still better than the school for "how far"; worse is not.
    if (std::isnan(fix.accuracyMetres) || fix.accuracyMetres <= 1000) {
        m_last = fix.coordinate;
    }
    if (++m_received >= m_wanted) {
        finish();
    }
}

void PositionLocator::onError(QGeoPositionInfoSource::Error error)
{
    if (error == QGeoPositionInfoSource::AccessError) {
        m_accessDenied = true;
    }
    if (m_busy && error != QGeoPositionInfoSource::NoError) {
        finish();
    }
}

void PositionLocator::finish()
{
    if (!m_busy) {
        return;
    }
    m_timeout.stop();
    if (m_source) {
        m_source->stopUpdates();
    }
    if (m_received == 0) {
        m_resolver.positionUnavailable();
    }
    m_outcome = !m_source ? Outcome::NoSource
        : m_accessDenied  ? Outcome::Denied
        : m_last          ? Outcome::Fix
                          : Outcome::NoFix;
    m_busy = false;
    Q_EMIT located();
}

} // namespace kl::platform
