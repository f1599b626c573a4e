#include "partnermodel.h"

#include "faceprovider.h"
#include "rebind.h"

#include "noterepository.h"
#include "presencerepository.h"
#include "textfold.h"

#include <QCollator>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

using namespace kl;

namespace {

QString starKey(TargetKind kind, const QString &id)
{
    return targetKindKey(kind) + QLatin1Char(':') + id;
}

} // namespace

PartnerModel::PartnerModel(QObject *parent) : QAbstractListModel(parent) { }

void PartnerModel::setStore(AppStore *store)
{
    if (!rebind(m_store, store, this, &PartnerModel::reload, &AppStore::partnersChanged, &AppStore::languageChanged)) {
        return;
    }
    reload();
    Q_EMIT storeChanged();
}

void PartnerModel::setScope(Scope scope)
{
    if (m_scope == scope) {
        return;
    }
    m_scope = scope;
    reload();
    Q_EMIT scopeChanged();
}

void PartnerModel::setOrder(Order order)
{
    if (m_order == order) {
        return;
    }
    m_order = order;
    reload();
    Q_EMIT orderChanged();
}

void PartnerModel::reload()
{
    if (!m_completed) {
        return;
    }
    QList<Row> rows;
    if (m_store) {
        Database &db = m_store->db();
        const QList<Category> categoryOrder = categories::all();
        QSet<QString> starred;
        if (auto s = NoteRepository(db).starred(); s) {
            for (const auto &[kind, id] : s.value()) {
                starred.insert(starKey(kind, id));
            }
        }
        QSet<QString> presentIds; // function and person ids present today
        if (auto today = PresenceRepository(db).on(m_store->now().date()); today) {
            for (const PresenceEntry &e : today.value()) {
                presentIds.insert(e.presence.functionId);
                presentIds.insert(e.presence.personId);
            }
            presentIds.remove(QString());
        }
        // School partners are functions (lines and hand-overs hang on them); my own are
        // persons, with the title of a function they hold, if any. A school person who
        // never held a function is a plain contact and listed as a person too.
        auto q = db.run(QStringLiteral(
            "SELECT 1, f.id, f.origin, f.title, o.name, o.category, coalesce(p.id, ''),"
            " coalesce(p.given_name, ''), coalesce(p.family_name, ''), f.id, p.photo "
            "FROM functions f JOIN organisations o ON o.id = f.organisation_id AND o.deleted = 0"
            " LEFT JOIN holdings h ON h.function_id = f.id AND h.until IS NULL AND h.deleted = 0"
            " LEFT JOIN persons p ON p.id = h.person_id AND p.deleted = 0 "
            "WHERE f.deleted = 0 AND f.origin = 0 "
            "UNION ALL "
            "SELECT 2, p.id, p.origin,"
            " coalesce((SELECT f.title FROM holdings h JOIN functions f ON f.id = h.function_id AND f.deleted = 0"
            "   WHERE h.person_id = p.id AND h.until IS NULL AND h.deleted = 0 LIMIT 1), ''),"
            " coalesce(o.name, ''), coalesce(o.category, ''), p.id, p.given_name, p.family_name,"
            " coalesce((SELECT h.function_id FROM holdings h"
            "   WHERE h.person_id = p.id AND h.until IS NULL AND h.deleted = 0 LIMIT 1), ''), p.photo "
            "FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id AND o.deleted = 0 "
            "WHERE p.deleted = 0 AND (p.origin = 1 OR NOT EXISTS"
            " (SELECT 1 FROM holdings h WHERE h.person_id = p.id AND h.deleted = 0))"));
        if (!q) {
            qCWarning(lcApp) << "partners:" << q.error().message;
        } else {
            while (q.value().next()) {
                Row r;
                r.kind = static_cast<TargetKind>(q.value().value(0).toInt());
                r.id = q.value().value(1).toString();
                r.personal = q.value().value(2).toInt() == static_cast<int>(Origin::Personal);
                r.functionTitle = q.value().value(3).toString();
                r.organisationName = q.value().value(4).toString();
                const auto category = categories::fromKey(q.value().value(5).toString()).value_or(Category::Overig);
                r.categoryIndex = int(categoryOrder.indexOf(category));
                r.category = categories::label(category);
                r.personId = q.value().value(6).toString();
                r.functionId = q.value().value(9).toString();
                Person p;
                p.givenName = q.value().value(7).toString();
                p.familyName = q.value().value(8).toString();
                r.vacant = r.personId.isEmpty();
                r.name = r.vacant ? r.functionTitle : p.displayName();
                r.initials = r.vacant ? QString(r.functionTitle.front().toUpper()) : p.initials();
                r.sortKey = text::fold(r.name);
                r.face = FaceImageProvider::urlFor(r.personId, q.value().value(10).toByteArray());
                r.starred = starred.contains(starKey(r.kind, r.id));
                r.presentToday = presentIds.contains(r.personId) || presentIds.contains(r.functionId);
                const bool keep = m_scope == School ? !r.personal : m_scope == Mine ? r.personal : r.starred;
                if (keep) {
                    rows << r;
                }
            }
        }
        QCollator collator(QLocale(QLocale::Dutch, QLocale::Netherlands));
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
            if (m_order == ByCategory && a.categoryIndex != b.categoryIndex) {
                return a.categoryIndex < b.categoryIndex;
            }
            const int c = collator.compare(a.sortKey, b.sortKey);
            return c != 0 ? c < 0 : a.id < b.id;
        });
    }
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != count()) {
        Q_EMIT countChanged();
    }
}

QString PartnerModel::section(const Row &r) const
{
    if (m_order == ByCategory) {
        return r.category;
    }
    const QString letter = r.sortKey.left(1).toUpper();
    return letter.isEmpty() || !letter.front().isLetter() ? QStringLiteral("#") : letter;
}

int PartnerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PartnerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case KindRole:
        return static_cast<int>(r.kind);
    case IdRole:
        return r.id;
    case InitialsRole:
        return r.initials;
    case FaceRole:
        return r.face;
    case FunctionTitleRole:
        return r.vacant ? QString() : r.functionTitle;
    case OrganisationNameRole:
        return r.organisationName;
    case CategoryRole:
        return r.category;
    case SectionRole:
        return section(r);
    case PresentTodayRole:
        return r.presentToday;
    case StarredRole:
        return r.starred;
    case PersonalRole:
        return r.personal;
    case VacantRole:
        return r.vacant;
    default:
        return {};
    }
}

QHash<int, QByteArray> PartnerModel::roleNames() const
{
    return {
        { KindRole, "kind" },
        { IdRole, "targetId" },
        { NameRole, "name" },
        { InitialsRole, "initials" },
        { FaceRole, "face" },
        { FunctionTitleRole, "functionTitle" },
        { OrganisationNameRole, "organisationName" },
        { CategoryRole, "category" },
        { SectionRole, "section" },
        { PresentTodayRole, "presentToday" },
        { StarredRole, "starred" },
        { PersonalRole, "personal" },
        { VacantRole, "vacant" },
    };
}

int PartnerModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

bool PartnerModel::setStarred(int row, bool starred)
{
    if (!m_store || row < 0 || row >= count()) {
        return false;
    }
    const Row &r = m_rows.at(row);
    if (auto s = NoteRepository(m_store->db()).setStarred(r.kind, r.id, starred); !s) {
        m_store->say(s.error().message);
        return false;
    }
    m_store->notifyPartnersChanged();
    return true;
}
