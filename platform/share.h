// Capability: share text with another app. Where the platform has no share sheet
// (desktop) the text goes to the clipboard and the caller tells the user so.
#pragma once

#include <QString>

#include <memory>

namespace kl::platform {

class Share
{
public:
    enum class Outcome { Shared, CopiedToClipboard, Failed };

    virtual ~Share() = default;
    virtual Outcome shareText(const QString &title, const QString &text) = 0;

    [[nodiscard]] static std::unique_ptr<Share> createDefault();
};

class RecordingShare : public Share
{
public:
    Outcome shareText(const QString &title, const QString &text) override
    {
        m_lastTitle = title;
        m_lastText = text;
        return Outcome::CopiedToClipboard;
    }
    [[nodiscard]] QString lastTitle() const { return m_lastTitle; }
    [[nodiscard]] QString lastText() const { return m_lastText; }

private:
    QString m_lastTitle;
    QString m_lastText;
};

} // namespace kl::platform
