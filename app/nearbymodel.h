// "Dichtbij": the partner organisations nearest first, with the distance from where the
// teacher is (Whereabouts: the position when asked, else the chosen school location).
// Organisations without coordinates are left out.
#pragma once

#include "appstore.h"
#include "whereabouts.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>

class NearbyModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(Whereabouts *whereabouts READ whereabouts WRITE setWhereabouts NOTIFY whereaboutsChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        OrganisationIdRole = Qt::UserRole + 1,
        NameRole,
        CategoryRole,
        AddressRole,
        DistanceRole, // "350 m", "2,4 km"
        MetresRole,
        PersonalRole,
    };
    Q_ENUM(Role)

    explicit NearbyModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] Whereabouts *whereabouts() const { return m_whereabouts; }
    void setWhereabouts(Whereabouts *whereabouts);
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void classBegin() override { m_completed = false; }
    void componentComplete() override
    {
        m_completed = true;
        reload();
    }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void storeChanged();
    void whereaboutsChanged();
    void countChanged();

private:
    struct Row
    {
        QString id;
        QString name;
        QString category;
        QString address;
        double metres = 0;
        bool personal = false;
    };
    QPointer<AppStore> m_store;
    QPointer<Whereabouts> m_whereabouts;
    bool m_completed = true;
    QList<Row> m_rows;
};
