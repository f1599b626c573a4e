#include "timestamps.h"

namespace kl::server {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString nowIso()
{
    return iso(QDateTime::currentDateTimeUtc());
}

QDateTime timeFrom(const QVariant &v)
{
    if (v.isNull()) {
        return {};
    }
    if (v.typeId() == QMetaType::QDateTime) {
        return v.toDateTime().toUTC();
    }
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace kl::server
