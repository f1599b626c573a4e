// Android runtime permissions with Qt 6.4: the private QtAndroidPrivate API that Qt
// 6.4's own camera and positioning code uses (Qt 6.5 and later: permission_qt.cpp).
// Android cannot tell "never asked" from "refused" before asking, so a permission that is
// not granted reads as Undetermined until a request in this run was refused; asking again
// after "don't ask again" answers at once without a dialog.
#include "permission.h"

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
#include <QCoreApplication>
#include <QtCore/private/qandroidextras_p.h>

namespace kl::platform {

namespace {

const QString kCamera = QStringLiteral("android.permission.CAMERA");
const QString kFine = QStringLiteral("android.permission.ACCESS_FINE_LOCATION");
const QString kCoarse = QStringLiteral("android.permission.ACCESS_COARSE_LOCATION");

bool granted(const QString &permission)
{
    return QtAndroidPrivate::checkPermission(permission).result() == QtAndroidPrivate::Authorized;
}

class AndroidPermission final : public Permission
{
public:
    explicit AndroidPermission(Kind kind) : m_kind(kind) { }

    [[nodiscard]] State state() const override
    {
        const bool yes = m_kind == Kind::Camera ? granted(kCamera) : (granted(kFine) || granted(kCoarse));
        if (yes) {
            return State::Granted;
        }
        return *m_refused ? State::Denied : State::Undetermined;
    }

    void request(std::function<void(State)> done) override
    {
        if (state() == State::Granted) {
            done(State::Granted);
            return;
        }
        // Precise first; Android 12+ may ignore a request for FINE alone (it wants COARSE
        // with it, which Qt 6.4's one-permission call cannot send), or the teacher may
        // allow only an approximate position: then COARSE, which is still a yes.
        const QString first = m_kind == Kind::Camera ? kCamera : kFine;
        const std::shared_ptr<bool> refused = m_refused;
        const bool location = m_kind == Kind::Location;
        QtAndroidPrivate::requestPermission(first).then(qApp,
            [done = std::move(done), refused, location](QtAndroidPrivate::PermissionResult result) {
                if (result == QtAndroidPrivate::Authorized) {
                    done(State::Granted);
                    return;
                }
                if (!location) {
                    *refused = true;
                    done(State::Denied);
                    return;
                }
                QtAndroidPrivate::requestPermission(kCoarse).then(qApp,
                    [done, refused](QtAndroidPrivate::PermissionResult coarse) {
                        *refused = coarse != QtAndroidPrivate::Authorized;
                        done(*refused ? State::Denied : State::Granted);
                    });
            });
    }

private:
    Kind m_kind;
    std::shared_ptr<bool> m_refused = std::make_shared<bool>(false);
};

} // namespace

std::unique_ptr<Permission> Permission::createDefault(Kind kind)
{
    return std::make_unique<AndroidPermission>(kind);
}

} // namespace kl::platform

#endif // Qt 6.5 and later: permission_qt.cpp
