#include "appcontext.h"

#include "demodata.h"
#include "faceprovider.h"
#include "organogramprovider.h"
#include "partnerqr.h"

#include <QQmlEngine>
#include "qmlsingletons.h"
#include "securestorage.h"

#include <QDir>
#include <QFile>
#include <QNmeaPositionInfoSource>
#include <QQmlEngine>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

using namespace kl;

QString AppContext::defaultDataDir()
{
    const QString env = qEnvironmentVariable("KL_DATA_DIR");
    if (!env.isEmpty()) {
        return env;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<std::unique_ptr<AppContext>> AppContext::create(const Options &options)
{
    std::unique_ptr<AppContext> c(new AppContext);
    const QString dir = options.dataDir.isEmpty() ? defaultDataDir() : options.dataDir;
    if (!QDir().mkpath(dir)) {
        return storeError(QStringLiteral("data dir"), dir);
    }
    auto db = Database::open(QDir(dir).filePath(QStringLiteral("kortelijn.sqlite")));
    if (!db) {
        return db.error();
    }
    c->m_db = std::move(db).value();

    auto count = c->m_db->run(QStringLiteral("SELECT count(*) FROM organisations"));
    if (!count) {
        return count.error();
    }
    count.value().next();
    if (options.populateDemo && count.value().value(0).toInt() == 0) {
        // No school server connection yet: start with the demo school so every screen
        // has something real to show. SchoolConnection tells the user it is the demo.
        auto demo = DemoData::populateSchool(*c->m_db);
        if (!demo) {
            return demo.error();
        }
        if (auto s = c->m_db->setMeta(QLatin1String(SchoolConnection::kDemoMetaKey), QStringLiteral("1")); !s) {
            return s.error();
        }
        qCInfo(lcApp) << "first run: demo school with" << demo.value().organisations << "organisations";
    }

    if (options.recordChannels) {
        auto recorder = std::make_unique<platform::RecordingChannelLauncher>();
        c->m_recorder = recorder.get();
        c->m_launcher = std::move(recorder);
        auto share = std::make_unique<platform::RecordingShare>();
        c->m_shareRecorder = share.get();
        c->m_share = std::move(share);
        auto contacts = std::make_unique<platform::RecordingContacts>();
        c->m_contactsRecorder = contacts.get();
        c->m_contacts = std::move(contacts);
    } else {
        c->m_launcher = platform::ChannelLauncher::createDefault();
        c->m_share = platform::Share::createDefault();
        c->m_contacts = platform::Contacts::createDefault();
    }

    c->m_store = std::make_unique<AppStore>(*c->m_db, *c->m_launcher, *c->m_share, *c->m_contacts);
    Localization *localization = &c->m_localization;
    c->m_settings = std::make_unique<AppSettings>(
        *c->m_db, [localization](const QString &code) { return localization->install(code); });
    QObject::connect(c->m_settings.get(), &AppSettings::languageChanged, c->m_store.get(), &AppStore::notifyLanguageChanged);
    c->m_tokens = platform::createTokenStore(dir);
    c->m_connection = std::make_unique<SchoolConnection>(*c->m_db, *c->m_tokens, options.autoSyncMs);
    AppStore *store = c->m_store.get();
    QObject::connect(c->m_connection.get(), &SchoolConnection::schoolDataChanged, store, &AppStore::schoolDataChanged);
    SchoolConnection *connection = c->m_connection.get();
    store->setCanEditSchoolList(connection->isCoordinator());
    QObject::connect(connection, &SchoolConnection::changed, store,
        [store, connection] { store->setCanEditSchoolList(connection->isCoordinator()); });

    switch (options.position) {
    case Options::Position::Platform:
        c->m_positionSource.reset(platform::PositionLocator::createDefaultSource(nullptr));
        break;
    case Options::Position::None:
        break;
    case Options::Position::NmeaLog: {
        auto file = std::make_unique<QFile>(options.nmeaLog);
        if (!file->open(QIODevice::ReadOnly)) {
            return storeError(QStringLiteral("NMEA log"), options.nmeaLog);
        }
        auto nmea = std::make_unique<QNmeaPositionInfoSource>(QNmeaPositionInfoSource::SimulationMode);
        nmea->setUserEquivalentRangeError(5.0);
        nmea->setDevice(file.get());
        c->m_nmeaDevice = std::move(file);
        c->m_positionSource = std::move(nmea);
        break;
    }
    }
    qCInfo(lcApp) << "position source:"
                  << (c->m_positionSource ? c->m_positionSource->sourceName() : QStringLiteral("none"));
    c->m_whereabouts = std::make_unique<Whereabouts>(
        *c->m_db, c->m_positionSource.get(), platform::Permission::createDefault(platform::Permission::Kind::Location));
    QObject::connect(connection, &SchoolConnection::schoolDataChanged, c->m_whereabouts.get(), &Whereabouts::reload);

    AppStoreForeign::instance = c->m_store.get();
    WhereaboutsForeign::instance = c->m_whereabouts.get();
    AppSettingsForeign::instance = c->m_settings.get();
    SchoolConnectionForeign::instance = c->m_connection.get();
    return c;
}

AppContext::~AppContext()
{
    AppStoreForeign::instance = nullptr;
    AppSettingsForeign::instance = nullptr;
    SchoolConnectionForeign::instance = nullptr;
    WhereaboutsForeign::instance = nullptr;
    m_whereabouts.reset(); // before the source it listens to
}

void AppContext::attach(QQmlEngine *engine)
{
    engine->addImageProvider(QStringLiteral("faces"), new FaceImageProvider(*m_db)); // the engine owns it
    engine->addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    engine->addImageProvider(QStringLiteral("organogram"), new OrganogramImageProvider(*m_db));
    // Qt 6.4 does not search the resource prefix of qt_add_qml_module by default (6.5 does).
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_localization.setEngine(engine);
    m_settings->apply();
}
