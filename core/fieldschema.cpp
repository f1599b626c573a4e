// The field schema itself: every synced table's columns with their kind, limits and the
// label messages use. tst_fieldrules checks that these lists are exactly the columns
// that travel (sync::syncedColumns) and that the phone's CHECK constraints agree.
#include "fieldrules.h"

#include "domain.h"

#include <QCoreApplication>
#include <QHash>

namespace kl::fieldrules {

namespace {

QStringList categoryKeys()
{
    QStringList out;
    for (Category c : categories::all()) {
        out << categories::key(c);
    }
    return out;
}

QStringList channelKeys()
{
    return { channelKey(Channel::Call), channelKey(Channel::WhatsApp), channelKey(Channel::Sms), channelKey(Channel::Email) };
}

QStringList reasonKeys()
{
    return { flagReasonKey(FlagReason::WrongNumber), flagReasonKey(FlagReason::LeftOrganisation),
        flagReasonKey(FlagReason::Other) };
}

Column text(const char *name, int max, const char *label, bool required = false)
{
    return Column { QLatin1String(name), Kind::Text, false, required, max, 0, 0, {}, label };
}

Column multiLine(const char *name, int max, const char *label)
{
    return Column { QLatin1String(name), Kind::MultiLine, false, false, max, 0, 0, {}, label };
}

// One value a line (every phone number or e-mail address after the first of its kind).
Column list(const char *name, Kind kind, const char *label)
{
    return Column { QLatin1String(name), kind, false, false, 0, 0, 0, {}, label };
}

Column of(const char *name, Kind kind, const char *label, bool required = false, bool nullable = false)
{
    return Column { QLatin1String(name), kind, nullable, required, 0, 0, 0, {}, label };
}

Column integer(const char *name, double min, double max, const char *label, bool nullable = false)
{
    return Column { QLatin1String(name), Kind::Integer, nullable, !nullable, 0, min, max, {}, label };
}

Column real(const char *name, double min, double max, const char *label)
{
    return Column { QLatin1String(name), Kind::Real, true, false, 0, min, max, {}, label };
}

// A column that older phones do not know yet (see Column::addedDefault).
Column added(Column c, QJsonValue valueForOlderPhones)
{
    c.addedDefault = std::move(valueForOlderPhones);
    return c;
}

Column enumeration(const char *name, QStringList values, const char *label)
{
    return Column { QLatin1String(name), Kind::Enum, false, true, 0, 0, 0, std::move(values), label };
}

// Only school rows (0) and personal rows (1) exist; the server accepts school rows only.
Column origin()
{
    return integer("origin", 0, 1, QT_TRANSLATE_NOOP("kl::Validation", "origin"));
}

const QHash<QString, QList<Column>> &schema()
{
    static const QHash<QString, QList<Column>> s {
        { QStringLiteral("school_locations"),
            {
                text("name", 200, QT_TRANSLATE_NOOP("kl::Validation", "name"), true),
                text("address", 300, QT_TRANSLATE_NOOP("kl::Validation", "address")),
                real("latitude", -90, 90, QT_TRANSLATE_NOOP("kl::Validation", "latitude")),
                real("longitude", -180, 180, QT_TRANSLATE_NOOP("kl::Validation", "longitude")),
                integer("radius_m", 10, 5000, QT_TRANSLATE_NOOP("kl::Validation", "radius")),
            } },
        // The school's internal roles (IB'er, taalcoördinator, ...): staff names only.
        { QStringLiteral("school_roles"),
            {
                text("name", 100, QT_TRANSLATE_NOOP("kl::Validation", "role"), true),
                text("holder", 200, QT_TRANSLATE_NOOP("kl::Validation", "holder")),
                text("deputy", 200, QT_TRANSLATE_NOOP("kl::Validation", "deputy")),
                integer("sort_order", 0, 1000, QT_TRANSLATE_NOOP("kl::Validation", "position")),
            } },
        // The induction path for new staff: a partner organisation or a function, in order,
        // with one line of why ("bel hier als ...").
        { QStringLiteral("induction_steps"),
            {
                enumeration("target_kind", { targetKindKey(TargetKind::Organisation), targetKindKey(TargetKind::Function) },
                    QT_TRANSLATE_NOOP("kl::Validation", "partner")),
                of("target_id", Kind::Id, QT_TRANSLATE_NOOP("kl::Validation", "partner"), true),
                text("why", 200, QT_TRANSLATE_NOOP("kl::Validation", "why"), true),
                integer("sort_order", 0, 1000, QT_TRANSLATE_NOOP("kl::Validation", "position")),
            } },
        { QStringLiteral("organisations"),
            {
                origin(),
                text("name", 200, QT_TRANSLATE_NOOP("kl::Validation", "name"), true),
                enumeration("category", categoryKeys(), QT_TRANSLATE_NOOP("kl::Validation", "category")),
                text("street", 200, QT_TRANSLATE_NOOP("kl::Validation", "street")),
                text("postal_code", 20, QT_TRANSLATE_NOOP("kl::Validation", "postal code")),
                text("city", 100, QT_TRANSLATE_NOOP("kl::Validation", "city")),
                real("latitude", -90, 90, QT_TRANSLATE_NOOP("kl::Validation", "latitude")),
                real("longitude", -180, 180, QT_TRANSLATE_NOOP("kl::Validation", "longitude")),
                of("website", Kind::Url, QT_TRANSLATE_NOOP("kl::Validation", "website")),
                multiLine("topics", 2000, QT_TRANSLATE_NOOP("kl::Validation", "topics")),
                text("owner_role", 100, QT_TRANSLATE_NOOP("kl::Validation", "owner role")),
                text("internal_contact", 200, QT_TRANSLATE_NOOP("kl::Validation", "point of contact")),
                of("visibility", Kind::Visibility, QT_TRANSLATE_NOOP("kl::Validation", "visibility")),
            } },
        { QStringLiteral("persons"),
            {
                origin(),
                of("organisation_id", Kind::Id, QT_TRANSLATE_NOOP("kl::Validation", "organisation"), false, true),
                text("given_name", 100, QT_TRANSLATE_NOOP("kl::Validation", "first name")),
                text("family_name", 100, QT_TRANSLATE_NOOP("kl::Validation", "last name")),
                of("photo", Kind::Photo, QT_TRANSLATE_NOOP("kl::Validation", "photo"), false, true),
                of("mobile", Kind::Phone, QT_TRANSLATE_NOOP("kl::Validation", "mobile number")),
                of("whatsapp", Kind::Phone, QT_TRANSLATE_NOOP("kl::Validation", "WhatsApp number")),
                of("landline", Kind::Phone, QT_TRANSLATE_NOOP("kl::Validation", "landline number")),
                of("email", Kind::Email, QT_TRANSLATE_NOOP("kl::Validation", "e-mail address")),
                of("visibility", Kind::Visibility, QT_TRANSLATE_NOOP("kl::Validation", "visibility")),
                added(text("name_prefix", 50, QT_TRANSLATE_NOOP("kl::Validation", "title before the name")), QStringLiteral("")), // schema 9
                added(text("middle_name", 100, QT_TRANSLATE_NOOP("kl::Validation", "middle name")), QStringLiteral("")),
                added(text("name_suffix", 50, QT_TRANSLATE_NOOP("kl::Validation", "suffix after the name")), QStringLiteral("")),
                added(list("extra_phones", Kind::PhoneList, QT_TRANSLATE_NOOP("kl::Validation", "other phone numbers")), QStringLiteral("")),
                added(list("extra_emails", Kind::EmailList, QT_TRANSLATE_NOOP("kl::Validation", "other e-mail addresses")), QStringLiteral("")),
                added(multiLine("note", 2000, QT_TRANSLATE_NOOP("kl::Validation", "note")), QStringLiteral("")),
            } },
        { QStringLiteral("functions"),
            {
                origin(),
                of("organisation_id", Kind::Id, QT_TRANSLATE_NOOP("kl::Validation", "organisation"), true),
                text("title", 200, QT_TRANSLATE_NOOP("kl::Validation", "title"), true),
                multiLine("topics", 2000, QT_TRANSLATE_NOOP("kl::Validation", "topics")),
            } },
        { QStringLiteral("holdings"),
            {
                of("function_id", Kind::Id, QT_TRANSLATE_NOOP("kl::Validation", "function"), true),
                of("person_id", Kind::Id, QT_TRANSLATE_NOOP("kl::Validation", "person"), true),
                of("since", Kind::Date, QT_TRANSLATE_NOOP("kl::Validation", "since"), true),
                of("until", Kind::Date, QT_TRANSLATE_NOOP("kl::Validation", "until"), false, true),
            } },
        { QStringLiteral("presence"),
            {
                origin(),
                of("organisation_id", Kind::Id, QT_TRANSLATE_NOOP("kl::Validation", "organisation"), true),
                of("function_id", Kind::Id, QT_TRANSLATE_NOOP("kl::Validation", "function")),
                of("person_id", Kind::Id, QT_TRANSLATE_NOOP("kl::Validation", "person")),
                integer("weekday", 1, 7, QT_TRANSLATE_NOOP("kl::Validation", "day of the week")),
                integer("start_min", 0, 1439, QT_TRANSLATE_NOOP("kl::Validation", "start time")),
                integer("end_min", 1, 1440, QT_TRANSLATE_NOOP("kl::Validation", "end time")),
                text("room", 100, QT_TRANSLATE_NOOP("kl::Validation", "room")),
                of("location_id", Kind::Id, QT_TRANSLATE_NOOP("kl::Validation", "location")),
                of("valid_from", Kind::Date, QT_TRANSLATE_NOOP("kl::Validation", "first day"), false, true),
                of("valid_until", Kind::Date, QT_TRANSLATE_NOOP("kl::Validation", "last day"), false, true),
                added(integer("is_public", 0, 1, QT_TRANSLATE_NOOP("kl::Validation", "public")), 1), // schema 6
            } },
        { QStringLiteral("quick_lines"),
            {
                origin(),
                // Lines reach a person or a function; an organisation has no number of its own.
                enumeration("target_kind", { targetKindKey(TargetKind::Function), targetKindKey(TargetKind::Person) },
                    QT_TRANSLATE_NOOP("kl::Validation", "contact")),
                of("target_id", Kind::Id, QT_TRANSLATE_NOOP("kl::Validation", "contact"), true),
                enumeration("channel", channelKeys(), QT_TRANSLATE_NOOP("kl::Validation", "channel")),
                text("label", 100, QT_TRANSLATE_NOOP("kl::Validation", "name of the line"), true),
                multiLine("template", 1000, QT_TRANSLATE_NOOP("kl::Validation", "message")),
                integer("pinned_order", 0, 1000, QT_TRANSLATE_NOOP("kl::Validation", "position"), true),
            } },
        { QStringLiteral("flags"),
            {
                enumeration("target_kind",
                    { targetKindKey(TargetKind::Organisation), targetKindKey(TargetKind::Function),
                        targetKindKey(TargetKind::Person) },
                    QT_TRANSLATE_NOOP("kl::Validation", "contact")),
                of("target_id", Kind::Id, QT_TRANSLATE_NOOP("kl::Validation", "contact"), true),
                enumeration("reason", reasonKeys(), QT_TRANSLATE_NOOP("kl::Validation", "reason")),
                multiLine("comment", 500, QT_TRANSLATE_NOOP("kl::Validation", "comment")),
                of("created_at", Kind::Timestamp, QT_TRANSLATE_NOOP("kl::Validation", "reported at"), true),
                // 0 open, 1 confirmed or fixed, 2 dismissed (the web admin's three answers).
                integer("resolved", 0, 2, QT_TRANSLATE_NOOP("kl::Validation", "resolved")),
            } },
    };
    return s;
}

} // namespace

const QStringList &tables()
{
    static const QStringList t { QStringLiteral("school_locations"), QStringLiteral("school_roles"), QStringLiteral("organisations"),
        QStringLiteral("persons"), QStringLiteral("functions"), QStringLiteral("holdings"), QStringLiteral("presence"),
        QStringLiteral("quick_lines"), QStringLiteral("induction_steps"), QStringLiteral("flags") };
    return t;
}

const QList<Column> &columns(const QString &table)
{
    static const QList<Column> none;
    const auto it = schema().constFind(table);
    return it == schema().cend() ? none : *it;
}

const Column *column(const QString &table, const QString &name)
{
    for (const Column &c : columns(table)) {
        if (c.name == name) {
            return &c;
        }
    }
    return nullptr;
}

} // namespace kl::fieldrules
