// Capability: hand a channel URL (wa.me, sms:, tel:, mailto:, a .vcf file) to the
// system. The app talks to this interface only; tests install a recording launcher
// and assert on the exact URL.
#pragma once

#include <QList>
#include <QUrl>

#include <memory>

namespace kl::platform {

class ChannelLauncher
{
public:
    virtual ~ChannelLauncher() = default;
    // True when the system accepted the URL (an app to handle it exists).
    virtual bool open(const QUrl &url) = 0;

    // The implementation for the platform this binary was built for.
    [[nodiscard]] static std::unique_ptr<ChannelLauncher> createDefault();
};

// Remembers every URL instead of opening it: for tests, self-test and screenshots,
// which must never start WhatsApp or a dialer on the machine that runs them.
class RecordingChannelLauncher : public ChannelLauncher
{
public:
    bool open(const QUrl &url) override
    {
        m_opened << url;
        return m_accept;
    }
    [[nodiscard]] const QList<QUrl> &opened() const { return m_opened; }
    void clear() { m_opened.clear(); }
    void setAccept(bool accept) { m_accept = accept; }

private:
    QList<QUrl> m_opened;
    bool m_accept = true;
};

} // namespace kl::platform
