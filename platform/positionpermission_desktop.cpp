// Desktop (Linux): there is no per-app runtime prompt to ask for. The position service
// (GeoClue) decides itself and refuses with QGeoPositionInfoSource::AccessError, which
// PositionLocator reports as accessDenied(); the app then uses the chosen location.
#include "positionpermission.h"

namespace kl::platform {

std::unique_ptr<PositionPermission> PositionPermission::createDefault()
{
    return std::make_unique<FixedPositionPermission>(PositionPermission::State::Granted);
}

} // namespace kl::platform
