// Capability: may the app ask where the device is? Qt 6.4 has no QPermission, so each
// platform answers here (Android's ACCESS_FINE_LOCATION request, iOS's
// requestWhenInUseAuthorization). The answer only ever decides whether a position is
// asked at all; "no" ends in the teacher's chosen school location, without nagging.
#pragma once

#include <functional>
#include <memory>

namespace kl::platform {

class PositionPermission
{
public:
    enum class State { Undetermined, Granted, Denied };

    virtual ~PositionPermission() = default;

    [[nodiscard]] virtual State state() const = 0;
    // Asks the system (at most one prompt); `done` runs once with the answer, possibly
    // before request() returns.
    virtual void request(std::function<void(State)> done) = 0;

    // This platform's permission.
    [[nodiscard]] static std::unique_ptr<PositionPermission> createDefault();
};

// A fixed answer: devices without a permission model, and tests of a refusal.
class FixedPositionPermission : public PositionPermission
{
public:
    explicit FixedPositionPermission(State state) : m_state(state) { }
    [[nodiscard]] State state() const override { return m_state; }
    void request(std::function<void(State)> done) override { done(m_state); }

private:
    State m_state;
};

} // namespace kl::platform
