// Add or edit one of my own partners (device only): name, organisation, role, numbers,
// e-mail. Validation happens before anything is written, and the whole save is one
// transaction: a bad phone number shows a clear message and stores nothing.
#pragma once

#include "appstore.h"

#include <QObject>
#include <QPointer>

class PersonEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
    Q_PROPERTY(QString givenName MEMBER m_givenName NOTIFY edited)
    Q_PROPERTY(QString familyName MEMBER m_familyName NOTIFY edited)
    Q_PROPERTY(QString organisationName MEMBER m_organisationName NOTIFY edited)
    Q_PROPERTY(QString functionTitle MEMBER m_functionTitle NOTIFY edited)
    Q_PROPERTY(QString mobile MEMBER m_mobile NOTIFY edited)
    Q_PROPERTY(QString whatsapp MEMBER m_whatsapp NOTIFY edited)
    Q_PROPERTY(QString landline MEMBER m_landline NOTIFY edited)
    Q_PROPERTY(QString email MEMBER m_email NOTIFY edited)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    // Which field the error is about ("mobile", "email", ...), for the form to highlight.
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)
    Q_PROPERTY(bool isNew READ isNew NOTIFY personIdChanged)

public:
    explicit PersonEditor(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString personId() const { return m_personId; }
    void setPersonId(const QString &id);
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] QString errorField() const { return m_errorField; }
    [[nodiscard]] bool isNew() const { return m_personId.isEmpty(); }

    Q_INVOKABLE bool save();
    Q_INVOKABLE bool remove();
    Q_INVOKABLE void clearError() { setError({}, {}); }

Q_SIGNALS:
    void storeChanged();
    void personIdChanged();
    void edited();
    void errorChanged();
    void saved(const QString &personId);

private:
    void load();
    void setError(const QString &field, const QString &message);

    QPointer<AppStore> m_store;
    QString m_personId;
    QString m_organisationId;
    QString m_functionId;
    QString m_givenName;
    QString m_familyName;
    QString m_organisationName;
    QString m_functionTitle;
    QString m_mobile;
    QString m_whatsapp;
    QString m_landline;
    QString m_email;
    QString m_errorString;
    QString m_errorField;
};
