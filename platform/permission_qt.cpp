// Qt 6.5 and later on phones: QPermission asks the OS (Android runtime permissions, iOS
// AVFoundation / Core Location). From Qt 6.6 (positioning) and 6.8 (camera) this is the
// only way the prompt appears. With Qt 6.4 this file is empty and permission_android.cpp
// / permission_ios.mm answer; so Debian's 6.4 headers never see the code below.
#include "permission.h"

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QCoreApplication>
#include <QPermissions>

namespace kl::platform {

namespace {

class QtPermission final : public Permission
{
public:
    explicit QtPermission(Kind kind) : m_kind(kind) { }

    [[nodiscard]] State state() const override { return fromQt(qApp->checkPermission(permission())); }

    void request(std::function<void(State)> done) override
    {
        qApp->requestPermission(permission(), qApp,
            [done = std::move(done)](const QPermission &answer) { done(fromQt(answer.status())); });
    }

private:
    [[nodiscard]] QPermission permission() const
    {
        if (m_kind == Kind::Camera) {
            return QCameraPermission {};
        }
        QLocationPermission location; // which building: precise, and only while in use
        location.setAccuracy(QLocationPermission::Precise);
        location.setAvailability(QLocationPermission::WhenInUse);
        return location;
    }

    static State fromQt(Qt::PermissionStatus status)
    {
        switch (status) {
        case Qt::PermissionStatus::Granted:
            return State::Granted;
        case Qt::PermissionStatus::Denied:
            return State::Denied;
        case Qt::PermissionStatus::Undetermined:
            break;
        }
        return State::Undetermined;
    }

    Kind m_kind;
};

} // namespace

std::unique_ptr<Permission> Permission::createDefault(Kind kind)
{
    return std::make_unique<QtPermission>(kind);
}

} // namespace kl::platform

#endif
