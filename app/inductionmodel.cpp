#include "inductionmodel.h"

#include "availability.h"
#include "faceprovider.h"
#include "inductionrepository.h"
#include "rebind.h"
#include "schoolowner.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

using namespace kl;

InductionModel::InductionModel(QObject *parent) : QAbstractListModel(parent) { }

void InductionModel::setStore(AppStore *store)
{
    if (!rebind(m_store, store, this, &InductionModel::reload, &AppStore::partnersChanged, &AppStore::clockChanged,
            &AppStore::languageChanged, &AppStore::inductionChanged)) {
        return;
    }
    reload();
    Q_EMIT storeChanged();
}

int InductionModel::done() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.ticked; }));
}

void InductionModel::reload()
{
    if (!m_completed || m_ticking) {
        return;
    }
    QList<Row> rows;
    if (m_store) {
        Database &db = m_store->db();
        auto steps = InductionRepository(db).steps();
        if (!steps) {
            qCWarning(lcApp) << "induction:" << steps.error().message;
        } else {
            const QDateTime now = m_store->now();
            for (const InductionStep &s : steps.value()) {
                auto target = m_store->resolve(s.targetKind, s.targetId);
                if (!target) {
                    continue; // a partner that went: its step goes with it
                }
                const ResolvedTarget &t = target.value();
                Row r;
                r.stepId = s.id;
                r.targetKind = static_cast<int>(s.targetKind);
                r.targetId = s.targetId;
                r.name = t.displayName();
                r.initials = t.initials();
                r.face = t.person ? FaceImageProvider::urlFor(t.person->id, t.person->photo) : QString();
                r.functionTitle = t.function && s.targetKind == TargetKind::Function ? t.function->title : QString();
                r.organisationName = t.organisation ? t.organisation->name : QString();
                r.why = s.why;
                if (auto windows = presenceFor(db, s.targetKind, s.targetId); windows) {
                    const Availability a = nextAvailability(windows.value(), now);
                    r.atSchoolNow = a.atSchoolNow;
                    r.availability = describeAvailability(a, now);
                }
                if (t.organisation) {
                    const SchoolOwner owner = schoolOwnerOf(db, *t.organisation);
                    r.ownerRole = owner.role;
                    r.ownerContact = owner.contact;
                }
                r.ticked = s.ticked;
                rows << r;
            }
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT progressChanged();
}

bool InductionModel::setTicked(int row, bool ticked)
{
    if (!m_store || row < 0 || row >= count()) {
        return false;
    }
    if (const Status s = InductionRepository(m_store->db()).setTicked(m_rows.at(row).stepId, ticked); !s) {
        m_store->say(s.error().message);
        return false;
    }
    m_rows[row].ticked = ticked;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, { TickedRole });
    Q_EMIT progressChanged();
    // Other views of the path (Home's entry) reload; this one keeps its rows (and scroll).
    m_ticking = true;
    m_store->notifyInductionChanged();
    m_ticking = false;
    return true;
}

int InductionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InductionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case StepIdRole: return r.stepId;
    case TargetKindRole: return r.targetKind;
    case TargetIdRole: return r.targetId;
    case InitialsRole: return r.initials;
    case FaceRole: return r.face;
    case FunctionTitleRole: return r.functionTitle;
    case OrganisationNameRole: return r.organisationName;
    case WhyRole: return r.why;
    case AvailabilityRole: return r.availability;
    case AtSchoolNowRole: return r.atSchoolNow;
    case OwnerRoleRole: return r.ownerRole;
    case OwnerContactRole: return r.ownerContact;
    case TickedRole: return r.ticked;
    default: return {};
    }
}

QHash<int, QByteArray> InductionModel::roleNames() const
{
    return { { StepIdRole, "stepId" }, { TargetKindRole, "targetKind" }, { TargetIdRole, "targetId" }, { NameRole, "name" },
        { InitialsRole, "initials" }, { FaceRole, "face" }, { FunctionTitleRole, "functionTitle" },
        { OrganisationNameRole, "organisationName" }, { WhyRole, "why" }, { AvailabilityRole, "availability" },
        { AtSchoolNowRole, "atSchoolNow" }, { OwnerRoleRole, "ownerRole" }, { OwnerContactRole, "ownerContact" },
        { TickedRole, "ticked" } };
}
