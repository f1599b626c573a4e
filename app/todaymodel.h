// "Vandaag op school": who is in the building today, by start time, with room.
#pragma once

#include "appstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>

class TodayModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Only who is at this school location (and those booked for every location); empty: all.
    Q_PROPERTY(QString locationId READ locationId WRITE setLocationId NOTIFY locationIdChanged)

public:
    enum Role {
        TargetKindRole = Qt::UserRole + 1,
        TargetIdRole,
        NameRole,
        InitialsRole,
        FunctionTitleRole,
        OrganisationNameRole,
        TimeRole,
        RoomRole,
        NowRole,
        PastRole,
    };
    Q_ENUM(Role)

    explicit TodayModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QString locationId() const { return m_locationId; }
    void setLocationId(const QString &id)
    {
        if (id == m_locationId) {
            return;
        }
        m_locationId = id;
        reload();
        Q_EMIT locationIdChanged();
    }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Created from QML, the model loads once, after all its properties are set.
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
    void countChanged();
    void locationIdChanged();

private:
    struct Row
    {
        int targetKind = 0;
        QString targetId;
        QString name;
        QString initials;
        QString functionTitle;
        QString organisationName;
        QString time;
        QString room;
        bool now = false;
        bool past = false;
    };
    QPointer<AppStore> m_store;
    QString m_locationId;
    bool m_completed = true;
    QList<Row> m_rows;
};
