#include "todaymodel.h"

#include "presencerepository.h"
#include "rebind.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

using namespace kl;

TodayModel::TodayModel(QObject *parent) : QAbstractListModel(parent) { }

void TodayModel::setStore(AppStore *store)
{
    if (!rebind(m_store, store, this, &TodayModel::reload, &AppStore::partnersChanged, &AppStore::clockChanged, &AppStore::languageChanged)) {
        return;
    }
    reload();
    Q_EMIT storeChanged();
}

void TodayModel::reload()
{
    if (!m_completed) {
        return;
    }
    QList<Row> rows;
    if (m_store) {
        const QDateTime now = m_store->now();
        auto entries = PresenceRepository(m_store->db()).on(now.date(), m_locationId);
        if (!entries) {
            qCWarning(lcApp) << "today:" << entries.error().message;
        } else {
            for (const PresenceEntry &e : entries.value()) {
                Row r;
                const Presence &p = e.presence;
                if (!p.personId.isEmpty()) {
                    r.targetKind = static_cast<int>(TargetKind::Person);
                    r.targetId = p.personId;
                } else if (!p.functionId.isEmpty()) {
                    r.targetKind = static_cast<int>(TargetKind::Function);
                    r.targetId = p.functionId;
                } else {
                    r.targetKind = static_cast<int>(TargetKind::Organisation);
                    r.targetId = p.organisationId;
                }
                r.name = e.personName.isEmpty() ? (e.functionTitle.isEmpty() ? e.organisationName : e.functionTitle)
                                                : e.personName;
                Person initialsOf;
                const int space = r.name.indexOf(QLatin1Char(' '));
                initialsOf.givenName = space < 0 ? r.name : r.name.left(space);
                initialsOf.familyName = space < 0 ? QString() : r.name.mid(space + 1);
                r.initials = initialsOf.initials();
                r.functionTitle = e.functionTitle;
                r.organisationName = e.organisationName;
                r.time = QStringLiteral("%1–%2").arg(p.start.toString(QStringLiteral("H:mm")),
                    p.end.toString(QStringLiteral("H:mm")));
                r.room = p.room;
                r.now = p.isAt(now);
                r.past = now.time() >= p.end;
                rows << r;
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

int TodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case TargetKindRole:
        return r.targetKind;
    case TargetIdRole:
        return r.targetId;
    case InitialsRole:
        return r.initials;
    case FunctionTitleRole:
        return r.functionTitle;
    case OrganisationNameRole:
        return r.organisationName;
    case TimeRole:
        return r.time;
    case RoomRole:
        return r.room;
    case NowRole:
        return r.now;
    case PastRole:
        return r.past;
    default:
        return {};
    }
}

QHash<int, QByteArray> TodayModel::roleNames() const
{
    return {
        { TargetKindRole, "targetKind" },
        { TargetIdRole, "targetId" },
        { NameRole, "name" },
        { InitialsRole, "initials" },
        { FunctionTitleRole, "functionTitle" },
        { OrganisationNameRole, "organisationName" },
        { TimeRole, "time" },
        { RoomRole, "room" },
        { NowRole, "now" },
        { PastRole, "past" },
    };
}
