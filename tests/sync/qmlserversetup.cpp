// Qt Quick Test setup with a school server: a real kortelijn-server process on 127.0.0.1
// (tests/sync/testsupport.h) and the app's real wiring (AppContext) over a fresh demo
// database, Dutch UI, Material style. QML reaches the server through the TestServer
// singleton: an invitation link, and revoking this phone the way a coordinator does
// (the admin CLI).
#include "appcontext.h"
#include "securestorage.h"
#include "testsupport.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(KorteLijnPlugin)

class TestServer : public QObject
{
    Q_OBJECT
public:
    TestServer(kltest::ServerProcess &server, QString schoolId, QString dataDir, QObject *parent = nullptr)
        : QObject(parent), m_server(server), m_school(std::move(schoolId)), m_dataDir(std::move(dataDir))
    {
    }

    Q_INVOKABLE QString invite() const { return m_server.invite(m_school); }

    // The coordinator removes this phone (`kortelijn-server revoke --device`); false when
    // the phone has no device on the server or the command failed.
    Q_INVOKABLE bool revokeThisPhone() const
    {
        auto credentials = kl::platform::createTokenStore(m_dataDir)->load();
        if (!credentials.ok()) {
            return false;
        }
        const kltest::HttpResult me = kltest::http("GET", m_server.url() + QStringLiteral("/api/v1/me"),
            credentials.value().token.toLatin1(), {}, {});
        const QString deviceId = me.json().value(QStringLiteral("id")).toString();
        if (deviceId.isEmpty()) {
            return false;
        }
        return m_server.cli({ QStringLiteral("revoke"), QStringLiteral("--device"), deviceId }).exitCode == 0;
    }

private:
    kltest::ServerProcess &m_server;
    QString m_school;
    QString m_dataDir;
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        if (!m_server.start()) {
            qFatal("setup: the school server did not start");
        }
        m_school = m_server.createSchool(QStringLiteral("Basisschool De Regenboog"), true);
        AppContext::Options o;
        o.dataDir = m_dir.path();
        o.recordChannels = true;
        o.autoSyncMs = 0; // syncs happen when the test taps, not on a timer
        o.position = AppContext::Options::Position::None;
        auto c = AppContext::create(o);
        if (!c) {
            qFatal("setup: %s", qPrintable(c.error().message));
        }
        m_context = std::move(c).value();
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        m_context->attach(engine);
        m_testServer = new TestServer(m_server, m_school, m_dir.path(), this);
        qmlRegisterSingletonInstance("KorteLijnServerTest", 1, 0, "TestServer", m_testServer);
    }

    void cleanupTestCase()
    {
        delete m_testServer;
        m_testServer = nullptr;
        m_context.reset();
    }

private:
    QTemporaryDir m_dir;
    kltest::ServerProcess m_server;
    QString m_school;
    std::unique_ptr<AppContext> m_context;
    TestServer *m_testServer = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(kortelijn_qml_server, Setup)

#include "qmlserversetup.moc"
