#include "quicklinemodel.h"

#include "quicklinerepository.h"
#include "rebind.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

using namespace kl;

QuickLineModel::QuickLineModel(QObject *parent) : QAbstractListModel(parent) { }

void QuickLineModel::setStore(AppStore *store)
{
    if (!rebind(m_store, store, this, &QuickLineModel::reload, &AppStore::linesChanged, &AppStore::clockChanged, &AppStore::languageChanged)) {
        return;
    }
    reload();
    Q_EMIT storeChanged();
}

void QuickLineModel::setMode(Mode mode)
{
    if (m_mode == mode) {
        return;
    }
    m_mode = mode;
    reload();
    Q_EMIT modeChanged();
}

void QuickLineModel::setPartnerKind(int kind)
{
    if (kind == partnerKind()) {
        return;
    }
    m_partnerKind = static_cast<TargetKind>(kind);
    reload();
    Q_EMIT partnerChanged();
}

void QuickLineModel::setPartnerId(const QString &id)
{
    if (id == m_partnerId) {
        return;
    }
    m_partnerId = id;
    reload();
    Q_EMIT partnerChanged();
}

bool QuickLineModel::reachesPartner(const Row &row) const
{
    switch (m_partnerKind) {
    case TargetKind::Organisation: return !m_partnerId.isEmpty() && row.organisationId == m_partnerId;
    case TargetKind::Function: return !m_partnerId.isEmpty() && row.functionId == m_partnerId;
    case TargetKind::Person:
        return row.line.targetKind == TargetKind::Person && row.line.targetId == m_partnerId;
    }
    return false;
}

QuickLineModel::Row QuickLineModel::makeRow(const QuickLine &line) const
{
    Row r;
    r.line = line;
    auto target = m_store->resolve(line.targetKind, line.targetId);
    if (!target) {
        r.targetName = target.error().message;
        return r;
    }
    const ResolvedTarget &t = target.value();
    r.targetName = t.displayName();
    r.initials = t.initials();
    r.functionTitle = t.function ? t.function->title : QString();
    r.organisationName = t.organisation ? t.organisation->name : QString();
    r.functionId = t.function ? t.function->id : QString();
    r.organisationId = t.organisation ? t.organisation->id : QString();
    const TemplateContext context = m_store->templateContext(t);
    r.message = MessageTemplate::render(line.templateText, context);
    r.atSchoolNow = context.availability.atSchoolNow;
    r.availability = describeAvailability(context.availability, context.now);
    r.available = t.person.has_value() && !ChannelUrl::addressFor(line.channel, t.address()).isEmpty();
    return r;
}

void QuickLineModel::reload()
{
    if (!m_completed) {
        return;
    }
    if (m_suppressReload) {
        return;
    }
    QList<Row> rows;
    if (m_store) {
        QuickLineRepository repo(m_store->db());
        auto lines = m_mode == Pinned ? repo.pinned() : m_mode == Recent ? repo.recentlyUsed(5) : repo.list();
        if (!lines) {
            qCWarning(lcApp) << "lines:" << lines.error().message;
        } else {
            for (const QuickLine &q : lines.value()) {
                Row r = makeRow(q);
                if (m_mode != Partner || reachesPartner(r)) {
                    rows << std::move(r);
                }
            }
        }
    }
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != count()) {
        Q_EMIT countChanged();
    }
}

int QuickLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QuickLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return r.line.label;
    case IdRole:
        return r.line.id;
    case ChannelRole:
        return static_cast<int>(r.line.channel);
    case TargetKindRole:
        return static_cast<int>(r.line.targetKind);
    case TargetIdRole:
        return r.line.targetId;
    case TargetNameRole:
        return r.targetName;
    case InitialsRole:
        return r.initials;
    case FunctionTitleRole:
        return r.functionTitle;
    case OrganisationNameRole:
        return r.organisationName;
    case MessageRole:
        return r.message;
    case PinnedRole:
        return r.line.pinnedOrder.has_value();
    case AtSchoolNowRole:
        return r.atSchoolNow;
    case AvailabilityRole:
        return r.availability;
    case AvailableRole:
        return r.available;
    case LastUsedRole:
        return r.line.lastUsedAt ? QVariant(r.line.lastUsedAt->toLocalTime()) : QVariant();
    default:
        return {};
    }
}

QHash<int, QByteArray> QuickLineModel::roleNames() const
{
    return {
        { IdRole, "lineId" },
        { LabelRole, "label" },
        { ChannelRole, "channel" },
        { TargetKindRole, "targetKind" },
        { TargetIdRole, "targetId" },
        { TargetNameRole, "targetName" },
        { InitialsRole, "initials" },
        { FunctionTitleRole, "functionTitle" },
        { OrganisationNameRole, "organisationName" },
        { MessageRole, "message" },
        { PinnedRole, "pinned" },
        { AtSchoolNowRole, "atSchoolNow" },
        { AvailabilityRole, "availability" },
        { AvailableRole, "available" },
        { LastUsedRole, "lastUsed" },
    };
}

QString QuickLineModel::open(int row)
{
    if (!m_store || row < 0 || row >= count()) {
        return {};
    }
    return m_store->openLine(m_rows.at(row).line.id);
}

bool QuickLineModel::setPinned(const QString &id, bool pinned)
{
    if (!m_store) {
        return false;
    }
    if (auto s = QuickLineRepository(m_store->db()).setPinned(id, pinned); !s) {
        m_store->say(s.error().message);
        return false;
    }
    m_store->notifyLinesChanged();
    return true;
}

bool QuickLineModel::movePinned(int from, int to)
{
    if (!m_store || m_mode != Pinned || from < 0 || to < 0 || from >= count() || to >= count() || from == to) {
        return false;
    }
    QStringList ids;
    for (const Row &r : std::as_const(m_rows)) {
        ids << r.line.id;
    }
    ids.move(from, to);
    if (auto s = QuickLineRepository(m_store->db()).reorderPinned(ids); !s) {
        m_store->say(s.error().message);
        return false;
    }
    // Move the row in place (no reset), so the list animates and keeps focus.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_rows.move(from, to);
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].line.pinnedOrder = i;
    }
    endMoveRows();
    // Other views of the lines (the lines screen) follow.
    m_suppressReload = true;
    m_store->notifyLinesChanged();
    m_suppressReload = false;
    return true;
}

bool QuickLineModel::remove(const QString &id)
{
    if (!m_store) {
        return false;
    }
    if (auto s = QuickLineRepository(m_store->db()).remove(id); !s) {
        m_store->say(s.error().message);
        return false;
    }
    m_store->notifyLinesChanged();
    return true;
}

int QuickLineModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).line.id == id) {
            return i;
        }
    }
    return -1;
}
