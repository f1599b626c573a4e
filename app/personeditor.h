// Add or edit one of my own partners (device only): name, organisation, role, numbers,
// e-mail. Validation happens before anything is written, and the whole save is one
// transaction: a bad phone number shows a clear message and stores nothing.
//
// Data flows one way: the properties are what is stored (read-only, announced together by
// `loaded`); the form copies them into its fields once and hands every field back in one
// save(values) call. Nothing in the form binds a field to a property it also writes.
#pragma once

#include "appstore.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>

class PersonEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
    Q_PROPERTY(QString givenName READ givenName NOTIFY loaded)
    Q_PROPERTY(QString familyName READ familyName NOTIFY loaded)
    Q_PROPERTY(QString organisationName READ organisationName NOTIFY loaded)
    Q_PROPERTY(QString functionTitle READ functionTitle NOTIFY loaded)
    Q_PROPERTY(QString mobile READ mobile NOTIFY loaded)
    Q_PROPERTY(QString whatsapp READ whatsapp NOTIFY loaded)
    Q_PROPERTY(QString landline READ landline NOTIFY loaded)
    Q_PROPERTY(QString email READ email NOTIFY loaded)
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
    [[nodiscard]] QString givenName() const { return m_givenName; }
    [[nodiscard]] QString familyName() const { return m_familyName; }
    [[nodiscard]] QString organisationName() const { return m_organisationName; }
    [[nodiscard]] QString functionTitle() const { return m_functionTitle; }
    [[nodiscard]] QString mobile() const { return m_mobile; }
    [[nodiscard]] QString whatsapp() const { return m_whatsapp; }
    [[nodiscard]] QString landline() const { return m_landline; }
    [[nodiscard]] QString email() const { return m_email; }

    // The form's fields by property name (givenName, familyName, organisationName,
    // functionTitle, mobile, whatsapp, landline, email); a missing key is an empty field.
    Q_INVOKABLE bool save(const QVariantMap &values);
    // A new partner's starting values (a scanned contact card): shown, not stored.
    void prefill(const QVariantMap &values);
    // What is stored (or prefilled), in the same shape save() takes.
    [[nodiscard]] QVariantMap values() const;
    Q_INVOKABLE bool remove();
    Q_INVOKABLE void clearError() { setError({}, {}); }

Q_SIGNALS:
    void storeChanged();
    void personIdChanged();
    void loaded();
    void errorChanged();
    void saved(const QString &personId);

private:
    void load();
    void assign(const QVariantMap &values);
    bool write();
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
