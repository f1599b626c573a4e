// Services built in main.cpp reach QML as singletons (KDE Itinerary's pattern):
// declarative, visible to qmllint and the QML compiler, owned by C++. main.cpp sets
// `instance` before the engine loads anything.
#pragma once

#include "appsettings.h"
#include "appstore.h"
#include "schoolconnection.h"
#include "whereabouts.h"

#include <QJSEngine>
#include <QQmlEngine>

struct AppStoreForeign
{
    Q_GADGET
    QML_FOREIGN(AppStore)
    QML_NAMED_ELEMENT(Store)
    QML_SINGLETON
public:
    static AppStore *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT(instance);
        QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
        return instance;
    }
    static inline AppStore *instance = nullptr;
};

struct AppSettingsForeign
{
    Q_GADGET
    QML_FOREIGN(AppSettings)
    QML_NAMED_ELEMENT(Settings)
    QML_SINGLETON
public:
    static AppSettings *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT(instance);
        QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
        return instance;
    }
    static inline AppSettings *instance = nullptr;
};

struct SchoolConnectionForeign
{
    Q_GADGET
    QML_FOREIGN(SchoolConnection)
    QML_NAMED_ELEMENT(Connection)
    QML_SINGLETON
public:
    static SchoolConnection *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT(instance);
        QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
        return instance;
    }
    static inline SchoolConnection *instance = nullptr;
};

struct WhereaboutsForeign
{
    Q_GADGET
    QML_FOREIGN(Whereabouts)
    QML_NAMED_ELEMENT(Here)
    QML_SINGLETON
public:
    static Whereabouts *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT(instance);
        QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
        return instance;
    }
    static inline Whereabouts *instance = nullptr;
};
