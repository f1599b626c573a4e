// Desktop (Linux): there is no per-app runtime prompt to ask for. The position service
// (GeoClue) decides itself and refuses with QGeoPositionInfoSource::AccessError, which
// PositionLocator reports as accessDenied(); the app then uses the chosen location. A
// camera is there or not (CameraScan::cameraAvailable).
#include "permission.h"

namespace kl::platform {

std::unique_ptr<Permission> Permission::createDefault(Kind)
{
    return std::make_unique<FixedPermission>(Permission::State::Granted);
}

} // namespace kl::platform
