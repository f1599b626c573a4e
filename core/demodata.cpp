#include "demodata.h"

#include "demoinduction.h"

#include "domain.h"
#include "rows.h"
#include "searchindex.h"

#include <QRandomGenerator>
#include <QUuid>

#include <vector>

namespace kl {

namespace {

const QUuid kNamespace(QStringLiteral("{6f1d0c3e-9a51-4c5e-8b8e-4b1f5f0a7d21}"));

struct FnSpec
{
    const char *key;
    const char *title;
    const char *topics; // ';'-separated
    const char *given;
    const char *family;
    int weekday; // 0 = not at school
    const char *start;
    const char *end;
    const char *room;
};

struct OrgSpec
{
    const char *key;
    const char *name;
    Category category;
    const char *street;
    const char *postal;
    double lat;
    double lon;
    const char *website;
    const char *topics;
    const char *ownerRole;
    const char *internalContact;
    std::vector<FnSpec> functions;
};

// The network of "Basisschool De Regenboog" in Utrecht-Overvecht, after the partners the
// research names: gemeente, CJG, buurtteam, kinderopvang, zorg, bibliotheek, wijkagent,
// GGD, cultuur, sport, gastlessen, buurt- en jongerenwerk, vluchtelingenwerk, pabo.
const std::vector<OrgSpec> &network()
{
    static const std::vector<OrgSpec> orgs {
        { "gemeente", "Gemeente Utrecht", Category::Gemeente, "Stadsplateau 1", "3521 AZ", 52.0894, 5.1077,
            "https://www.utrecht.nl", "leerplicht;verzuim;onderwijshuisvesting;subsidies", "directeur", "Marieke Groen",
            { { "gemeente-lpa", "Leerplichtambtenaar Overvecht", "verzuim;thuiszitters;verlof buiten de vakanties",
                  "Henk", "Dijkstra", 3, "09:00", "10:00", "kamer 4" },
                { "gemeente-huisvesting", "Beleidsmedewerker onderwijshuisvesting", "verbouwing;gebouw;nieuwbouw",
                    "Esra", "Kaya", 0, "", "", "" } } },
        { "cjg", "CJG Overvecht", Category::Jeugdzorg, "Gambiadreef 60", "3564 BH", 52.1152, 5.1121,
            "https://www.cjgutrecht.nl", "opvoeden;zorgen over een kind;koffieochtend", "IB'er", "Fatima El Amrani",
            { { "cjg-smw", "Schoolmaatschappelijk werker", "gedrag;thuissituatie;ouders met vragen",
                  "Ayşe", "Öztürk", 2, "08:30", "12:00", "kamer 12" },
                { "cjg-jvk", "Jeugdverpleegkundige", "slapen;eten;zindelijkheid;groei", "Zoë", "de Vries", 1,
                    "08:30", "10:00", "ouderkamer" } } },
        { "buurtteam", "Buurtteam Jeugd en Gezin Overvecht", Category::Wijkteam, "Zamenhofdreef 18", "3562 JW",
            52.1137, 5.1153, "https://www.buurtteamsutrecht.nl", "gezinsondersteuning;schulden;opvoeding", "IB'er",
            "Fatima El Amrani",
            { { "buurtteam-mw", "Buurtteammedewerker jeugd", "gezinsondersteuning;ouders",
                  "Daniël", "Çelik", 4, "13:00", "15:00", "kamer 12" } } },
        { "veiligthuis", "Veilig Thuis Utrecht", Category::Jeugdzorg, "Vleutenseweg 1", "3531 BA", 52.0928, 5.1013,
            "https://www.veiligthuisutrecht.nl", "zorgen over veiligheid;advies meldcode", "IB'er", "Fatima El Amrani",
            { { "vt-advies", "Adviseur meldcode", "meldcode;advies bij zorgen", "Jeroen", "van Leeuwen", 0, "", "",
                "" } } },
        { "jeugdggz", "Jeugd-GGZ De Boog", Category::Jeugdzorg, "Tolsteegsingel 2", "3582 AC", 52.0822, 5.1268,
            "https://www.deboog-jeugd.nl", "angst;somberheid;ADHD;autisme", "IB'er", "Fatima El Amrani",
            { { "ggz-ortho", "Orthopedagoog jeugd-GGZ", "diagnostiek;behandeling", "Sanne", "Mulder", 0, "", "",
                "" } } },
        { "kikker", "Kinderopvang Kikker Overvecht", Category::Kinderopvang, "Moezeldreef 400", "3561 GM", 52.1114,
            5.1097, "https://www.kinderopvangkikker.nl", "BSO;warme overdracht;peuteropvang", "directeur", "Tom Bakker",
            { { "kikker-bso", "Locatiemanager BSO", "BSO;ophalen;wisselingen", "Linda", "Visser", 5, "14:00",
                  "15:00", "BSO-lokaal" },
                { "kikker-peuter", "Pedagogisch medewerker peuteropvang", "warme overdracht;VVE", "Naima",
                    "Boukhari", 3, "08:15", "09:00", "peuterlokaal" } } },
        { "spelenderwijs", "Peuterspeelzaal Spelenderwijs", Category::Kinderopvang, "Ganzenmarkt 7", "3563 AA",
            52.1121, 5.1178, "", "warme overdracht;VVE", "onderbouwcoördinator", "Petra Smit",
            { { "spel-leid", "Leidster peutergroep", "warme overdracht", "Joke", "Hendriks", 0, "", "", "" } } },
        { "logopedie", "Logopediepraktijk Spraakwater", Category::Zorg, "Vechtdreef 12", "3562 KA", 52.1098, 5.1201,
            "https://www.spraakwater.nl", "logopedie;taalontwikkeling;stotteren;articulatie", "IB'er",
            "Fatima El Amrani",
            { { "logo", "Logopedist", "screening;taalontwikkeling;stotteren", "Chloë", "Jansen", 4, "09:00", "12:00",
                "spreekkamer 2" } } },
        { "fysio", "Kinderfysiotherapie Beweegwijs", Category::Zorg, "Bernadottelaan 3", "3527 GA", 52.0776, 5.0952,
            "", "motoriek;schrijfmotoriek;houding", "IB'er", "Fatima El Amrani",
            { { "fysio-kft", "Kinderfysiotherapeut", "motoriek;gymles", "Bas", "de Boer", 1, "13:00", "15:30",
                "speelzaal" } } },
        { "ergo", "Ergotherapie Handig", Category::Zorg, "Amsterdamsestraatweg 220", "3551 CR", 52.1040, 5.1003, "",
            "fijne motoriek;zelfstandigheid;hulpmiddelen", "IB'er", "Fatima El Amrani",
            { { "ergo-et", "Kinderergotherapeut", "fijne motoriek;hulpmiddelen", "Iris", "Peters", 0, "", "", "" } } },
        { "dyslexie", "Dyslexiecentrum Midden", Category::Zorg, "Kanaalweg 70", "3526 KM", 52.0825, 5.0918, "",
            "dyslexie;dyscalculie;onderzoek", "IB'er", "Fatima El Amrani",
            { { "dys-beh", "Dyslexiebehandelaar", "behandeling;onderzoek", "Mees", "Bos", 2, "13:00", "16:00",
                "kamer 3" } } },
        { "swv", "Samenwerkingsverband PO Utrecht", Category::Onderwijsbegeleiding, "Lange Viestraat 2", "3511 BK",
            52.0936, 5.1163, "https://www.swvutrecht.nl", "arrangementen;passend onderwijs;thuiszitters", "IB'er",
            "Fatima El Amrani",
            { { "swv-adv", "Onderwijsadviseur", "ondersteuningsplan;arrangement", "Karin", "Meijer", 1, "14:00",
                  "15:30", "IB-kamer" },
                { "swv-ortho", "Orthopedagoog", "onderzoek;handelingsplan", "Youssef", "Haddou", 0, "", "", "" } } },
        { "bureau", "Schoolbegeleidingsdienst Midden", Category::Onderwijsbegeleiding, "Maliesingel 10", "3581 BD",
            52.0891, 5.1291, "", "hoogbegaafdheid;rekenen;gedrag in de groep", "directeur", "Tom Bakker",
            { { "sbd-adv", "Schoolbegeleider gedrag", "klassenmanagement;gedrag", "Ellen", "Vos", 0, "", "",
                "" } } },
        { "bieb", "Bibliotheek Utrecht, vestiging Overvecht", Category::Bibliotheek, "Zamenhofdreef 3", "3562 JT",
            52.1129, 5.1149, "https://www.bibliotheekutrecht.nl", "leesbevordering;schoolbibliotheek;voorleeswedstrijd",
            "taalcoördinator", "Sophie van Dam",
            { { "bieb-lc", "Leesconsulent", "leesmotivatie;boekenkisten;voorleeswedstrijd", "Noëlle", "van den Berg",
                1, "13:00", "15:00", "mediatheek" } } },
        { "politie", "Politie Basisteam Noord", Category::Politie, "Kaap Hoorndreef 40", "3563 AV", 52.1166, 5.1215,
            "https://www.politie.nl", "veiligheid rond de school;verkeer;buurt", "directeur", "Tom Bakker",
            { { "wijkagent", "Wijkagent Overvecht-Noord", "veiligheid;buurt;verkeer", "Rachid", "Bennani", 5, "08:15",
                "08:45", "schoolplein" } } },
        { "ggd", "GGD regio Utrecht", Category::Ggd, "Zeisterweg 1", "3705 AA", 52.0911, 5.2301,
            "https://www.ggdru.nl", "gezondheidsonderzoek;vaccinaties;hoofdluis", "IB'er", "Fatima El Amrani",
            { { "ggd-arts", "Jeugdarts", "groei;gezondheid;verzuim door ziekte", "Marloes", "Dekker", 0, "", "", "" },
                { "ggd-jvk", "Jeugdverpleegkundige GGD", "gezondheidsonderzoek groep 7", "Wendy", "Brouwer", 3,
                    "09:00", "12:00", "kamer 12" } } },
        { "tandarts", "Jeugdtandverzorging Utrecht", Category::Zorg, "Vondellaan 50", "3521 GH", 52.0788, 5.1122, "",
            "tandenpoetsen;controle", "directeur", "Tom Bakker",
            { { "jtv", "Mondhygiënist", "poetsles;controle", "Lotte", "de Wit", 0, "", "", "" } } },
        { "cultuur", "Centrum voor Kunst en Cultuur Utrecht", Category::Cultuur, "Neude 11", "3512 AE", 52.0934,
            5.1197, "", "cultuureducatie;muziekles;kunstmenu", "cultuurcoördinator", "Jasper de Graaf",
            { { "cultuurcoach", "Cultuurcoach", "kunstmenu;projecten", "Femke", "Smits", 0, "", "", "" },
                { "muziek", "Vakdocent muziek", "muziekles;schoolmusical", "Thijs", "van der Meer", 5, "08:30",
                    "12:00", "muzieklokaal" } } },
        { "theater", "Theater Kleine Stap", Category::Cultuur, "Oudegracht 200", "3511 NR", 52.0892, 5.1214, "",
            "drama;toneel;musical", "cultuurcoördinator", "Jasper de Graaf",
            { { "drama", "Dramadocent (zzp)", "dramales;eindmusical", "Lieke", "Kok", 2, "13:00", "15:00",
                "speelzaal" } } },
        { "museum", "Centraal Museum, afdeling educatie", Category::Cultuur, "Agnietenstraat 1", "3512 XA", 52.0830,
            5.1242, "https://www.centraalmuseum.nl", "museumles;rondleiding", "cultuurcoördinator", "Jasper de Graaf",
            { { "museum-edu", "Educatief medewerker", "museumles", "Anouk", "Jacobs", 0, "", "", "" } } },
        { "sport", "Sportbedrijf Utrecht", Category::Sport, "Zamenhofdreef 100", "3562 JA", 52.1141, 5.1161, "",
            "buurtsport;gymles;naschoolse sport", "vakleerkracht gym", "Rik Brouwer",
            { { "buurtsport", "Buurtsportcoach", "naschools aanbod;schoolsporttoernooi", "Mohamed", "Amrani", 3,
                  "13:30", "15:00", "gymzaal" },
                { "gym", "Vakdocent gymnastiek (gemeente)", "gymles;motoriek", "Kevin", "Smit", 2, "08:30",
                    "14:00", "gymzaal" } } },
        { "judo", "Judovereniging Overvecht", Category::Sport, "Tigrisdreef 2", "3561 JB", 52.1101, 5.1088, "",
            "weerbaarheid;judoles", "vakleerkracht gym", "Rik Brouwer",
            { { "judo-tr", "Trainer weerbaarheid", "weerbaarheidstraining", "Stefan", "Willems", 0, "", "", "" } } },
        { "halt", "Halt Midden-Nederland", Category::Gastlessen, "Catharijnesingel 47", "3511 GC", 52.0877, 5.1141,
            "https://www.halt.nl", "gastles;pesten;vuurwerk;online gedrag", "eventmanager", "Lotte Bos",
            { { "halt-vl", "Voorlichter", "gastles groep 7 en 8", "Priya", "Ramdin", 0, "", "", "" } } },
        { "brandweer", "Brandweer Utrecht, kazerne Overvecht", Category::Gastlessen, "Marnixlaan 1", "3552 HA",
            52.1034, 5.1089, "", "brandveiligheid;ontruimingsoefening;gastles", "directeur", "Tom Bakker",
            { { "brandweer-vl", "Voorlichter brandveiligheid", "ontruimingsoefening;gastles", "Gerrit", "Bakker", 0, "",
                "", "" } } },
        { "nme", "Natuur- en milieueducatie Utrecht", Category::Gastlessen, "Gansstraat 150", "3582 EP", 52.0825,
            5.1366, "", "schooltuin;natuurles;afval", "cultuurcoördinator", "Jasper de Graaf",
            { { "nme-ed", "Natuureducator", "schooltuinen;leskisten", "Hanna", "Verbeek", 0, "", "", "" } } },
        { "vvn", "Veilig Verkeer Nederland, afdeling Utrecht", Category::Gastlessen, "Postbus 100", "3500 AC", 52.0907,
            5.1214, "https://www.vvn.nl", "verkeersexamen;verkeersles", "eventmanager", "Lotte Bos",
            { { "vvn-vrijw", "Coördinator verkeersexamen", "praktisch verkeersexamen", "Ria", "Schouten", 0, "", "",
                "" } } },
        { "dock", "DOCK Utrecht, jongerenwerk Overvecht", Category::Buurtwerk, "Neckardreef 8", "3562 CN", 52.1109,
            5.1167, "https://www.dock.nl", "jongerenwerk;buurtactiviteiten;talentontwikkeling", "directeur",
            "Tom Bakker",
            { { "jongerenwerker", "Jongerenwerker", "groep 8;overgang naar vo;hangplekken", "Ilias", "Mourad", 4,
                  "14:00", "16:00", "aula" },
                { "opbouwwerker", "Opbouwwerker", "buurtinitiatieven", "Margreet", "Hoekstra", 0, "", "", "" } } },
        { "speeltuin", "Speeltuinvereniging De Klimboom", Category::Buurtwerk, "Donaudreef 5", "3564 EA", 52.1178,
            5.1101, "", "buitenspelen;zomeractiviteiten", "directeur", "Tom Bakker",
            { { "speeltuin-coord", "Coördinator vrijwilligers", "buitenspeeldag", "Wim", "van Dijk", 0, "", "",
                "" } } },
        { "vluchtelingenwerk", "VluchtelingenWerk Midden-Nederland", Category::Buurtwerk, "Jaarbeursplein 6",
            "3521 AL", 52.0890, 5.1068, "https://www.vluchtelingenwerk.nl",
            "nieuwkomers;taalmaatjes;ouders en school", "IB'er", "Fatima El Amrani",
            { { "vw-coord", "Coördinator gezinsbegeleiding", "nieuwkomers;tolk regelen", "Tesfay", "Gebremariam", 3,
                "10:00", "11:30", "ouderkamer" } } },
        { "homestart", "Humanitas Home-Start", Category::Buurtwerk, "Boorstraat 103", "3513 SE", 52.0968, 5.1154, "",
            "gezinsondersteuning;vrijwilligers", "IB'er", "Fatima El Amrani",
            { { "hs-coord", "Coördinator Home-Start", "opvoedondersteuning", "Greet", "Postma", 0, "", "", "" } } },
        { "pabo", "Hogeschool Utrecht, pabo", Category::Overig, "Padualaan 97", "3584 CH", 52.0845, 5.1742,
            "https://www.hu.nl", "stagiairs;LIO;opleiden in de school", "stagecoördinator", "Petra Smit",
            { { "pabo-stage", "Stagecoördinator pabo", "stageplaatsen;beoordeling", "Evelien", "Koster", 0, "", "",
                "" } } },
        { "leergeld", "Stichting Leergeld Utrecht", Category::Overig, "Kanaalstraat 10", "3531 CJ", 52.0912, 5.0984,
            "https://www.leergeld.nl", "schoolreis;fiets;laptop;zwemles", "IB'er", "Fatima El Amrani",
            { { "leergeld-int", "Intermediair", "aanvragen voor gezinnen", "Ahmed", "Yılmaz", 0, "", "", "" } } },
        { "jeugdfonds", "Jeugdfonds Sport & Cultuur Utrecht", Category::Overig, "Vredenburg 40", "3511 BD", 52.0926,
            5.1147, "https://www.jeugdfondssportencultuur.nl", "contributie sportclub;muziekles betalen", "IB'er",
            "Fatima El Amrani",
            { { "jf-consulent", "Consulent", "aanvragen", "Debora", "Sedney", 0, "", "", "" } } },
        { "woningcorp", "Woningcorporatie Mitros", Category::Gemeente, "Zuilenstraat 1", "3511 EN", 52.0901, 5.1206,
            "https://www.mitros.nl", "schimmel;overlast;wijkbeheer", "directeur", "Tom Bakker",
            { { "mitros-wc", "Wijkconsulent Overvecht", "overlast;wijkbeheer", "Jan", "Pietersen", 0, "", "", "" } } },
    };
    return orgs;
}

QString deterministicId(const QString &key)
{
    return QUuid::createUuidV5(kNamespace, key).toString(QUuid::WithoutBraces);
}

// Demo numbers are valid Dutch mobile/landline numbers derived from the key.
QString mobileFor(QRandomGenerator &rng)
{
    return QStringLiteral("+316%1").arg(rng.bounded(10000000, 59999999)); // 06-1 to 06-5: allocated ranges
}

QString landlineFor(QRandomGenerator &rng)
{
    return QStringLiteral("+3130%1").arg(rng.bounded(2000000, 8999999));
}

QString mailFor(const QString &given, const QString &family, const QString &domain)
{
    QString local = given + QLatin1Char('.') + family;
    local = local.normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : local) {
        if (c.isLetter() && c.unicode() < 128) {
            out += c.toLower();
        } else if (c == u'.') {
            out += c;
        }
    }
    return out + QLatin1Char('@') + domain;
}

QString domainOf(const char *website, const QString &key)
{
    const QString site = QString::fromUtf8(website);
    if (site.isEmpty()) {
        return key + QStringLiteral(".example.nl");
    }
    return QString(site).remove(QStringLiteral("https://www."));
}

Status put(Database &db, const QString &table, const QString &id, const QVariantMap &fields)
{
    return rows::insertNew(db, table, id, fields);
}

} // namespace

