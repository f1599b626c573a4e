// Timestamps as the server stores and sends them: UTC, ISO 8601 with milliseconds.
// SQLite hands them back as the text they were stored as, PostgreSQL as QDateTime.
#pragma once

#include <QDateTime>
#include <QVariant>

namespace kl::server {

[[nodiscard]] QString iso(const QDateTime &t); // "" for an invalid time
[[nodiscard]] QString nowIso();
[[nodiscard]] QDateTime timeFrom(const QVariant &v); // invalid for NULL

} // namespace kl::server
