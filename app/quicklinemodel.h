// Quick message lines for the home screen (pinned, recently used) and the lines screen
// (all). Each row carries the rendered message and the partner's availability, so the
// button can say "not at school now, next: tomorrow 8:30" before the teacher taps.
#pragma once

#include "appstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>

class QuickLineModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Partner mode: the lines that reach this organisation (any of its people) or function.
    Q_PROPERTY(int partnerKind READ partnerKind WRITE setPartnerKind NOTIFY partnerChanged)
    Q_PROPERTY(QString partnerId READ partnerId WRITE setPartnerId NOTIFY partnerChanged)

public:
    enum Mode { Pinned, Recent, All, Partner };
    Q_ENUM(Mode)
    enum Role {
        IdRole = Qt::UserRole + 1,
        LabelRole,
        ChannelRole,
        TargetKindRole,
        TargetIdRole,
        TargetNameRole,
        InitialsRole,
        FunctionTitleRole,
        OrganisationNameRole,
        MessageRole,
        PinnedRole,
        AtSchoolNowRole,
        AvailabilityRole,
        AvailableRole,
        LastUsedRole,
    };
    Q_ENUM(Role)

    explicit QuickLineModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int partnerKind() const { return static_cast<int>(m_partnerKind); }
    void setPartnerKind(int kind);
    [[nodiscard]] QString partnerId() const { return m_partnerId; }
    void setPartnerId(const QString &id);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // One tap: opens the channel. Returns an error text, empty on success.
    Q_INVOKABLE QString open(int row);
    Q_INVOKABLE bool setPinned(const QString &id, bool pinned);
    // Moves a pinned line (Pinned mode rows) and stores the new order.
    Q_INVOKABLE bool movePinned(int from, int to);
    Q_INVOKABLE bool remove(const QString &id);
    Q_INVOKABLE int indexOf(const QString &id) const;

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
    void modeChanged();
    void countChanged();
    void partnerChanged();

private:
    struct Row
    {
        kl::QuickLine line;
        QString targetName;
        QString initials;
        QString functionTitle;
        QString organisationName;
        QString message;
        bool atSchoolNow = false;
        bool available = false;
        QString availability;
        QString functionId; // the function the line reaches (directly or through its person)
        QString organisationId;
    };
    [[nodiscard]] bool reachesPartner(const Row &row) const;
    [[nodiscard]] Row makeRow(const kl::QuickLine &line) const;

    QPointer<AppStore> m_store;
    bool m_completed = true;
    Mode m_mode = Pinned;
    kl::TargetKind m_partnerKind = kl::TargetKind::Organisation;
    QString m_partnerId;
    bool m_suppressReload = false;
    QList<Row> m_rows;
};
