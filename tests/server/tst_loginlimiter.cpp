// The sign-in limits over time, with a clock the test moves (no waiting): a stranger who
// knows only the e-mail address and tries once a minute, from one address or from
// anywhere, for a whole day, never keeps the coordinator out; guessing from one address is
// slowed to a try a minute; guessing spread over many addresses stops untrusted browsers
// but not the coordinator's own; limits refill as time passes.
#include "loginlimiter.h"
#include "ratebuckets.h"
#include "sqlitestorage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kl;
using namespace kl::server;
using Verdict = LoginLimiter::Verdict;

namespace {

const QString kAnna = QStringLiteral("anna@regenboog.nl");
const QString kTrusted = QStringLiteral("hash-of-annas-trust-cookie");

struct Setup
{
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<SqliteStorage> storage;
    std::unique_ptr<LoginLimiter> limiter;

    Setup()
    {
        auto s = SqliteStorage::open(dir.path(), std::make_shared<RateBuckets>(clock));
        if (!s) {
            qFatal("%s", qPrintable(s.error().message));
        }
        storage = std::move(s).value();
        limiter = std::make_unique<LoginLimiter>(*storage);
    }
    // One wrong password, as the server counts it; the verdict it got.
    Verdict wrong(const QString &address, const QString &trusted = {})
    {
        const Verdict v = limiter->beforeAttempt(kAnna, address, trusted);
        if (v == Verdict::Allowed) {
            limiter->failed(kAnna, address, trusted);
        }
        return v;
    }
};

} // namespace

class TestLoginLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aStrangerOnceAMinuteNeverLocksTheCoordinatorOut_data()
    {
        QTest::addColumn<bool>("rotatingAddresses");
        QTest::newRow("from one address") << false;
        QTest::newRow("from a new address each time") << true;
    }

    void aStrangerOnceAMinuteNeverLocksTheCoordinatorOut()
    {
        QFETCH(bool, rotatingAddresses);
        Setup t;
        for (int minute = 0; minute < 24 * 60; ++minute) {
            t.clock.advance(60 * 1000);
            const QString attacker = rotatingAddresses ? QStringLiteral("203.0.113.%1").arg(minute % 250) : QStringLiteral("203.0.113.7");
            (void)t.wrong(attacker);
            if (minute % 60 == 59) {
                // Anna at school, from a browser that never signed in before.
                QCOMPARE(t.limiter->beforeAttempt(kAnna, QStringLiteral("192.0.2.10"), {}), Verdict::Allowed);
                QCOMPARE(t.limiter->beforeAttempt(kAnna, QStringLiteral("192.0.2.11"), kTrusted), Verdict::Allowed);
            }
        }
    }

    void guessingFromOneAddressIsSlowed()
    {
        Setup t;
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(t.wrong(QStringLiteral("203.0.113.7")), Verdict::Allowed);
        }
        QCOMPARE(t.wrong(QStringLiteral("203.0.113.7")), Verdict::PairLimited);
        // Nobody else notices.
        QCOMPARE(t.limiter->beforeAttempt(kAnna, QStringLiteral("192.0.2.10"), {}), Verdict::Allowed);
        t.clock.advance(30 * 1000);
        QCOMPARE(t.wrong(QStringLiteral("203.0.113.7")), Verdict::PairLimited);
        t.clock.advance(31 * 1000); // a try a minute
        QCOMPARE(t.wrong(QStringLiteral("203.0.113.7")), Verdict::Allowed);
        QCOMPARE(t.wrong(QStringLiteral("203.0.113.7")), Verdict::PairLimited);
    }

    void guessingSpreadOverManyAddressesStopsUntrustedBrowsersOnly()
    {
        Setup t;
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(t.wrong(QStringLiteral("198.51.100.%1").arg(i)), Verdict::Allowed);
        }
        QCOMPARE(t.wrong(QStringLiteral("198.51.100.200")), Verdict::AccountLimited);
        // Anna's own browser, trusted since an earlier sign-in, still gets in.
        QCOMPARE(t.limiter->beforeAttempt(kAnna, QStringLiteral("192.0.2.10"), kTrusted), Verdict::Allowed);
        // A trusted browser that guesses is slowed like any other.
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(t.wrong(QStringLiteral("192.0.2.10"), kTrusted), Verdict::Allowed);
        }
        QCOMPARE(t.wrong(QStringLiteral("192.0.2.10"), kTrusted), Verdict::PairLimited);
        // An hour later the account's allowance is back.
        t.clock.advance(3600 * 1000);
        QCOMPARE(t.limiter->beforeAttempt(kAnna, QStringLiteral("198.51.100.201"), {}), Verdict::Allowed);
    }

    void oneAddressTryingManyAccountsIsSlowed()
    {
        Setup t;
        int allowed = 0;
        for (int i = 0; i < 40; ++i) {
            if (t.limiter->beforeAttempt(QStringLiteral("user%1@regenboog.nl").arg(i), QStringLiteral("203.0.113.9"), {}) == Verdict::Allowed) {
                ++allowed;
            }
        }
        QCOMPARE(allowed, 30);
        QCOMPARE(t.limiter->beforeAttempt(kAnna, QStringLiteral("192.0.2.10"), {}), Verdict::Allowed);
        t.clock.advance(3000);
        QCOMPARE(t.limiter->beforeAttempt(QStringLiteral("x@regenboog.nl"), QStringLiteral("203.0.113.9"), {}), Verdict::Allowed);
    }
};

QTEST_GUILESS_MAIN(TestLoginLimiter)
#include "tst_loginlimiter.moc"
