#include "searchmodel.h"

#include "rebind.h"
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

using namespace kl;

SearchModel::SearchModel(QObject *parent) : QAbstractListModel(parent) { }

void SearchModel::setStore(AppStore *store)
{
    if (!rebind(m_store, store, this, &SearchModel::reload, &AppStore::partnersChanged, &AppStore::languageChanged)) {
        return;
    }
    reload();
    Q_EMIT storeChanged();
}

void SearchModel::setQuery(const QString &query)
{
    if (m_query == query) {
        return;
    }
    m_query = query;
    reload();
    Q_EMIT queryChanged();
}

void SearchModel::setIncludeOrganisations(bool include)
{
    if (m_includeOrganisations == include) {
        return;
    }
    m_includeOrganisations = include;
    reload();
    Q_EMIT includeOrganisationsChanged();
}

void SearchModel::setLimit(int limit)
{
    limit = std::clamp(limit, 1, 500);
    if (m_limit == limit) {
        return;
    }
    m_limit = limit;
    reload();
    Q_EMIT limitChanged();
}

void SearchModel::reload()
{
    if (!m_completed) {
        return;
    }
    QList<SearchHit> hits;
    if (m_store && !m_query.trimmed().isEmpty()) {
        auto found = SearchIndex(m_store->db()).search(m_query, m_includeOrganisations ? m_limit : m_limit * 2);
        if (!found) {
            qCWarning(lcApp) << "search:" << found.error().message;
        } else {
            for (const SearchHit &h : found.value()) {
                if (!m_includeOrganisations && h.kind == TargetKind::Organisation) {
                    continue;
                }
                hits << h;
                if (hits.size() >= m_limit) {
                    break;
                }
            }
        }
    }
    const int before = count();
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
    if (before != count()) {
        Q_EMIT countChanged();
    }
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return h.title;
    case KindRole:
        return static_cast<int>(h.kind);
    case IdRole:
        return h.id;
    case SubtitleRole:
        return h.subtitle;
    case InitialsRole: {
        if (h.kind == TargetKind::Person) {
            Person p;
            const int space = h.title.indexOf(QLatin1Char(' '));
            p.givenName = space < 0 ? h.title : h.title.left(space);
            p.familyName = space < 0 ? QString() : h.title.mid(space + 1);
            return p.initials();
        }
        return h.title.isEmpty() ? QString() : QString(h.title.front().toUpper());
    }
    case PersonalRole:
        return h.origin == Origin::Personal;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {
        { KindRole, "kind" },
        { IdRole, "targetId" },
        { TitleRole, "title" },
        { SubtitleRole, "subtitle" },
        { InitialsRole, "initials" },
        { PersonalRole, "personal" },
    };
}
