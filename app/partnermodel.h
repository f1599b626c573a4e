// The partner list: the school's partners (one row per function, shown with its current
// holder) and my own (personal persons), by category or A-Z, each with initials, function,
// organisation, a present-today marker and my star.
#pragma once

#include "appstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>

class PartnerModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(Scope scope READ scope WRITE setScope NOTIFY scopeChanged)
    Q_PROPERTY(Order order READ order WRITE setOrder NOTIFY orderChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Scope { School, Mine, Starred };
    Q_ENUM(Scope)
    enum Order { ByCategory, Alphabetical };
    Q_ENUM(Order)
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,
        NameRole,
        InitialsRole,
        FunctionTitleRole,
        OrganisationNameRole,
        CategoryRole,
        SectionRole,
        PresentTodayRole,
        StarredRole,
        PersonalRole,
        VacantRole,
        FaceRole,
    };
    Q_ENUM(Role)

    explicit PartnerModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] Scope scope() const { return m_scope; }
    void setScope(Scope scope);
    [[nodiscard]] Order order() const { return m_order; }
    void setOrder(Order order);
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int indexOf(const QString &id) const;
    Q_INVOKABLE bool setStarred(int row, bool starred);

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
    void scopeChanged();
    void orderChanged();
    void countChanged();

private:
    struct Row
    {
        kl::TargetKind kind = kl::TargetKind::Function;
        QString id;
        QString personId;
        QString functionId;
        QString name;
        QString initials;
        QString functionTitle;
        QString organisationName;
        int categoryIndex = 0;
        QString category;
        QString sortKey;
        bool presentToday = false;
        bool starred = false;
        bool personal = false;
        bool vacant = false;
        QString face;
    };
    [[nodiscard]] QString section(const Row &row) const;

    QPointer<AppStore> m_store;
    bool m_completed = true;
    Scope m_scope = School;
    Order m_order = ByCategory;
    QList<Row> m_rows;
};
