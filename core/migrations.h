// Forward-only schema steps of the device database. Step N turns schema N-1 into N and
// runs inside the transaction that also sets user_version = N. Never edit a shipped step.
#pragma once

#include "result.h"

namespace kl {
class Database;
namespace migrations {
[[nodiscard]] int latestVersion();
Status apply(Database &db, int version);
} // namespace migrations
} // namespace kl
