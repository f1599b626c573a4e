#include "lineeditor.h"

#include "privacyhint.h"
#include "quicklinerepository.h"
#include "rebind.h"

using namespace kl;

LineEditor::LineEditor(QObject *parent) : QObject(parent) { }

void LineEditor::setStore(AppStore *store)
{
    if (!rebind(m_store, store, this, &LineEditor::refresh, &AppStore::clockChanged, &AppStore::languageChanged)) {
        return;
    }
    load();
    Q_EMIT storeChanged();
}

void LineEditor::setLineId(const QString &id)
{
    if (m_lineId == id) {
        return;
    }
    m_lineId = id;
    load();
    Q_EMIT lineIdChanged();
}

QStringList LineEditor::placeholders() const
{
    QStringList out;
    for (const QString &p : MessageTemplate::placeholders()) {
        out << QLatin1Char('{') + p + QLatin1Char('}');
    }
    return out;
}

void LineEditor::setChannel(int channel)
{
    const auto c = static_cast<Channel>(std::clamp(channel, 0, 3));
    if (c == m_channel) {
        return;
    }
    m_channel = c;
    refresh();
    Q_EMIT channelChanged();
    checkModified();
}

void LineEditor::setLabel(const QString &label)
{
    if (label == m_label) {
        return;
    }
    m_label = label;
    Q_EMIT labelChanged();
}

void LineEditor::setTemplateText(const QString &text)
{
    if (text == m_templateText) {
        return;
    }
    m_templateText = text;
    refresh();
    Q_EMIT templateTextChanged();
}

void LineEditor::setPinned(bool pinned)
{
    if (pinned == m_pinned) {
        return;
    }
    m_pinned = pinned;
    Q_EMIT pinnedChanged();
    checkModified();
}

bool LineEditor::choicesModified() const
{
    return m_channel != m_savedChannel || m_pinned != m_wasPinned || m_targetKind != m_savedTargetKind
        || m_targetId != m_savedTargetId;
}

void LineEditor::checkModified()
{
    if (choicesModified() != m_modified) {
        m_modified = !m_modified;
        Q_EMIT choicesModifiedChanged();
    }
}

void LineEditor::markSaved()
{
    m_savedLabel = m_label;
    m_savedTemplate = m_templateText;
    m_savedChannel = m_channel;
    m_savedTargetKind = m_targetKind;
    m_savedTargetId = m_targetId;
    m_wasPinned = m_pinned;
    Q_EMIT loaded();
    checkModified();
}

void LineEditor::begin(int kind, const QString &id)
{
    setTarget(kind, id);
    markSaved();
}

void LineEditor::setError(const QString &error)
{
    if (error == m_errorString) {
        return;
    }
    m_errorString = error;
    Q_EMIT errorStringChanged();
}

void LineEditor::load()
{
    m_origin = Origin::Personal;
    m_targetId.clear();
    m_targetKind = TargetKind::Function;
    m_channel = Channel::WhatsApp;
    m_label.clear();
    m_templateText.clear();
    m_pinned = true;
    if (m_store && !m_lineId.isEmpty()) {
        auto line = QuickLineRepository(m_store->db()).get(m_lineId);
        if (line && line.value()) {
            const QuickLine &q = *line.value();
            m_origin = q.origin;
            m_targetKind = q.targetKind;
            m_targetId = q.targetId;
            m_channel = q.channel;
            m_label = q.label;
            m_templateText = q.templateText;
            m_pinned = q.pinnedOrder.has_value();
        }
    }
    setError({});
    setTarget(static_cast<int>(m_targetKind), m_targetId);
    markSaved();
    Q_EMIT channelChanged();
    Q_EMIT labelChanged();
    Q_EMIT templateTextChanged();
    Q_EMIT pinnedChanged();
    Q_EMIT ownershipChanged();
}

void LineEditor::setTarget(int kind, const QString &id)
{
    m_targetKind = static_cast<TargetKind>(std::clamp(kind, 0, 2));
    m_targetId = id;
    m_targetName.clear();
    m_targetDetail.clear();
    m_knownNames.clear();
    m_availableChannels = { int(Channel::Call), int(Channel::WhatsApp), int(Channel::Sms), int(Channel::Email) };
    if (m_store && !id.isEmpty()) {
        auto t = m_store->resolve(m_targetKind, id);
        if (t) {
            const ResolvedTarget &r = t.value();
            if (r.person) {
                m_availableChannels.clear();
                for (Channel c : { Channel::Call, Channel::WhatsApp, Channel::Sms, Channel::Email }) {
                    if (!ChannelUrl::addressFor(c, r.address()).isEmpty()) {
                        m_availableChannels << int(c);
                    }
                }
                // A new line starts on the first channel of the buttons' order (WhatsApp, SMS,
                // call, e-mail) that this partner has, not on one they cannot be reached on.
                if (m_lineId.isEmpty() && !m_availableChannels.contains(int(m_channel))) {
                    for (Channel c : { Channel::WhatsApp, Channel::Sms, Channel::Call, Channel::Email }) {
                        if (m_availableChannels.contains(int(c))) {
                            m_channel = c;
                            Q_EMIT channelChanged();
                            break;
                        }
                    }
                }
            }
            m_targetName = r.displayName();
            QStringList detail;
            if (r.function && r.function->title != m_targetName) {
                detail << r.function->title;
            }
            if (r.organisation) {
                detail << r.organisation->name;
            }
            m_targetDetail = detail.join(QStringLiteral(", "));
            m_knownNames << m_targetName << m_targetDetail;
            if (r.person) {
                m_knownNames << r.person->displayName();
            }
        } else {
            m_targetName = t.error().message;
        }
    }
    refresh();
    Q_EMIT targetChanged();
    checkModified();
}

