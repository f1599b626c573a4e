#include "domain.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <array>

namespace kl {

namespace {

struct CategoryInfo
{
    Category category;
    const char *key;
    const char *label;
    const char *terms;
};

// Labels are English source strings, translated like every UI string (nl is the default).
constexpr std::array<CategoryInfo, 14> kCategories { {
    { Category::Gemeente, "gemeente", QT_TRANSLATE_NOOP("kl::Category", "Municipality"),
        "gemeente leerplicht leerplichtambtenaar vakdocent huisvesting" },
    { Category::Jeugdzorg, "jeugdzorg", QT_TRANSLATE_NOOP("kl::Category", "CJG / youth care"),
        "cjg jeugdzorg jeugdhulp centrum voor jeugd en gezin" },
    { Category::Wijkteam, "wijkteam", QT_TRANSLATE_NOOP("kl::Category", "Neighbourhood team"), "wijkteam" },
    { Category::Kinderopvang, "kinderopvang", QT_TRANSLATE_NOOP("kl::Category", "Childcare"),
        "kinderopvang bso peuteropvang warme overdracht" },
    { Category::Zorg, "zorg", QT_TRANSLATE_NOOP("kl::Category", "Care (speech, occupational, physio therapy)"),
        "zorg logopedie logopedist ergotherapie ergotherapeut fysiotherapie fysiotherapeut" },
    { Category::Onderwijsbegeleiding, "onderwijsbegeleiding",
        QT_TRANSLATE_NOOP("kl::Category", "Educational support service"),
        "onderwijsbegeleiding schoolbegeleidingsdienst samenwerkingsverband" },
    { Category::Bibliotheek, "bibliotheek", QT_TRANSLATE_NOOP("kl::Category", "Library"),
        "bibliotheek leesconsulent lezen" },
    { Category::Politie, "politie", QT_TRANSLATE_NOOP("kl::Category", "Police"), "politie wijkagent" },
    { Category::Ggd, "ggd", QT_TRANSLATE_NOOP("kl::Category", "Public health service (GGD)"),
        "ggd jeugdarts jeugdverpleegkundige" },
    { Category::Cultuur, "cultuur", QT_TRANSLATE_NOOP("kl::Category", "Culture"),
        "cultuur muziek drama kunst museum" },
    { Category::Sport, "sport", QT_TRANSLATE_NOOP("kl::Category", "Sport"), "sport gym beweegcoach" },
    { Category::Gastlessen, "gastlessen", QT_TRANSLATE_NOOP("kl::Category", "Guest lessons"),
        "gastles gastlessen" },
    { Category::Buurtwerk, "buurtwerk", QT_TRANSLATE_NOOP("kl::Category", "Community and youth work"),
        "buurtwerk jongerenwerk welzijn vluchtelingenwerk" },
    { Category::Overig, "overig", QT_TRANSLATE_NOOP("kl::Category", "Other"), "overig" },
} };

const CategoryInfo &infoFor(Category c)
{
    for (const auto &info : kCategories) {
        if (info.category == c) {
            return info;
        }
    }
    return kCategories.back();
}

template<typename E, std::size_t N>
std::optional<E> lookup(const std::array<const char *, N> &keys, const QString &key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i])) {
            return static_cast<E>(i);
        }
    }
    return std::nullopt;
}

constexpr std::array<const char *, 4> kChannelKeys { "call", "whatsapp", "sms", "email" };
constexpr std::array<const char *, 3> kTargetKeys { "organisation", "function", "person" };
constexpr std::array<const char *, 3> kReasonKeys { "wrong_number", "left_organisation", "other" };
constexpr std::array<const char *, 3> kVisibilityKeys { "public", "school", "private" };

} // namespace

QList<Category> categories::all()
{
    QList<Category> out;
    for (const auto &info : kCategories) {
        out << info.category;
    }
    return out;
}

QString categories::key(Category c)
{
    return QLatin1String(infoFor(c).key);
}

std::optional<Category> categories::fromKey(const QString &key)
{
    for (const auto &info : kCategories) {
        if (key == QLatin1String(info.key)) {
            return info.category;
        }
    }
    return std::nullopt;
}

const char *categories::sourceLabel(Category c)
{
    return infoFor(c).label;
}

QString categories::label(Category c)
{
    return QCoreApplication::translate("kl::Category", infoFor(c).label);
}

QString categories::searchTerms(Category c)
{
    return QLatin1String(infoFor(c).terms);
}

QString channelKey(Channel c)
{
    return QLatin1String(kChannelKeys.at(static_cast<std::size_t>(c)));
}
std::optional<Channel> channelFromKey(const QString &key)
{
    return lookup<Channel>(kChannelKeys, key);
}
QString targetKindKey(TargetKind k)
{
    return QLatin1String(kTargetKeys.at(static_cast<std::size_t>(k)));
}
std::optional<TargetKind> targetKindFromKey(const QString &key)
{
    return lookup<TargetKind>(kTargetKeys, key);
}
QString flagReasonKey(FlagReason r)
{
    return QLatin1String(kReasonKeys.at(static_cast<std::size_t>(r)));
}
std::optional<FlagReason> flagReasonFromKey(const QString &key)
{
    return lookup<FlagReason>(kReasonKeys, key);
}
QString visibilityKey(Visibility v)
{
    return QLatin1String(kVisibilityKeys.at(static_cast<std::size_t>(v)));
}
std::optional<Visibility> visibilityFromKey(const QString &key)
{
    return lookup<Visibility>(kVisibilityKeys, key);
}

QString FieldVisibility::toJson() const
{
    QJsonObject fields;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        fields.insert(it.key(), visibilityKey(it.value()));
    }
    QJsonObject root { { QStringLiteral("default"), visibilityKey(m_fallback) },
        { QStringLiteral("fields"), fields } };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

FieldVisibility FieldVisibility::fromJson(const QString &json)
{
    FieldVisibility out;
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    out.m_fallback = visibilityFromKey(root.value(QStringLiteral("default")).toString()).value_or(Visibility::School);
    const QJsonObject fields = root.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (const auto v = visibilityFromKey(it.value().toString())) {
            out.m_fields.insert(it.key(), *v);
        }
    }
    return out;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Person::displayName() const
{
    QStringList parts;
    for (const QString &part : { givenName, middleName, familyName }) {
        if (!part.trimmed().isEmpty()) {
            parts << part.trimmed();
        }
    }
    return parts.join(QLatin1Char(' '));
}

QString Person::initials() const
{
    QString out;
    if (!givenName.trimmed().isEmpty()) {
        out += givenName.trimmed().front().toUpper();
    }
    // "van der Berg" -> B: Dutch tussenvoegsels are lower case and skipped.
    const QStringList parts = familyName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.front().isUpper()) {
            out += part.front();
            break;
        }
    }
    if (out.size() < 2 && !parts.isEmpty() && !parts.last().front().isUpper()) {
        out += parts.last().front().toUpper();
    }
    return out;
}

bool Presence::appliesOn(const QDate &date) const
{
    if (date.dayOfWeek() != weekday) {
        return false;
    }
    if (validFrom && date < *validFrom) {
        return false;
    }
    if (validUntil && date > *validUntil) {
        return false;
    }
    return !deleted;
}

bool Presence::isAt(const QDateTime &moment) const
{
    return appliesOn(moment.date()) && moment.time() >= start && moment.time() < end;
}

} // namespace kl