QString DemoData::idFor(const QString &key)
{
    return deterministicId(key);
}

Result<DemoStats> DemoData::populateSchool(Database &db, quint32 seed)
{
    DemoStats stats;
    QRandomGenerator rng(seed);
    const Status s = db.write([&]() -> Status {
        SchoolLocation main;
        main.id = deterministicId(QStringLiteral("loc:main"));
        main.name = QStringLiteral("De Regenboog, hoofdgebouw");
        main.address = QStringLiteral("Camera Obscuradreef 10, 3564 Utrecht");
        main.latitude = 52.1147;
        main.longitude = 5.1136;
        main.radiusMetres = 150;
        SchoolLocation annex = main;
        annex.id = deterministicId(QStringLiteral("loc:annex"));
        annex.name = QStringLiteral("De Regenboog, dependance Zamenhof");
        annex.address = QStringLiteral("Zamenhofdreef 70, 3562 Utrecht");
        annex.latitude = 52.1126;
        annex.longitude = 5.1172;
        for (const SchoolLocation &l : { main, annex }) {
            if (auto r = put(db, QStringLiteral("school_locations"), l.id, rows::of(l)); !r) {
                return r;
            }
        }

        // The school's internal roles (issue 15): every role has a deputy except the
        // cultuurcoördinator's, and Mitros has no owner yet, so the web admin has gaps to show.
        struct RoleSpec
        {
            const char *key; // the owner role as the network above names it
            const char *name;
            const char *holder;
            const char *deputy;
        };
        static const RoleSpec kRoles[] = {
            { "IB'er", "IB'er", "Fatima El Amrani", "Ruud Visser" },
            { "directeur", "Schoolleider", "Tom Bakker", "Marieke Groen" },
            { "taalcoördinator", "Taalcoördinator", "Sophie van Dam", "Karin de Jong" },
            { "cultuurcoördinator", "Cultuurcoördinator", "Jasper de Graaf", "" },
            { "onderbouwcoördinator", "Onderbouwcoördinator", "Petra Smit", "Lotte Bos" },
            { "stagecoördinator", "Stagecoördinator", "Petra Smit", "Ruud Visser" },
            { "eventmanager", "Eventmanager", "Lotte Bos", "Jasper de Graaf" },
            { "vakleerkracht gym", "Sportcoördinator", "Rik Brouwer", "Lotte Bos" },
        };
        QHash<QString, std::pair<QString, QString>> roleOf; // network key -> (role id, holder)
        int roleOrder = 0;
        for (const RoleSpec &r : kRoles) {
            const QString id = deterministicId(QStringLiteral("role:") + QString::fromUtf8(r.key));
            const QVariantMap fields { { QStringLiteral("name"), QString::fromUtf8(r.name) },
                { QStringLiteral("holder"), QString::fromUtf8(r.holder) }, { QStringLiteral("deputy"), QString::fromUtf8(r.deputy) },
                { QStringLiteral("sort_order"), ++roleOrder } };
            if (auto s = put(db, QStringLiteral("school_roles"), id, fields); !s) {
                return s;
            }
            roleOf.insert(QString::fromUtf8(r.key), { id, QString::fromUtf8(r.holder) });
        }

        const QDate since(2024, 8, 19);
        for (const OrgSpec &spec : network()) {
            const QString orgKey = QString::fromUtf8(spec.key);
            Organisation o;
            o.id = deterministicId(QStringLiteral("org:") + orgKey);
            o.name = QString::fromUtf8(spec.name);
            o.category = spec.category;
            o.street = QString::fromUtf8(spec.street);
            o.postalCode = QString::fromUtf8(spec.postal);
            o.city = QStringLiteral("Utrecht");
            o.latitude = spec.lat;
            o.longitude = spec.lon;
            o.website = QString::fromUtf8(spec.website);
            o.topics = QString::fromUtf8(spec.topics).split(QLatin1Char(';'), Qt::SkipEmptyParts);
            if (orgKey != QLatin1String("woningcorp")) {
                const auto role = roleOf.value(QString::fromUtf8(spec.ownerRole));
                o.ownerRole = role.first;
                o.internalContact = role.second;
            }
            o.visibility = FieldVisibility(Visibility::School);
            for (const char *f : { "name", "category", "website", "street", "postal_code", "city" }) {
                o.visibility.set(QLatin1String(f), Visibility::Public);
            }
            if (auto r = put(db, QStringLiteral("organisations"), o.id, rows::of(o)); !r) {
                return r;
            }
            ++stats.organisations;
            const QString domain = domainOf(spec.website, orgKey);
            for (const FnSpec &fs : spec.functions) {
                const QString fnKey = QString::fromUtf8(fs.key);
                Function f;
                f.id = deterministicId(QStringLiteral("fn:") + fnKey);
                f.organisationId = o.id;
                f.title = QString::fromUtf8(fs.title);
                f.topics = QString::fromUtf8(fs.topics).split(QLatin1Char(';'), Qt::SkipEmptyParts);
                if (auto r = put(db, QStringLiteral("functions"), f.id, rows::of(f)); !r) {
                    return r;
                }
                ++stats.functions;
                Person p;
                p.id = deterministicId(QStringLiteral("person:") + fnKey);
                p.organisationId = o.id;
                p.givenName = QString::fromUtf8(fs.given);
                p.familyName = QString::fromUtf8(fs.family);
                p.mobile = mobileFor(rng);
                p.landline = rng.bounded(3) == 0 ? landlineFor(rng) : QString();
                p.email = mailFor(p.givenName, p.familyName, domain);
                // Parents at the coffee morning see the face, name and how to reach the
                // person during school hours; mobile numbers stay with staff.
                p.visibility = FieldVisibility(Visibility::School);
                for (const char *field : { "given_name", "family_name", "photo", "email", "landline", "function", "presence" }) {
                    p.visibility.set(QLatin1String(field), Visibility::Public);
                }
                if (auto r = put(db, QStringLiteral("persons"), p.id, rows::of(p)); !r) {
                    return r;
                }
                ++stats.persons;
                Holding h { deterministicId(QStringLiteral("holding:") + fnKey), f.id, p.id, since, std::nullopt };
                if (auto r = put(db, QStringLiteral("holdings"), h.id, rows::of(h)); !r) {
                    return r;
                }
                if (fs.weekday > 0) {
                    Presence pr;
                    pr.id = deterministicId(QStringLiteral("presence:") + fnKey);
                    pr.organisationId = o.id;
                    pr.functionId = f.id;
                    pr.weekday = fs.weekday;
                    pr.start = QTime::fromString(QString::fromUtf8(fs.start), QStringLiteral("HH:mm"));
                    pr.end = QTime::fromString(QString::fromUtf8(fs.end), QStringLiteral("HH:mm"));
                    pr.room = QString::fromUtf8(fs.room);
                    pr.locationId = fnKey == QLatin1String("buurtsport") ? annex.id : main.id;
                    if (auto r = put(db, QStringLiteral("presence"), pr.id, rows::of(pr)); !r) {
                        return r;
                    }
                    ++stats.presence;
                }
            }
        }

        // Staff turnover: the CJG's schoolmaatschappelijk werker took over from a colleague.
        Person former;
        former.id = deterministicId(QStringLiteral("person:cjg-smw-former"));
        former.organisationId = deterministicId(QStringLiteral("org:cjg"));
        former.givenName = QStringLiteral("Mirjam");
        former.familyName = QStringLiteral("Bosman");
        former.email = QStringLiteral("mirjam.bosman@cjgutrecht.nl");
        if (auto r = put(db, QStringLiteral("persons"), former.id, rows::of(former)); !r) {
            return r;
        }
        ++stats.persons;
        Holding past { deterministicId(QStringLiteral("holding:cjg-smw-former")),
            deterministicId(QStringLiteral("fn:cjg-smw")), former.id, QDate(2021, 8, 30), since.addDays(-1) };
        if (auto r = put(db, QStringLiteral("holdings"), past.id, rows::of(past)); !r) {
            return r;
        }
        // The CJG coffee morning for parents: Wednesday 8:30, ouderkamer.
        Presence coffee;
        coffee.id = deterministicId(QStringLiteral("presence:cjg-koffie"));
        coffee.organisationId = deterministicId(QStringLiteral("org:cjg"));
        coffee.functionId = deterministicId(QStringLiteral("fn:cjg-smw"));
        coffee.weekday = 3;
        coffee.start = QTime(8, 30);
        coffee.end = QTime(9, 30);
        coffee.room = QStringLiteral("ouderkamer (koffieochtend)");
        coffee.locationId = main.id;
        if (auto r = put(db, QStringLiteral("presence"), coffee.id, rows::of(coffee)); !r) {
            return r;
        }
        ++stats.presence;

        struct LineSpec
        {
            const char *key;
            const char *fn;
            Channel channel;
            const char *label;
            const char *text;
        };
        const LineSpec lines[] = {
            { "line:cjg", "cjg-smw", Channel::WhatsApp, "App de schoolmaatschappelijk werker",
                "Hoi {voornaam}, heb je {dag} om {tijd} even tijd om te overleggen over een vraag uit mijn "
                "groep?" },
            { "line:logo", "logo", Channel::WhatsApp, "Logopedie: screening aanvragen",
                "Hoi {voornaam}, ik wil graag een leerling aanmelden voor de logopediescreening. "
                "Kun je {dag} even bij me langs?" },
            { "line:lpa", "gemeente-lpa", Channel::Email, "Leerplicht: verlofaanvraag",
                "Beste {voornaam},\n\nIk heb een vraag over een verlofaanvraag. Wanneer kan ik je bellen?\n\n"
                "Met vriendelijke groet" },
            { "line:wijkagent", "wijkagent", Channel::Call, "Bel de wijkagent", "" },
            { "line:bieb", "bieb-lc", Channel::Sms, "Bieb: boekenkist bestellen",
                "Hoi {voornaam}, mag mijn groep een nieuwe boekenkist? Thema: ... Dank je!" },
        };
        int order = 0;
        for (const LineSpec &ls : lines) {
            QuickLine q;
            q.id = deterministicId(QString::fromUtf8(ls.key));
            q.origin = Origin::School;
            q.targetKind = TargetKind::Function;
            q.targetId = deterministicId(QStringLiteral("fn:") + QString::fromUtf8(ls.fn));
            q.channel = ls.channel;
            q.label = QString::fromUtf8(ls.label);
            q.templateText = QString::fromUtf8(ls.text);
            if (order < 4) {
                q.pinnedOrder = order;
            }
            ++order;
            if (auto r = put(db, QStringLiteral("quick_lines"), q.id, rows::of(q)); !r) {
                return r;
            }
            ++stats.quickLines;
        }

        // The teacher's own network: device only.
        Organisation own;
        own.id = deterministicId(QStringLiteral("org:personal-rt"));
        own.origin = Origin::Personal;
        own.name = QStringLiteral("Remedial teaching Ingrid Scholten");
        own.category = Category::Onderwijsbegeleiding;
        own.city = QStringLiteral("Utrecht");
        own.topics = { QStringLiteral("rekenen"), QStringLiteral("spelling") };
        own.visibility = FieldVisibility(Visibility::Private);
        if (auto r = put(db, QStringLiteral("organisations"), own.id, rows::of(own)); !r) {
            return r;
        }
        ++stats.organisations;
        Person ingrid;
        ingrid.id = deterministicId(QStringLiteral("person:personal-ingrid"));
        ingrid.origin = Origin::Personal;
        ingrid.organisationId = own.id;
        ingrid.givenName = QStringLiteral("Ingrid");
        ingrid.familyName = QStringLiteral("Scholten");
        ingrid.mobile = mobileFor(rng);
        ingrid.visibility = FieldVisibility(Visibility::Private);
        if (auto r = put(db, QStringLiteral("persons"), ingrid.id, rows::of(ingrid)); !r) {
            return r;
        }
        ++stats.persons;
        QuickLine mine;
        mine.id = deterministicId(QStringLiteral("line:personal-ingrid"));
        mine.origin = Origin::Personal;
        mine.targetKind = TargetKind::Person;
        mine.targetId = ingrid.id;
        mine.channel = Channel::WhatsApp;
        mine.label = QStringLiteral("Ingrid: RT-uurtje?");
        mine.templateText = QStringLiteral("Hoi {voornaam}, heb je {dag} nog een RT-uurtje vrij?");
        mine.pinnedOrder = order;
        if (auto r = put(db, QStringLiteral("quick_lines"), mine.id, rows::of(mine)); !r) {
            return r;
        }
        ++stats.quickLines;

        const struct
        {
            const char *key;
            const char *person;
            FlagReason reason;
            const char *comment;
        } flags[] = {
            { "flag:1", "person:jtv", FlagReason::WrongNumber, "Nummer is niet meer in gebruik." },
            { "flag:2", "person:halt-vl", FlagReason::LeftOrganisation, "Werkt sinds de zomer bij de gemeente." },
        };
        for (const auto &fl : flags) {
            auto r = db.run(QStringLiteral("INSERT INTO flags(id, target_kind, target_id, reason, comment, created_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?)"),
                { deterministicId(QString::fromUtf8(fl.key)), targetKindKey(TargetKind::Person),
                    deterministicId(QString::fromUtf8(fl.person)), flagReasonKey(fl.reason),
                    QString::fromUtf8(fl.comment), QStringLiteral("2026-10-01T09:00:00.000Z") });
            if (!r) {
                return r.error();
            }
            ++stats.flags;
        }
        auto steps = demo::populateInductionPath(db);
        if (!steps) {
            return steps.error();
        }
        stats.inductionSteps = steps.value();
        return SearchIndex(db).rebuild();
    });
    if (!s) {
        return s.error();
    }
    return stats;
}

