// The app's hub: owns nothing but reaches the local database, the platform capabilities
// and the clock. View models read through it and send commands through it; its change
// signals keep every open screen current after any write.
#pragma once

#include "database.h"
#include "domain.h"
#include "messagetemplate.h"
#include "channelurl.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace kl::platform {
class ChannelLauncher;
class Contacts;
class Share;
} // namespace kl::platform

// A line or partner target with everything the screens show about it.
struct ResolvedTarget
{
    kl::TargetKind kind = kl::TargetKind::Person;
    QString id;
    std::optional<kl::Person> person; // the function's current holder, or the person itself
    std::optional<kl::Function> function; // the function, or the first one the person holds
    std::optional<kl::Organisation> organisation;

    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString initials() const;
    [[nodiscard]] kl::ChannelAddress address() const;
};

class AppStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppStore is created by the application")
    Q_PROPERTY(QDateTime now READ now NOTIFY clockChanged)
    Q_PROPERTY(QString lastMessage READ lastMessage NOTIFY message)

public:
    enum ChannelKind { Call = 0, WhatsApp = 1, Sms = 2, Email = 3 };
    Q_ENUM(ChannelKind)
    enum TargetKind { Organisation = 0, Function = 1, Person = 2 };
    Q_ENUM(TargetKind)

    AppStore(kl::Database &db, kl::platform::ChannelLauncher &launcher, kl::platform::Share &share,
        kl::platform::Contacts &contacts, QObject *parent = nullptr);

    [[nodiscard]] kl::Database &db() const { return m_db; }
    [[nodiscard]] kl::platform::ChannelLauncher &launcher() const { return m_launcher; }
    [[nodiscard]] kl::platform::Share &share() const { return m_share; }
    [[nodiscard]] kl::platform::Contacts &contacts() const { return m_contacts; }

    [[nodiscard]] QDateTime now() const;
    // Freezes the clock (tests, screenshots); an invalid time lets it run again.
    void setFixedNow(const QDateTime &now);
    // The school list changed under the screens (a sync applied rows): reload everything.
    void schoolDataChanged();

    [[nodiscard]] QString lastMessage() const { return m_lastMessage; }

    [[nodiscard]] kl::Result<ResolvedTarget> resolve(kl::TargetKind kind, const QString &id) const;
    [[nodiscard]] kl::Availability availability(kl::TargetKind kind, const QString &id) const;
    [[nodiscard]] kl::TemplateContext templateContext(const ResolvedTarget &target) const;

    // Opens a quick line's channel with its text filled in and records the use.
    // Returns an error text for the screen, or an empty string when the channel opened.
    Q_INVOKABLE QString openLine(const QString &lineId);
    // Opens a channel to a partner without prepared text (the detail screen's buttons).
    Q_INVOKABLE QString contact(int targetKind, const QString &targetId, int channel);

    // Shows a short message to the user (a toast on the current screen).
    Q_INVOKABLE void say(const QString &text);
    // Puts text on the clipboard (the way out when no app can open a channel).
    Q_INVOKABLE void copyText(const QString &text);
    // The platform could not open a channel or the contacts app: tell the screen, with what
    // the teacher can copy instead (a number or address, the message).
    void reportCannotOpen(const QString &message, const QString &address, const QString &text);

    void notifyLinesChanged() { Q_EMIT linesChanged(); }
    // A "kennisgemaakt" tick changed (device only): the induction page and Home's entry.
    void notifyInductionChanged() { Q_EMIT inductionChanged(); }
    // The UI language changed: every text made in C++ (availability, hints) is made again.
    void notifyLanguageChanged() { Q_EMIT languageChanged(); }
    // A coordinator's phone may change the school's own lines; a teacher's phone keeps
    // its changes to them as a personal copy (the server accepts school edits from
    // coordinators only).
    void setCanEditSchoolList(bool can) { m_canEditSchoolList = can; }
    [[nodiscard]] bool canEditSchoolList() const { return m_canEditSchoolList; }
    void notifyPartnersChanged()
    {
        Q_EMIT partnersChanged();
        Q_EMIT linesChanged();
    }

Q_SIGNALS:
    void linesChanged();
    void partnersChanged();
    void inductionChanged();
    void clockChanged();
    void languageChanged();
    void cannotOpen(const QString &message, const QString &address, const QString &text);
    void message(const QString &text);

private:
    QString openUrl(kl::Channel channel, const QString &address, const QString &text, const QString &subject);

    kl::Database &m_db;
    kl::platform::ChannelLauncher &m_launcher;
    kl::platform::Share &m_share;
    kl::platform::Contacts &m_contacts;
    QDateTime m_fixedNow;
    bool m_canEditSchoolList = false;
    QTimer m_minuteTimer;
    QString m_lastMessage;
};
