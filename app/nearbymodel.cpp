#include "nearbymodel.h"

#include "organisationrepository.h"
#include "rebind.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

using namespace kl;

NearbyModel::NearbyModel(QObject *parent) : QAbstractListModel(parent) { }

void NearbyModel::setStore(AppStore *store)
{
    if (!rebind(m_store, store, this, &NearbyModel::reload, &AppStore::partnersChanged, &AppStore::languageChanged)) {
        return;
    }
    reload();
    Q_EMIT storeChanged();
}

void NearbyModel::setWhereabouts(Whereabouts *whereabouts)
{
    if (!rebind(m_whereabouts, whereabouts, this, &NearbyModel::reload, &Whereabouts::changed)) {
        return;
    }
    reload();
    Q_EMIT whereaboutsChanged();
}

void NearbyModel::reload()
{
    if (!m_completed) {
        return;
    }
    QList<Row> rows;
    const auto here = m_whereabouts ? m_whereabouts->origin() : std::nullopt;
    if (m_store && here) {
        auto organisations = OrganisationRepository(m_store->db()).list();
        if (!organisations) {
            qCWarning(lcApp) << "nearby:" << organisations.error().message;
        } else {
            QHash<QString, const Organisation *> byId;
            for (const Organisation &o : organisations.value()) {
                byId.insert(o.id, &o);
            }
            for (const geo::Nearby &n : geo::byDistance(*here, organisations.value())) {
                const Organisation &o = *byId.value(n.id);
                Row r;
                r.id = o.id;
                r.name = o.name;
                r.category = categories::label(o.category);
                r.address = o.street;
                r.metres = n.metres;
                r.personal = o.origin == Origin::Personal;
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

int NearbyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NearbyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case OrganisationIdRole:
        return r.id;
    case CategoryRole:
        return r.category;
    case AddressRole:
        return r.address;
    case DistanceRole:
        return geo::formatDistance(r.metres);
    case MetresRole:
        return r.metres;
    case PersonalRole:
        return r.personal;
    }
    return {};
}

QHash<int, QByteArray> NearbyModel::roleNames() const
{
    return {
        { OrganisationIdRole, "organisationId" },
        { NameRole, "name" },
        { CategoryRole, "category" },
        { AddressRole, "address" },
        { DistanceRole, "distance" },
        { MetresRole, "metres" },
        { PersonalRole, "personal" },
    };
}
