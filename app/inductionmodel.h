// "Nieuw op school: maak kennis met je partners": the school's induction path as cards,
// one per step, with face, what to ask them, when they are in the building, who owns them
// inside school, and the teacher's "kennisgemaakt" tick. Ticks stay on this phone
// (InductionRepository); the progress ("7 van 12") counts the steps that still exist.
#pragma once

#include "appstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>

class InductionModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int count READ count NOTIFY progressChanged)
    Q_PROPERTY(int done READ done NOTIFY progressChanged)
    // A path exists and not every step is ticked: Home shows the entry.
    Q_PROPERTY(bool open READ isOpen NOTIFY progressChanged)

public:
    enum Role {
        StepIdRole = Qt::UserRole + 1,
        TargetKindRole,
        TargetIdRole,
        NameRole,
        InitialsRole,
        FaceRole,
        FunctionTitleRole,
        OrganisationNameRole,
        WhyRole,
        AvailabilityRole,
        AtSchoolNowRole,
        OwnerRoleRole,
        OwnerContactRole,
        TickedRole,
    };
    Q_ENUM(Role)

    explicit InductionModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int done() const;
    [[nodiscard]] bool isOpen() const { return count() > 0 && done() < count(); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // "Kennisgemaakt": stored on this phone only. False (and a message) when it could not.
    Q_INVOKABLE bool setTicked(int row, bool ticked);

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
    void progressChanged();

private:
    struct Row
    {
        QString stepId;
        int targetKind = 0;
        QString targetId;
        QString name;
        QString initials;
        QString face;
        QString functionTitle;
        QString organisationName;
        QString why;
        QString availability;
        bool atSchoolNow = false;
        QString ownerRole;
        QString ownerContact;
        bool ticked = false;
    };

    QPointer<AppStore> m_store;
    bool m_completed = true;
    bool m_ticking = false;
    QList<Row> m_rows;
};
