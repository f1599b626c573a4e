// iOS permissions with Qt 6.4: AVFoundation for the camera and Core Location for the
// position (when in use only), answered on the main thread (Qt 6.5 and later:
// permission_qt.cpp). The usage texts are in ios/Info.plist and ios/*.lproj/InfoPlist.strings.
#include "permission.h"

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
#import <AVFoundation/AVFoundation.h>
#import <CoreLocation/CoreLocation.h>

using kl::platform::Permission;

// Asks for "when in use" and reports the first decided answer.
@interface KLLocationAsker : NSObject <CLLocationManagerDelegate>
@property (nonatomic, strong) CLLocationManager *manager;
@property (nonatomic) std::function<void(Permission::State)> done;
@end

namespace {

Permission::State fromLocation(CLAuthorizationStatus status)
{
    switch (status) {
    case kCLAuthorizationStatusAuthorizedWhenInUse:
    case kCLAuthorizationStatusAuthorizedAlways:
        return Permission::State::Granted;
    case kCLAuthorizationStatusDenied:
    case kCLAuthorizationStatusRestricted:
        return Permission::State::Denied;
    case kCLAuthorizationStatusNotDetermined:
        break;
    }
    return Permission::State::Undetermined;
}

Permission::State fromCamera(AVAuthorizationStatus status)
{
    switch (status) {
    case AVAuthorizationStatusAuthorized:
        return Permission::State::Granted;
    case AVAuthorizationStatusDenied:
    case AVAuthorizationStatusRestricted:
        return Permission::State::Denied;
    case AVAuthorizationStatusNotDetermined:
        break;
    }
    return Permission::State::Undetermined;
}

} // namespace

@implementation KLLocationAsker

- (void)locationManagerDidChangeAuthorization:(CLLocationManager *)manager
{
    const Permission::State state = fromLocation(manager.authorizationStatus);
    if (state == Permission::State::Undetermined || !self.done) {
        return; // the first call comes at once, before the teacher has answered
    }
    auto done = std::move(self.done);
    self.done = nullptr;
    self.manager.delegate = nil;
    done(state);
}

@end

namespace kl::platform {

namespace {

class IosPermission final : public Permission
{
public:
    explicit IosPermission(Kind kind) : m_kind(kind) { }

    [[nodiscard]] State state() const override
    {
        if (m_kind == Kind::Camera) {
            return fromCamera([AVCaptureDevice authorizationStatusForMediaType:AVMediaTypeVideo]);
        }
        return fromLocation([[CLLocationManager alloc] init].authorizationStatus);
    }

    void request(std::function<void(State)> done) override
    {
        const State now = state();
        if (now != State::Undetermined) {
            done(now);
            return;
        }
        if (m_kind == Kind::Camera) {
            [AVCaptureDevice requestAccessForMediaType:AVMediaTypeVideo
                                     completionHandler:^(BOOL granted) {
                                         dispatch_async(dispatch_get_main_queue(), ^{
                                             done(granted ? State::Granted : State::Denied);
                                         });
                                     }];
            return;
        }
        m_asker = [[KLLocationAsker alloc] init];
        m_asker.manager = [[CLLocationManager alloc] init];
        m_asker.done = std::move(done);
        m_asker.manager.delegate = m_asker;
        [m_asker.manager requestWhenInUseAuthorization];
    }

private:
    Kind m_kind;
    KLLocationAsker *m_asker = nil;
};

} // namespace

std::unique_ptr<Permission> Permission::createDefault(Kind kind)
{
    return std::make_unique<IosPermission>(kind);
}

} // namespace kl::platform

#endif // Qt 6.5 and later: permission_qt.cpp
