#include "appstore.h"

#include "phonenumbers.h"

#include <QClipboard>
#include <QGuiApplication>

#include "availability.h"
#include "channellauncher.h"
#include "functionrepository.h"
#include "organisationrepository.h"
#include "personrepository.h"
#include "quicklinerepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApp, "kl.app")

using namespace kl;

QString ResolvedTarget::displayName() const
{
    if (person) {
        return person->displayName();
    }
    if (function) {
        return function->title;
    }
    return organisation ? organisation->name : QString();
}

QString ResolvedTarget::initials() const
{
    if (person) {
        return person->initials();
    }
    const QString name = displayName().trimmed();
    return name.isEmpty() ? QString() : QString(name.front().toUpper());
}

ChannelAddress ResolvedTarget::address() const
{
    if (!person) {
        return {};
    }
    return ChannelAddress { person->mobile, person->whatsapp, person->landline, person->email };
}

AppStore::AppStore(Database &db, platform::ChannelLauncher &launcher, platform::Share &share,
    platform::Contacts &contacts, QObject *parent)
    : QObject(parent), m_db(db), m_launcher(launcher), m_share(share), m_contacts(contacts)
{
    // "Present now" markers and {dag}/{tijd} move with the clock: refresh once a minute.
    m_minuteTimer.setInterval(60 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, this, [this] {
        if (!m_fixedNow.isValid()) {
            Q_EMIT clockChanged();
        }
    });
    m_minuteTimer.start();
}

QDateTime AppStore::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTime();
}

void AppStore::setFixedNow(const QDateTime &now)
{
    m_fixedNow = now;
    Q_EMIT clockChanged();
}

void AppStore::say(const QString &text)
{
    m_lastMessage = text;
    Q_EMIT message(text);
}

Result<ResolvedTarget> AppStore::resolve(kl::TargetKind kind, const QString &id) const
{
    ResolvedTarget t;
    t.kind = kind;
    t.id = id;
    FunctionRepository functions(m_db);
    QString organisationId;
    if (kind == kl::TargetKind::Function) {
        auto fn = functions.get(id);
        if (!fn) {
            return fn.error();
        }
        if (!fn.value()) {
            return Error { QStringLiteral("target.missing"),
                QCoreApplication::translate("kl::Validation", "The contact of this line no longer exists.") };
        }
        t.function = fn.value();
        organisationId = fn.value()->organisationId;
        auto holder = functions.currentHolder(id);
        if (!holder) {
            return holder.error();
        }
        t.person = holder.value();
    } else if (kind == kl::TargetKind::Person) {
        auto p = PersonRepository(m_db).get(id);
        if (!p) {
            return p.error();
        }
        if (!p.value()) {
            return Error { QStringLiteral("target.missing"),
                QCoreApplication::translate("kl::Validation", "This person no longer exists.") };
        }
        t.person = p.value();
        organisationId = p.value()->organisationId;
        auto held = functions.heldBy(id);
        if (!held) {
            return held.error();
        }
        if (!held.value().isEmpty()) {
            t.function = held.value().first();
        }
    } else {
        organisationId = id;
    }
    if (!organisationId.isEmpty()) {
        auto o = OrganisationRepository(m_db).get(organisationId);
        if (!o) {
            return o.error();
        }
        t.organisation = o.value();
    }
    return t;
}

Availability AppStore::availability(kl::TargetKind kind, const QString &id) const
{
    auto windows = presenceFor(m_db, kind, id);
    if (!windows) {
        qCWarning(lcApp) << "presence:" << windows.error().message;
        return {};
    }
    return nextAvailability(windows.value(), now());
}

TemplateContext AppStore::templateContext(const ResolvedTarget &t) const
{
    TemplateContext c;
    c.givenName = t.person ? t.person->givenName : QString();
    c.fullName = t.person ? t.person->displayName() : QString();
    c.functionTitle = t.function ? t.function->title : QString();
    c.organisationName = t.organisation ? t.organisation->name : QString();
    c.availability = availability(t.kind, t.id);
    c.now = now();
    return c;
}

QString AppStore::openUrl(Channel channel, const QString &address, const QString &text, const QString &subject)
{
    auto url = ChannelUrl::build(channel, address, text, subject);
    if (!url) {
        return url.error().message;
    }
    if (!m_launcher.open(url.value())) {
        const QString message = tr("This phone has no app that opens this. Copy the %1 and the message, and use "
                                   "another app or phone.")
                                    .arg(channel == Channel::Email ? tr("e-mail address") : tr("number"));
        const QString shown = channel == Channel::Email || address.isEmpty() ? address
                                                                              : PhoneNumbers::formatForDisplay(address);
        reportCannotOpen(message, shown, text);
        return message;
    }
    return {};
}

void AppStore::reportCannotOpen(const QString &message, const QString &address, const QString &text)
{
    Q_EMIT cannotOpen(message, address, text);
}

void AppStore::copyText(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
}

QString AppStore::openLine(const QString &lineId)
{
    QuickLineRepository lines(m_db);
    auto line = lines.get(lineId);
    if (!line) {
        return line.error().message;
    }
    if (!line.value()) {
        return QCoreApplication::translate("kl::Validation", "This line no longer exists.");
    }
    const QuickLine &q = *line.value();
    auto target = resolve(q.targetKind, q.targetId);
    if (!target) {
        return target.error().message;
    }
    if (!target.value().person) {
        return tr("Nobody holds this function at the moment.");
    }
    const QString text = MessageTemplate::render(q.templateText, templateContext(target.value()));
    const QString error
        = openUrl(q.channel, ChannelUrl::addressFor(q.channel, target.value().address()), text, q.label);
    if (!error.isEmpty()) {
        return error;
    }
    if (auto used = lines.markUsed(q.id, now().toUTC()); !used) {
        qCWarning(lcApp) << "markUsed:" << used.error().message;
    }
    Q_EMIT linesChanged();
    return {};
}

QString AppStore::contact(int targetKind, const QString &targetId, int channel)
{
    auto target = resolve(static_cast<kl::TargetKind>(targetKind), targetId);
    if (!target) {
        return target.error().message;
    }
    const auto ch = static_cast<Channel>(channel);
    return openUrl(ch, ChannelUrl::addressFor(ch, target.value().address()), {}, {});
}

void AppStore::schoolDataChanged()
{
    Q_EMIT partnersChanged();
    Q_EMIT linesChanged();
}
