// Search as you type over the school's and my own partners (organisations, functions,
// persons), diacritics-blind through the core index. Every keystroke re-queries: the
// index answers in milliseconds even at 100k contacts (see kl-bench-app).
#pragma once

#include "appstore.h"
#include "searchindex.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>

class SearchModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    // Quick lines aim at functions and persons only: the line editor hides organisations.
    Q_PROPERTY(bool includeOrganisations READ includeOrganisations WRITE setIncludeOrganisations NOTIFY
            includeOrganisationsChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,
        TitleRole,
        SubtitleRole,
        InitialsRole,
        PersonalRole,
    };
    Q_ENUM(Role)

    explicit SearchModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] bool includeOrganisations() const { return m_includeOrganisations; }
    void setIncludeOrganisations(bool include);
    [[nodiscard]] int limit() const { return m_limit; }
    void setLimit(int limit);
    [[nodiscard]] int count() const { return int(m_hits.size()); }

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
    void queryChanged();
    void includeOrganisationsChanged();
    void limitChanged();
    void countChanged();

private:
    QPointer<AppStore> m_store;
    bool m_completed = true;
    QString m_query;
    bool m_includeOrganisations = true;
    int m_limit = 50;
    QList<kl::SearchHit> m_hits;
};