Result<DemoStats> DemoData::populateScale(Database &db, int contacts, quint32 seed)
{
    static const char *given[] = { "Emma", "Julia", "Mila", "Tess", "Sophie", "Zoë", "Sara", "Nora", "Yara", "Eva",
        "Noah", "Daniël", "Liam", "Lucas", "Finn", "Sem", "Mohamed", "Ayşe", "Fatima", "Youssef", "Chloë", "Noëlle",
        "Anaïs", "Joëlle", "Bram", "Jesse", "Thijs", "Iris", "Lotte", "Fenna", "Mees", "Daan", "Ömer", "Elif", "Özlem",
        "Priya", "Tesfay", "Linh", "Marek", "Agnieszka" };
    static const char *family[] = { "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
        "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
        "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Öztürk", "Yılmaz", "Çelik",
        "Kaya", "Şahin", "El Amrani", "Haddou", "Boukhari", "Nguyen", "Kowalski", "Ramdin", "Sedney", "Mourad",
        "Gebremariam", "Doğan" };
    static const char *orgWords[] = { "Zorg", "Jeugd", "Buurt", "Sport", "Cultuur", "Lees", "Leer", "Gezin", "Kind",
        "Taal", "Beweeg", "Talent", "Samen", "Wijk", "Groei" };
    static const char *orgSuffix[] = { "centrum", "punt", "team", "huis", "praktijk", "werk", "plaats", "kracht" };
    static const char *cities[] = { "Utrecht", "Amersfoort", "Zeist", "Nieuwegein", "Houten", "IJsselstein",
        "Woerden", "Veenendaal", "Maarssen", "Bunnik" };
    static const char *functions[] = { "Schoolmaatschappelijk werker", "Logopedist", "Wijkagent", "Jeugdverpleegkundige",
        "Leesconsulent", "Buurtsportcoach", "Jongerenwerker", "Orthopedagoog", "Cultuurcoach", "Gezinscoach",
        "Leerplichtambtenaar", "Ergotherapeut", "Fysiotherapeut", "Onderwijsadviseur", "Pedagogisch medewerker" };
    const QList<Category> cats = categories::all();

    DemoStats stats;
    QRandomGenerator rng(seed);
    const int orgCount = std::max(1, contacts / 4);
    const Status s = db.write([&]() -> Status {
        QStringList orgIds;
        orgIds.reserve(orgCount);
        for (int i = 0; i < orgCount; ++i) {
            Organisation o;
            o.id = deterministicId(QStringLiteral("scale-org:%1").arg(i));
            o.name = QStringLiteral("%1%2 %3")
                         .arg(QLatin1String(orgWords[rng.bounded(int(std::size(orgWords)))]),
                             QLatin1String(orgSuffix[rng.bounded(int(std::size(orgSuffix)))]),
                             QLatin1String(cities[rng.bounded(int(std::size(cities)))]));
            if (rng.bounded(4) == 0) {
                o.name += QStringLiteral(" %1").arg(i);
            }
            o.category = cats.at(rng.bounded(cats.size()));
            o.city = QLatin1String(cities[rng.bounded(int(std::size(cities)))]);
            if (auto r = put(db, QStringLiteral("organisations"), o.id, rows::of(o)); !r) {
                return r;
            }
            orgIds << o.id;
            ++stats.organisations;
        }
        for (int i = 0; i < contacts; ++i) {
            Person p;
            p.id = deterministicId(QStringLiteral("scale-person:%1").arg(i));
            p.organisationId = orgIds.at(i % orgCount);
            p.givenName = QString::fromUtf8(given[rng.bounded(int(std::size(given)))]);
            p.familyName = QString::fromUtf8(family[rng.bounded(int(std::size(family)))]);
            p.mobile = mobileFor(rng);
            if (auto r = put(db, QStringLiteral("persons"), p.id, rows::of(p)); !r) {
                return r;
            }
            ++stats.persons;
            if (i % 2 == 0) {
                Function f;
                f.id = deterministicId(QStringLiteral("scale-fn:%1").arg(i));
                f.organisationId = p.organisationId;
                f.title = QString::fromUtf8(functions[rng.bounded(int(std::size(functions)))]);
                if (auto r = put(db, QStringLiteral("functions"), f.id, rows::of(f)); !r) {
                    return r;
                }
                Holding h { deterministicId(QStringLiteral("scale-holding:%1").arg(i)), f.id, p.id, QDate(2025, 1, 6),
                    std::nullopt };
                if (auto r = put(db, QStringLiteral("holdings"), h.id, rows::of(h)); !r) {
                    return r;
                }
                ++stats.functions;
            }
        }
        return SearchIndex(db).rebuild();
    });
    if (!s) {
        return s.error();
    }
    return stats;
}

} // namespace kl
