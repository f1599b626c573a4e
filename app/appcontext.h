// Builds the app's services: local database (demo school on first run, replaced by the
// school's own list once the device joins a school server), the school connection
// (sync), platform capabilities, the QML singletons. Used by main.cpp and by the Qt
// Quick Test setup, so tests run the same wiring as the app.
#pragma once

#include "appsettings.h"
#include "appstore.h"
#include "channellauncher.h"
#include "contacts.h"
#include "database.h"
#include "localization.h"
#include "schoolconnection.h"
#include "share.h"
#include "tokenstore.h"
#include "whereabouts.h"

#include <memory>

class QQmlEngine;

class AppContext
{
public:
    struct Options
    {
        QString dataDir;
        // Record channel URLs instead of opening them (tests, --self-test, --screenshots).
        bool recordChannels = false;
        bool populateDemo = true;
        // Background sync interval while joined to a school (0: only on demand).
        int autoSyncMs = 10 * 60 * 1000;
        // Where the position comes from: the platform's source, none at all (tests,
        // unattended runs: the chosen location applies), or an NMEA log replayed.
        enum class Position { Platform, None, NmeaLog } position = Position::Platform;
        QString nmeaLog;
    };

    static kl::Result<std::unique_ptr<AppContext>> create(const Options &options);
    ~AppContext();

    // Connects translations to the engine and installs the stored language.
    void attach(QQmlEngine *engine);

    [[nodiscard]] kl::Database &db() const { return *m_db; }
    [[nodiscard]] AppStore *store() const { return m_store.get(); }
    [[nodiscard]] AppSettings *settings() const { return m_settings.get(); }
    [[nodiscard]] SchoolConnection *connection() const { return m_connection.get(); }
    [[nodiscard]] Whereabouts *whereabouts() const { return m_whereabouts.get(); }
    // Non-null when recordChannels was set.
    [[nodiscard]] kl::platform::RecordingChannelLauncher *recorder() const { return m_recorder; }
    [[nodiscard]] kl::platform::RecordingShare *shareRecorder() const { return m_shareRecorder; }
    [[nodiscard]] kl::platform::RecordingContacts *contactsRecorder() const { return m_contactsRecorder; }

    // Where data lives: --data-dir, else KL_DATA_DIR, else the platform's app data dir.
    [[nodiscard]] static QString defaultDataDir();

private:
    AppContext() = default;

    std::unique_ptr<kl::Database> m_db;
    std::unique_ptr<kl::platform::ChannelLauncher> m_launcher;
    std::unique_ptr<kl::platform::Share> m_share;
    std::unique_ptr<kl::platform::Contacts> m_contacts;
    std::unique_ptr<kl::TokenStore> m_tokens;
    kl::platform::RecordingChannelLauncher *m_recorder = nullptr;
    kl::platform::RecordingShare *m_shareRecorder = nullptr;
    kl::platform::RecordingContacts *m_contactsRecorder = nullptr;
    Localization m_localization;
    std::unique_ptr<AppStore> m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SchoolConnection> m_connection;
    std::unique_ptr<QIODevice> m_nmeaDevice;
    std::unique_ptr<QGeoPositionInfoSource> m_positionSource;
    std::unique_ptr<Whereabouts> m_whereabouts;
};
