#include "privacyhint.h"

#include "textfold.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace kl {

namespace {

// Words that are capitalised in school messages for reasons other than being a pupil's
// name: greetings, days, months, school and partner jargon, common sentence starters.
// Compared folded (lower case, no diacritics).
const QSet<QString> &commonWords()
{
    static const QSet<QString> words = [] {
        const char *list[] = { "hoi", "hallo", "hey", "hee", "beste", "goedemorgen", "goedemiddag", "goedenavond", "dag",
            "lieve", "geachte", "beste", "groet", "groeten", "vriendelijke", "hartelijke", "dank", "bedankt", "alvast",
            "tot", "ik", "wij", "we", "jij", "je", "u", "zij", "hij", "ze", "het", "de", "een", "en", "of", "maar", "als",
            "wil", "kun", "kunt", "kan", "mag", "heb", "hebt", "heeft", "is", "zijn", "graag", "misschien", "wanneer",
            "waar", "wat", "wie", "hoe", "waarom", "welke", "vandaag", "morgen", "overmorgen", "gisteren", "straks",
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari",
            "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
            "groep", "klas", "school", "basisschool", "leerling", "leerlingen", "kind", "kinderen", "ouder", "ouders",
            "cjg", "ggd", "ib", "iber", "bso", "vve", "rt", "mr", "gmr", "swv", "lpa", "halt", "vo", "po", "pabo",
            "lio", "juf", "meester", "directeur", "directie", "team", "wijkteam", "buurtteam", "gemeente", "politie",
            "bibliotheek", "bieb", "kinderopvang", "peuteropvang", "logopedie", "logopedist", "fysio", "ergo",
            "ergotherapie", "screening", "overleg", "vraag", "vragen", "thema", "boekenkist", "gym", "gymzaal", "muziek",
            "drama", "koffieochtend", "kerst", "kerstmis", "pasen", "sinterklaas", "ramadan", "suikerfeest",
            "offerfeest", "pinksteren", "carnaval", "herfstvakantie", "kerstvakantie", "voorjaarsvakantie",
            "meivakantie", "zomervakantie", "whatsapp", "sms", "e-mail", "email", "mail", "teams", "zoom", "nederland",
            "nederlands", "engels", "utrecht", "amsterdam", "rotterdam", "ok", "oke", "nb", "ps", "svp", "aub",
            "mvg", "gr", "groetjes", "fijn", "super", "top", "sorry", "excuses", "nee", "ja" };
        QSet<QString> s;
        for (const char *w : list) {
            s.insert(QString::fromLatin1(w));
        }
        return s;
    }();
    return words;
}

const QSet<QString> &triggerWords()
{
    static const QSet<QString> words { QStringLiteral("leerling"), QStringLiteral("leerlinge"),
        QStringLiteral("kind"), QStringLiteral("over"), QStringLiteral("zoon"), QStringLiteral("dochter"),
        QStringLiteral("broertje"), QStringLiteral("zusje"), QStringLiteral("pupil") };
    return words;
}

bool isNameLike(const QString &word)
{
    // "Sem", "Noëlle", "Anne-Fleur": an upper-case letter followed by lower-case letters.
    // All-caps words (CJG, GGD) are abbreviations, not names.
    static const QRegularExpression re(QStringLiteral("^\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*$"));
    return re.match(word).hasMatch();
}

} // namespace

QString PrivacyHint::suspectedPupilName(const QString &templateText, const QStringList &knownNames)
{
    QSet<QString> known;
    for (const QString &n : knownNames) {
        for (const QString &w : text::words(text::fold(n))) {
            known.insert(w);
        }
    }
    // Placeholders are filled in by the app, never a pupil's name.
    static const QRegularExpression placeholder(QStringLiteral("\\{[^{}]*\\}"));
    QString body = templateText;
    body.replace(placeholder, QStringLiteral(" "));

    static const QRegularExpression token(QStringLiteral("[\\p{L}][\\p{L}\\p{M}'’-]*|[.!?:;\\n]"));
    bool sentenceStart = true;
    QString previous;
    auto it = token.globalMatch(body);
    while (it.hasNext()) {
        const QString t = it.next().captured(0);
        if (t.size() == 1 && QStringLiteral(".!?:;\n").contains(t)) {
            sentenceStart = true;
            previous.clear();
            continue;
        }
        const QString folded = text::fold(t);
        const bool afterTrigger = triggerWords().contains(previous);
        if (isNameLike(t) && !commonWords().contains(folded) && !known.contains(folded)) {
            if (afterTrigger || !sentenceStart) {
                return t;
            }
        }
        sentenceStart = false;
        previous = folded;
    }
    return {};
}

QString PrivacyHint::message(const QString &word)
{
    return QCoreApplication::translate("kl::PrivacyHint",
        "“%1” looks like a name. Keep pupils' names out of messages: write “a pupil in my class” and "
        "discuss details in person.")
        .arg(word);
}

} // namespace kl
