// Capability: may the app use the camera, or ask where the device is? The app asks right
// before it needs one (the camera when the scan screen opens, the position when the
// teacher taps "Waar ben ik?"), never at start. Qt 6.4 has no QPermission, and from Qt
// 6.6 (positioning) and 6.8 (camera) Qt no longer asks by itself, so each platform
// answers here: Qt 6.5 and later through QPermission (permission_qt.cpp), Qt 6.4 through
// the Android private API or iOS's own frameworks. "No" is never an error: the app falls
// back (a picture instead of the camera, the chosen location instead of a position).
#pragma once

#include <QtGlobal>

#include <functional>
#include <memory>

namespace kl::platform {

class Permission
{
public:
    enum class State { Undetermined, Granted, Denied };
    enum class Kind { Camera, Location };

    virtual ~Permission() = default;

    [[nodiscard]] virtual State state() const = 0;
    // Asks the system (at most one prompt); `done` runs once, on the thread that asked,
    // with the answer, possibly before request() returns.
    virtual void request(std::function<void(State)> done) = 0;

    // This platform's permission of that kind.
    [[nodiscard]] static std::unique_ptr<Permission> createDefault(Kind kind);
};

// A fixed answer: desktops (no per-app prompt) and tests of a refusal.
class FixedPermission : public Permission
{
public:
    explicit FixedPermission(State state) : m_state(state) { }
    [[nodiscard]] State state() const override { return m_state; }
    void request(std::function<void(State)> done) override { done(m_state); }

private:
    State m_state;
};

} // namespace kl::platform