void LineEditor::refresh()
{
    m_preview.clear();
    m_availability.clear();
    m_atSchoolNow = false;
    m_channelHint.clear();
    m_templateHint.clear();
    if (m_store && !m_targetId.isEmpty()) {
        auto t = m_store->resolve(m_targetKind, m_targetId);
        if (t) {
            const TemplateContext context = m_store->templateContext(t.value());
            m_preview = MessageTemplate::render(m_templateText, context);
            m_atSchoolNow = context.availability.atSchoolNow;
            m_availability = describeAvailability(context.availability, context.now);
            if (!t.value().person) {
                m_channelHint = tr("Nobody holds this function at the moment.");
            } else if (ChannelUrl::addressFor(m_channel, t.value().address()).isEmpty()) {
                m_channelHint = ChannelUrl::build(m_channel, {}, {}).error().message;
            }
            if (MessageTemplate::usesTime(m_templateText) && !context.availability.known()) {
                m_templateHint = tr("This partner has no regular hours at school: {dag} reads “soon” and {tijd} "
                                    "stays empty.");
            }
        }
    } else {
        m_preview = m_templateText;
    }
    const QStringList unknown = MessageTemplate::unknownPlaceholders(m_templateText);
    if (!unknown.isEmpty()) {
        m_templateHint = tr("Unknown placeholder: {%1}. Use one of the buttons below.").arg(unknown.first());
    }
    const QString word = PrivacyHint::suspectedPupilName(m_templateText, m_knownNames);
    m_privacyHint = word.isEmpty() ? QString() : PrivacyHint::message(word);
    Q_EMIT previewChanged();
}

bool LineEditor::save()
{
    if (!m_store) {
        return false;
    }
    QuickLine q;
    if (!m_lineId.isEmpty()) {
        auto existing = QuickLineRepository(m_store->db()).get(m_lineId);
        if (existing && existing.value()) {
            q = *existing.value();
        }
    } else {
        q.origin = Origin::Personal;
    }
    q.targetKind = m_targetKind;
    q.targetId = m_targetId;
    q.channel = m_channel;
    q.label = m_label.trimmed();
    q.templateText = m_templateText;
    QString savedId;
    Database &db = m_store->db();
    // A teacher's change to one of the school's lines becomes the teacher's own line,
    // taking the school line's place on the home screen; the school's line stays as it is.
    const QString replaced = q.origin == Origin::School && !m_store->canEditSchoolList() ? q.id : QString();
    if (!replaced.isEmpty()) {
        q.id.clear();
        q.origin = Origin::Personal;
        q.rowVersion = 0;
        q.pinnedOrder.reset();
        q.lastUsedAt.reset();
    }
    const Status s = db.write([&]() -> Status {
        QuickLineRepository lines(db);
        auto id = lines.save(q);
        if (!id) {
            return id.error();
        }
        savedId = id.value();
        if (!replaced.isEmpty()) {
            auto pinned = lines.pinned();
            if (!pinned) {
                return pinned.error();
            }
            QStringList order;
            for (const QuickLine &p : pinned.value()) {
                order << (p.id == replaced ? savedId : p.id);
            }
            if (auto r = lines.setPinned(replaced, false); !r) {
                return r;
            }
            if (m_pinned && order.contains(savedId)) {
                if (auto r = lines.setPinned(savedId, true); !r) {
                    return r;
                }
                return lines.reorderPinned(order);
            }
        }
        return lines.setPinned(savedId, m_pinned);
    });
    if (!s) {
        setError(s.error().message);
        return false;
    }
    setError({});
    m_lineId = savedId;
    m_origin = q.origin;
    Q_EMIT ownershipChanged();
    m_label = q.label;
    markSaved();
    Q_EMIT lineIdChanged();
    m_store->notifyLinesChanged();
    Q_EMIT saved(savedId);
    return true;
}

bool LineEditor::remove()
{
    if (!m_store || m_lineId.isEmpty()) {
        return false;
    }
    QuickLineRepository lines(m_store->db());
    if (m_origin == Origin::School && !m_store->canEditSchoolList()) {
        // The school's lines stay in the school's list; on this phone it leaves home.
        if (auto s = lines.setPinned(m_lineId, false); !s) {
            setError(s.error().message);
            return false;
        }
        m_store->say(tr("This line comes from the school and stays in the list; it is no longer on your home screen."));
        m_store->notifyLinesChanged();
        return true;
    }
    if (auto s = lines.remove(m_lineId); !s) {
        setError(s.error().message);
        return false;
    }
    m_lineId.clear();
    Q_EMIT lineIdChanged();
    m_store->notifyLinesChanged();
    return true;
}
