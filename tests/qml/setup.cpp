// Qt Quick Test setup: the app's real wiring (AppContext) over a fresh demo database in a
// temporary directory, Dutch UI, Material style, channels captured instead of opened,
// and the clock fixed on a Tuesday morning.
#include "appcontext.h"
#include "testdb.h"

#include <QDir>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(KorteLijnPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        AppContext::Options o;
        o.dataDir = m_dir.path();
        o.recordChannels = true;
        o.position = AppContext::Options::Position::None; // no GPS here: the chosen location applies
        auto c = AppContext::create(o);
        if (!c) {
            qFatal("setup: %s", qPrintable(c.error().message));
        }
        m_context = std::move(c).value();
        m_context->store()->setFixedNow(QDateTime(QDate(2026, 11, 24), QTime(10, 15)));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Dutch, as a teacher gets it on first start.
        m_context->attach(engine);
        m_db = new TestDb(m_context.get(), QDir(m_dir.path()).filePath(QStringLiteral("kortelijn.sqlite")), this);
        qmlRegisterSingletonInstance("KorteLijnTest", 1, 0, "TestDb", m_db);
    }

    void cleanupTestCase()
    {
        delete m_db;
        m_db = nullptr;
        m_context.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    TestDb *m_db = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(kortelijn_qml, Setup)

#include "setup.moc"
