// The partner network as the research describes it: organisations, the functions they
// staff (which outlive the people in them), persons, presence at school, quick message
// lines, stale-contact flags and the teacher's device-only notes.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace kl {

// Where a row comes from. School rows sync with the school server; personal rows and
// everything in private_notes/stars stay on this device, always.
enum class Origin { School = 0, Personal = 1 };

// Who may see a field: parents on the public page, staff of the school, or only this device.
enum class Visibility { Public = 0, School = 1, Private = 2 };

enum class Category {
    Gemeente,
    Jeugdzorg,
    Wijkteam,
    Kinderopvang,
    Zorg,
    Onderwijsbegeleiding,
    Bibliotheek,
    Politie,
    Ggd,
    Cultuur,
    Sport,
    Gastlessen,
    Buurtwerk,
    Overig,
};

enum class Channel { Call = 0, WhatsApp = 1, Sms = 2, Email = 3 };

enum class TargetKind { Organisation = 0, Function = 1, Person = 2 };

enum class FlagReason { WrongNumber = 0, LeftOrganisation = 1, Other = 2 };

namespace categories {
[[nodiscard]] QList<Category> all();
[[nodiscard]] QString key(Category c); // stable id stored and synced: "jeugdzorg"
[[nodiscard]] std::optional<Category> fromKey(const QString &key);
[[nodiscard]] QString label(Category c); // translated display label
[[nodiscard]] const char *sourceLabel(Category c); // the English source text of label()
// Dutch words people search for ("cjg", "logopedie", "wijkagent"); not translated.
[[nodiscard]] QString searchTerms(Category c);
} // namespace categories

[[nodiscard]] QString channelKey(Channel c);
[[nodiscard]] std::optional<Channel> channelFromKey(const QString &key);
[[nodiscard]] QString targetKindKey(TargetKind k);
[[nodiscard]] std::optional<TargetKind> targetKindFromKey(const QString &key);
[[nodiscard]] QString flagReasonKey(FlagReason r);
[[nodiscard]] std::optional<FlagReason> flagReasonFromKey(const QString &key);
[[nodiscard]] QString visibilityKey(Visibility v);
[[nodiscard]] std::optional<Visibility> visibilityFromKey(const QString &key);

// Per-field visibility with a default for fields not listed. Stored as JSON.
class FieldVisibility
{
public:
    FieldVisibility() = default;
    explicit FieldVisibility(Visibility fallback) : m_fallback(fallback) { }

    [[nodiscard]] Visibility of(const QString &field) const { return m_fields.value(field, m_fallback); }
    void set(const QString &field, Visibility v) { m_fields.insert(field, v); }
    [[nodiscard]] bool isPublic(const QString &field) const { return of(field) == Visibility::Public; }
    [[nodiscard]] Visibility fallback() const { return m_fallback; }

    [[nodiscard]] QString toJson() const;
    [[nodiscard]] static FieldVisibility fromJson(const QString &json);

    bool operator==(const FieldVisibility &other) const = default;

private:
    QHash<QString, Visibility> m_fields;
    Visibility m_fallback = Visibility::School;
};

[[nodiscard]] QString newId(); // UUID made on the device, lower case, no braces

struct Organisation
{
    QString id;
    Origin origin = Origin::School;
    QString name;
    Category category = Category::Overig;
    QString street;
    QString postalCode;
    QString city;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString website;
    QStringList topics; // "vraag ons over ..."
    QString ownerRole; // internal school role that owns the relationship, e.g. "IB'er"
    QString internalContact; // the school's vast aanspreekpunt (a staff member's name)
    FieldVisibility visibility;
    qint64 rowVersion = 0;
    bool deleted = false;
    QDateTime updatedAt;
};

struct Person
{
    QString id;
    Origin origin = Origin::School;
    QString organisationId; // may be empty for a personal contact without organisation
    QString givenName;
    QString familyName;
    QByteArray photo; // JPEG/PNG bytes, optional
    QString mobile; // E.164
    QString whatsapp; // E.164; empty means "same as mobile"
    QString landline; // E.164
    QString email;
    // Name parts beyond given and family name, as vCard's N carries them (schema 9).
    QString namePrefix; // "dr.", "mr."
    QString middleName;
    QString nameSuffix; // "jr.", "MSc"
    QStringList extraPhones; // E.164, every number after the first of its kind
    QStringList extraEmails;
    QString note; // the school's note on the person (not a teacher's private note); not public unless set so
    FieldVisibility visibility;
    qint64 rowVersion = 0;
    bool deleted = false;
    QDateTime updatedAt;

    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString initials() const;
    [[nodiscard]] QString whatsappNumber() const { return whatsapp.isEmpty() ? mobile : whatsapp; }
};

// A role at an organisation ("schoolmaatschappelijk werker", "wijkagent Noord").
// Lines aim at the function, so they keep working when its holder changes.
struct Function
{
    QString id;
    Origin origin = Origin::School;
    QString organisationId;
    QString title;
    QStringList topics;
    qint64 rowVersion = 0;
    bool deleted = false;
    QDateTime updatedAt;
};

// Who held a function when: the history that survives staff turnover.
struct Holding
{
    QString id;
    QString functionId;
    QString personId;
    QDate since;
    std::optional<QDate> until; // empty: current holder
};

struct SchoolLocation
{
    QString id;
    QString name;
    QString address;
    std::optional<double> latitude;
    std::optional<double> longitude;
    int radiusMetres = 150;
    qint64 rowVersion = 0;
    bool deleted = false;
};

// "CJG: dinsdag 8:30-12:00, kamer 12".
struct Presence
{
    QString id;
    Origin origin = Origin::School;
    QString organisationId;
    QString functionId; // optional
    QString personId; // optional
    int weekday = 1; // ISO: 1 = Monday ... 7 = Sunday
    QTime start;
    QTime end;
    QString room;
    QString locationId; // optional SchoolLocation
    std::optional<QDate> validFrom;
    std::optional<QDate> validUntil;
    // This window may appear on the parents' page, poster, vCard and offline QR (when the
    // person's times are public too). New rows and rows from before the column: yes.
    bool isPublic = true;
    qint64 rowVersion = 0;
    bool deleted = false;

    [[nodiscard]] bool appliesOn(const QDate &date) const;
    [[nodiscard]] bool isAt(const QDateTime &moment) const;
};

struct QuickLine
{
    QString id;
    Origin origin = Origin::Personal;
    TargetKind targetKind = TargetKind::Function;
    QString targetId;
    Channel channel = Channel::WhatsApp;
    QString label;
    QString templateText; // placeholders: {voornaam}, {naam}, {functie}, {organisatie}, {dag}, {tijd}
    std::optional<int> pinnedOrder;
    std::optional<QDateTime> lastUsedAt;
    qint64 rowVersion = 0;
    bool deleted = false;
};

// A teacher's report that a contact is stale. Append-only: flags never conflict.
struct Flag
{
    QString id;
    TargetKind targetKind = TargetKind::Person;
    QString targetId;
    FlagReason reason = FlagReason::WrongNumber;
    QString comment;
    QDateTime createdAt;
    bool resolved = false;
};

} // namespace kl
