// View models and commands over the demo school, each model under QAbstractItemModelTester,
// channels captured at the platform seam.
#include "appcontext.h"
#include "demodata.h"
#include "flagrepository.h"
#include "inductionmodel.h"
#include "lineeditor.h"
#include "partnerdetail.h"
#include "partnermodel.h"
#include "personeditor.h"
#include "personrepository.h"
#include "quicklinemodel.h"
#include "quicklinerepository.h"
#include "searchmodel.h"
#include "todaymodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kl;

namespace {
// Tuesday 24 November 2026, 10:15: the CJG's social worker is in, kamer 12.
const QDateTime kNow(QDate(2026, 11, 24), QTime(10, 15));
} // namespace

class TestModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;

    AppStore *store() { return m_context->store(); }

    template<typename Model>
    static QVariant value(const Model &m, int row, int role)
    {
        return m.data(m.index(row, 0), role);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        AppContext::Options o;
        o.dataDir = m_dir->path();
        o.recordChannels = true;
        auto c = AppContext::create(o);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        m_context = std::move(c).value();
        store()->setFixedNow(kNow);
    }

    void cleanup()
    {
        m_context.reset();
        m_dir.reset();
    }

    void pinnedLinesAndReorder()
    {
        QuickLineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store());
        QCOMPARE(model.count(), 5);
        QCOMPARE(value(model, 0, QuickLineModel::LabelRole).toString(),
            QStringLiteral("App de schoolmaatschappelijk werker"));
        QCOMPARE(value(model, 0, QuickLineModel::TargetNameRole).toString(), QString::fromUtf8("Ayşe Öztürk"));
        QVERIFY(value(model, 0, QuickLineModel::AtSchoolNowRole).toBool());
        QCOMPARE(value(model, 0, QuickLineModel::MessageRole).toString(),
            QString::fromUtf8("Hoi Ayşe, heb je today om 8:30 even tijd om te overleggen over een vraag uit mijn groep?"));
        QVERIFY(!value(model, 2, QuickLineModel::AtSchoolNowRole).toBool());

        const QString first = value(model, 0, QuickLineModel::IdRole).toString();
        const QString second = value(model, 1, QuickLineModel::IdRole).toString();
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QVERIFY(model.movePinned(0, 1));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(value(model, 0, QuickLineModel::IdRole).toString(), second);
        QCOMPARE(value(model, 1, QuickLineModel::IdRole).toString(), first);
        // Stored: a fresh model reads the same order.
        QuickLineModel again;
        again.setStore(store());
        QCOMPARE(value(again, 0, QuickLineModel::IdRole).toString(), second);
        QVERIFY(!model.movePinned(0, 7));

        QVERIFY(model.setPinned(first, false));
        QCOMPARE(model.count(), 4);
        QCOMPARE(model.indexOf(first), -1);
    }

    void oneTapOpensChannelAndRecordsUse()
    {
        QuickLineModel pinned;
        QuickLineModel recent;
        QAbstractItemModelTester t1(&pinned, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&recent, QAbstractItemModelTester::FailureReportingMode::QtTest);
        pinned.setStore(store());
        recent.setMode(QuickLineModel::Recent);
        recent.setStore(store());
        QCOMPARE(recent.count(), 0);
        QCOMPARE(pinned.open(0), QString());
        const auto &urls = m_context->recorder()->opened();
        QCOMPARE(urls.size(), 1);
        QVERIFY(urls.first().toString(QUrl::FullyEncoded).startsWith(QStringLiteral("https://wa.me/316")));
        QVERIFY(urls.first().toString(QUrl::FullyEncoded).contains(QStringLiteral("?text=Hoi%20Ay%C5%9Fe%2C")));
        QCOMPARE(recent.count(), 1);
        QCOMPARE(value(recent, 0, QuickLineModel::IdRole), value(pinned, 0, QuickLineModel::IdRole));
        // The e-mail line carries its label as subject.
        QCOMPARE(pinned.open(2), QString());
        QVERIFY(urls.last().toString(QUrl::FullyEncoded).startsWith(QStringLiteral("mailto:henk.dijkstra@utrecht.nl?subject=Leerplicht")));
        // A refused channel is reported, not swallowed.
        m_context->recorder()->setAccept(false);
        QVERIFY(!pinned.open(0).isEmpty());
    }

    void today()
    {
        TodayModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store());
        QVERIFY(model.count() >= 3);
        bool cjgNow = false;
        for (int i = 0; i < model.count(); ++i) {
            if (value(model, i, TodayModel::NameRole).toString() == QString::fromUtf8("Ayşe Öztürk")) {
                cjgNow = value(model, i, TodayModel::NowRole).toBool()
                    && value(model, i, TodayModel::RoomRole).toString() == QStringLiteral("kamer 12")
                    && value(model, i, TodayModel::TimeRole).toString() == QString::fromUtf8("8:30–12:00");
            }
        }
        QVERIFY(cjgNow);
        // Sunday: nobody.
        store()->setFixedNow(QDateTime(QDate(2026, 11, 29), QTime(10, 0)));
        QCOMPARE(model.count(), 0);
    }

    void inductionPathAndPartnerLines()
    {
        InductionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy progress(&model, &InductionModel::progressChanged);
        model.setStore(store());
        QCOMPARE(model.count(), 10);
        QVERIFY(model.isOpen());
        QCOMPARE(value(model, 0, InductionModel::NameRole).toString(), QString::fromUtf8("Ayşe Öztürk"));
        QVERIFY(value(model, 0, InductionModel::AtSchoolNowRole).toBool()); // Tuesday 10:15, kamer 12
        // A whole organisation as a step: its name, its general presence, its owner role.
        int kikker = -1;
        for (int i = 0; i < model.count(); ++i) {
            if (value(model, i, InductionModel::TargetKindRole).toInt() == AppStore::Organisation) {
                kikker = i;
            }
        }
        QVERIFY(kikker >= 0);
        QCOMPARE(value(model, kikker, InductionModel::NameRole).toString(), QStringLiteral("Kinderopvang Kikker Overvecht"));
        QVERIFY(!value(model, kikker, InductionModel::OwnerRoleRole).toString().isEmpty());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setTicked(kikker, true));
        QCOMPARE(changed.count(), 1); // one row told, no reset
        QCOMPARE(model.done(), 1);
        QVERIFY(!model.setTicked(99, true));

        // The quick lines on a card: the lines that reach that partner, and only those.
        QuickLineModel lines;
        QAbstractItemModelTester t2(&lines, QAbstractItemModelTester::FailureReportingMode::QtTest);
        lines.setMode(QuickLineModel::Partner);
        lines.setPartnerKind(AppStore::Function);
        lines.setPartnerId(DemoData::idFor(QStringLiteral("fn:logo")));
        lines.setStore(store());
        QCOMPARE(lines.count(), 1);
        QCOMPARE(value(lines, 0, QuickLineModel::LabelRole).toString(), QStringLiteral("Logopedie: screening aanvragen"));
        lines.setPartnerKind(AppStore::Organisation);
        lines.setPartnerId(DemoData::idFor(QStringLiteral("org:cjg")));
        QCOMPARE(lines.count(), 1);
        QCOMPARE(value(lines, 0, QuickLineModel::LabelRole).toString(), QStringLiteral("App de schoolmaatschappelijk werker"));
        lines.setPartnerId(DemoData::idFor(QStringLiteral("org:kikker")));
        QCOMPARE(lines.count(), 0);
    }

    void searchNarrows()
    {
        SearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store());
        QCOMPARE(model.count(), 0);
        model.setQuery(QStringLiteral("o"));
        const int broad = model.count();
        model.setQuery(QStringLiteral("ozturk"));
        QVERIFY(model.count() >= 1);
        QVERIFY(model.count() < broad);
        QCOMPARE(value(model, 0, SearchModel::TitleRole).toString(), QString::fromUtf8("Ayşe Öztürk"));
        QCOMPARE(value(model, 0, SearchModel::InitialsRole).toString(), QString::fromUtf8("AÖ"));
        model.setQuery(QStringLiteral("logopedie"));
        QVERIFY(model.count() >= 1);
        model.setIncludeOrganisations(false);
        for (int i = 0; i < model.count(); ++i) {
            QVERIFY(value(model, i, SearchModel::KindRole).toInt() != int(TargetKind::Organisation));
        }
        model.setQuery(QStringLiteral("zzzzqqq"));
        QCOMPARE(model.count(), 0);
    }

    void partnersScopesAndStars()
    {
        PartnerModel school;
        PartnerModel mine;
        PartnerModel starred;
        QAbstractItemModelTester t1(&school, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&mine, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&starred, QAbstractItemModelTester::FailureReportingMode::QtTest);
        school.setStore(store());
        mine.setScope(PartnerModel::Mine);
        mine.setStore(store());
        starred.setScope(PartnerModel::Starred);
        starred.setStore(store());
        QVERIFY(school.count() >= 40);
        QCOMPARE(mine.count(), 1);
        QCOMPARE(value(mine, 0, PartnerModel::NameRole).toString(), QStringLiteral("Ingrid Scholten"));
        QCOMPARE(starred.count(), 0);
        // The former CJG worker is history, not a partner.
        for (int i = 0; i < school.count(); ++i) {
            QVERIFY(value(school, i, PartnerModel::NameRole).toString() != QStringLiteral("Mirjam Bosman"));
        }
        // By category: sections follow the category order; A-Z: sorted by name.
        QCOMPARE(value(school, 0, PartnerModel::SectionRole).toString(), value(school, 0, PartnerModel::CategoryRole).toString());
        school.setOrder(PartnerModel::Alphabetical);
        for (int i = 1; i < school.count(); ++i) {
            QVERIFY(value(school, i - 1, PartnerModel::SectionRole).toString()
                <= value(school, i, PartnerModel::SectionRole).toString());
        }
        const int cjg = school.indexOf(DemoData::idFor(QStringLiteral("fn:cjg-smw")));
        QVERIFY(cjg >= 0);
        QVERIFY(value(school, cjg, PartnerModel::PresentTodayRole).toBool());
        QVERIFY(school.setStarred(cjg, true));
        QCOMPARE(starred.count(), 1);
        QVERIFY(value(school, school.indexOf(DemoData::idFor(QStringLiteral("fn:cjg-smw"))), PartnerModel::StarredRole).toBool());
    }

    void detailFlagNoteVCardShare()
    {
        PartnerDetail d;
        d.setStore(store());
        d.setKind(int(TargetKind::Function));
        d.setTargetId(DemoData::idFor(QStringLiteral("fn:cjg-smw")));
        QVERIFY(d.exists());
        QCOMPARE(d.name(), QString::fromUtf8("Ayşe Öztürk"));
        // The owner is the IB'er role (issue 15): its holder and deputy (no translator here).
        QCOMPARE(d.ownerRole(), QStringLiteral("IB'er"));
        // The partner's owner is the IB'er role: its holder, and who stands in (issue 15).
        QCOMPARE(d.internalContact(), QStringLiteral("Fatima El Amrani, deputy Ruud Visser"));
        QVERIFY(d.atSchoolNow());
        QVERIFY(d.topics().contains(QStringLiteral("gedrag")));
        QCOMPARE(d.formerHolders().size(), 1);
        QVERIFY(d.canWhatsApp() && d.canCall() && d.canEmail());

        const QString personId = DemoData::idFor(QStringLiteral("person:cjg-smw"));
        const int before = FlagRepository(m_context->db()).forTarget(TargetKind::Person, personId).value().size();
        QVERIFY(!d.report(PartnerDetail::Other, QString())); // "other" needs a comment
        QVERIFY(!d.errorString().isEmpty());
        QVERIFY(d.report(PartnerDetail::WrongNumber, QStringLiteral("Nummer werkt niet")));
        QCOMPARE(FlagRepository(m_context->db()).forTarget(TargetKind::Person, personId).value().size(), before + 1);
        QCOMPARE(d.openFlags(), before + 1);

        QVERIFY(d.saveNote(QStringLiteral("Liever appen na 15:00")));
        PartnerDetail again;
        again.setStore(store());
        again.setTargetId(DemoData::idFor(QStringLiteral("fn:cjg-smw")));
        QCOMPARE(again.note(), QStringLiteral("Liever appen na 15:00"));

        QCOMPARE(d.contact(int(Channel::Call)), QString());
        QVERIFY(m_context->recorder()->opened().last().toString().startsWith(QStringLiteral("tel:+316")));

        // Into the phone's contacts screen, not through a file: the card itself goes to the
        // platform, and no file: URL to the channel launcher.
        const qsizetype opened = m_context->recorder()->opened().size();
        QVERIFY(d.addToContacts());
        QCOMPARE(m_context->recorder()->opened().size(), opened);
        QCOMPARE(m_context->contactsRecorder()->added().size(), 1);
        const VCardData card = m_context->contactsRecorder()->added().last();
        QCOMPARE(card.givenName, QString::fromUtf8("Ayşe"));
        QCOMPARE(card.familyName, QString::fromUtf8("Öztürk"));
        QVERIFY(card.mobile.startsWith(QStringLiteral("+316")));
        QVERIFY(!card.organisation.isEmpty());
        m_context->contactsRecorder()->setAccept(false);
        QVERIFY(!d.addToContacts());
        QVERIFY(!d.errorString().isEmpty());
        m_context->contactsRecorder()->setAccept(true);

        QVERIFY(d.share());
        QVERIFY(m_context->shareRecorder()->lastText().contains(QStringLiteral("CJG Overvecht")));
    }

    // Schema 9: the partner page shows a person's further numbers and e-mail addresses and
    // the school's note, and "add to contacts" carries them with the name's parts.
    void detailShowsFurtherNumbersAndTheSchoolsNote()
    {
        const QString personId = DemoData::idFor(QStringLiteral("person:cjg-smw"));
        PersonRepository persons(m_context->db());
        Person p = *persons.get(personId).value();
        p.middleName = QStringLiteral("Nur");
        p.namePrefix = QStringLiteral("dr.");
        p.extraPhones = { QStringLiteral("020 123 4567") };
        p.extraEmails = { QStringLiteral("ayse.prive@example.nl") };
        p.note = QStringLiteral("Liever bellen dan mailen.");
        QVERIFY(persons.save(p).ok());
        QCOMPARE(persons.get(personId).value()->extraPhones, QStringList { QStringLiteral("+31201234567") }); // E.164

        PartnerDetail d;
        d.setStore(store());
        d.setKind(int(TargetKind::Person));
        d.setTargetId(personId);
        QVERIFY(d.exists());
        QCOMPARE(d.otherPhones().size(), 1);
        QVERIFY(d.otherPhones().first().contains(QStringLiteral("20")));
        QCOMPARE(d.otherEmails(), QStringList { QStringLiteral("ayse.prive@example.nl") });
        QCOMPARE(d.schoolNote(), QStringLiteral("Liever bellen dan mailen."));
        QVERIFY(d.addToContacts());
        const VCardData card = m_context->contactsRecorder()->added().last();
        QCOMPARE(card.middleName, QStringLiteral("Nur"));
        QCOMPARE(card.namePrefix, QStringLiteral("dr."));
        QCOMPARE(card.extraPhones, QStringList { QStringLiteral("+31201234567") });
        QCOMPARE(card.extraEmails, QStringList { QStringLiteral("ayse.prive@example.nl") });
        QVERIFY(VCard::write(card).contains("N:Öztürk;Ayşe;Nur;dr.;"));

        p.extraEmails = { QStringLiteral("geen-email") }; // the repository refuses what the rules refuse
        QVERIFY(!persons.save(p).ok());
    }

    void personEditorRefusesBadPhone()
    {
        const int before = PersonRepository(m_context->db()).list().value().size();
        PersonEditor e;
        e.setStore(store());
        QVariantMap form = { { QStringLiteral("givenName"), QStringLiteral("Sanne") },
            { QStringLiteral("familyName"), QStringLiteral("Smit") },
            { QStringLiteral("organisationName"), QStringLiteral("Praktijk Smit") },
            { QStringLiteral("functionTitle"), QStringLiteral("Speltherapeut") },
            { QStringLiteral("mobile"), QStringLiteral("06-123") } };
        QVERIFY(!e.save(form));
        QVERIFY(e.givenName().isEmpty()); // a refused save leaves what is stored as it was
        QCOMPARE(e.errorField(), QStringLiteral("mobile"));
        QVERIFY(e.errorString().contains(QStringLiteral("06-123")));
        QCOMPARE(PersonRepository(m_context->db()).list().value().size(), before);

        form[QStringLiteral("mobile")] = QStringLiteral("06 12345678");
        QVERIFY(e.save(form));
        QCOMPARE(e.familyName(), QStringLiteral("Smit"));
        QCOMPARE(PersonRepository(m_context->db()).list().value().size(), before + 1);
        auto saved = PersonRepository(m_context->db()).get(e.personId());
        QCOMPARE(saved.value()->mobile, QStringLiteral("+31612345678"));
        QCOMPARE(saved.value()->origin, Origin::Personal);
        PartnerModel mine;
        mine.setScope(PartnerModel::Mine);
        mine.setStore(store());
        QCOMPARE(mine.count(), 2);
        QVERIFY(e.remove());
        QCOMPARE(mine.count(), 1);
    }

    void lineEditorPreviewHintSave()
    {
        LineEditor e;
        e.setStore(store());
        QVERIFY(e.isNew());
        e.setTarget(int(TargetKind::Function), DemoData::idFor(QStringLiteral("fn:logo")));
        QCOMPARE(e.targetName(), QString::fromUtf8("Chloë Jansen"));
        e.setTemplateText(QStringLiteral("Hoi {voornaam}, kun je {dag} om {tijd} kijken naar leerling Sem?"));
        QCOMPARE(e.preview(), QString::fromUtf8("Hoi Chloë, kun je Thursday om 9:00 kijken naar leerling Sem?"));
        QVERIFY(e.privacyHint().contains(QStringLiteral("Sem")));
        QVERIFY(!e.atSchoolNow());
        QVERIFY(e.availability().contains(QStringLiteral("Thursday")));
        e.setTemplateText(QStringLiteral("Hoi {voornaam}, kun je {dag} even kijken?"));
        QVERIFY(e.privacyHint().isEmpty());
        QVERIFY(!e.save()); // no label yet
        QVERIFY(!e.errorString().isEmpty());
        e.setLabel(QStringLiteral("Logo: even kijken"));
        e.setChannel(int(Channel::Sms));
        QVERIFY(e.save());
        auto line = QuickLineRepository(m_context->db()).get(e.lineId());
        QCOMPARE(line.value()->channel, Channel::Sms);
        QVERIFY(line.value()->pinnedOrder.has_value());
        QuickLineModel pinned;
        pinned.setStore(store());
        QCOMPARE(pinned.count(), 6);
        QCOMPARE(value(pinned, 5, QuickLineModel::LabelRole).toString(), QStringLiteral("Logo: even kijken"));
        e.setTemplateText(QStringLiteral("{voornam}"));
        QVERIFY(e.templateHint().contains(QStringLiteral("voornam")));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
