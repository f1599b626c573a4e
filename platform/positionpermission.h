// The position permission Whereabouts asks before "Waar ben ik?": the Location kind of
// the platform's Permission (permission.h).
#pragma once

#include "permission.h"

namespace kl::platform {

using PositionPermission = Permission;
using FixedPositionPermission = FixedPermission;

} // namespace kl::platform
