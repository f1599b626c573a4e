// One partner on screen: who, where in the network, when at school, how to reach them,
// what to ask them about, the school's own contact for them, my private note and star,
// "meld verouderd", add to my phone's contacts (vCard 4.0) and share.
#pragma once

#include "appstore.h"
#include "vcard.h"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QVariantList>

class PartnerDetail : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int kind READ kind WRITE setKind NOTIFY targetChanged)
    Q_PROPERTY(QString targetId READ targetId WRITE setTargetId NOTIFY targetChanged)

    Q_PROPERTY(bool exists READ exists NOTIFY loaded)
    Q_PROPERTY(QString name READ name NOTIFY loaded)
    Q_PROPERTY(QString initials READ initials NOTIFY loaded)
    Q_PROPERTY(QString face READ face NOTIFY loaded)
    Q_PROPERTY(QString functionTitle READ functionTitle NOTIFY loaded)
    Q_PROPERTY(QString organisationName READ organisationName NOTIFY loaded)
    Q_PROPERTY(QString category READ category NOTIFY loaded)
    Q_PROPERTY(QStringList topics READ topics NOTIFY loaded)
    Q_PROPERTY(QString internalContact READ internalContact NOTIFY loaded)
    Q_PROPERTY(QString ownerRole READ ownerRole NOTIFY loaded)
    Q_PROPERTY(QStringList presence READ presence NOTIFY loaded)
    Q_PROPERTY(QString availability READ availability NOTIFY loaded)
    Q_PROPERTY(bool atSchoolNow READ atSchoolNow NOTIFY loaded)
    Q_PROPERTY(QString phoneDisplay READ phoneDisplay NOTIFY loaded)
    Q_PROPERTY(QString email READ email NOTIFY loaded)
    // Every further number (as shown) and e-mail address of the person, and the school's note.
    Q_PROPERTY(QStringList otherPhones READ otherPhones NOTIFY loaded)
    Q_PROPERTY(QStringList otherEmails READ otherEmails NOTIFY loaded)
    Q_PROPERTY(QString schoolNote READ schoolNote NOTIFY loaded)
    Q_PROPERTY(QString website READ website NOTIFY loaded)
    Q_PROPERTY(bool canCall READ canCall NOTIFY loaded)
    Q_PROPERTY(bool canWhatsApp READ canWhatsApp NOTIFY loaded)
    Q_PROPERTY(bool canSms READ canSms NOTIFY loaded)
    Q_PROPERTY(bool canEmail READ canEmail NOTIFY loaded)
    Q_PROPERTY(bool vacant READ vacant NOTIFY loaded)
    Q_PROPERTY(bool personal READ personal NOTIFY loaded)
    Q_PROPERTY(QString personId READ personId NOTIFY loaded)
    Q_PROPERTY(QStringList formerHolders READ formerHolders NOTIFY loaded)
    Q_PROPERTY(QVariantList contacts READ contacts NOTIFY loaded)
    Q_PROPERTY(int openFlags READ openFlags NOTIFY loaded)
    Q_PROPERTY(QString note READ note NOTIFY loaded)
    Q_PROPERTY(bool starred READ starred NOTIFY loaded)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum FlagReason { WrongNumber = 0, LeftOrganisation = 1, Other = 2 };
    Q_ENUM(FlagReason)

    explicit PartnerDetail(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] int kind() const { return static_cast<int>(m_kind); }
    void setKind(int kind);
    [[nodiscard]] QString targetId() const { return m_targetId; }
    void setTargetId(const QString &id);

    [[nodiscard]] bool exists() const { return m_exists; }
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QString face() const;
    [[nodiscard]] QString initials() const { return m_initials; }
    [[nodiscard]] QString functionTitle() const { return m_functionTitle; }
    [[nodiscard]] QString organisationName() const { return m_organisationName; }
    [[nodiscard]] QString category() const { return m_category; }
    [[nodiscard]] QStringList topics() const { return m_topics; }
    [[nodiscard]] QString internalContact() const { return m_internalContact; }
    [[nodiscard]] QString ownerRole() const { return m_ownerRole; }
    [[nodiscard]] QStringList presence() const { return m_presence; }
    [[nodiscard]] QString availability() const { return m_availability; }
    [[nodiscard]] bool atSchoolNow() const { return m_atSchoolNow; }
    [[nodiscard]] QString phoneDisplay() const { return m_phoneDisplay; }
    [[nodiscard]] QString email() const { return m_address.email; }
    [[nodiscard]] QStringList otherPhones() const { return m_otherPhones; }
    [[nodiscard]] QStringList otherEmails() const { return m_otherEmails; }
    [[nodiscard]] QString schoolNote() const { return m_schoolNote; }
    [[nodiscard]] QString website() const { return m_website; }
    [[nodiscard]] bool canCall() const;
    [[nodiscard]] bool canWhatsApp() const;
    [[nodiscard]] bool canSms() const;
    [[nodiscard]] bool canEmail() const;
    [[nodiscard]] bool vacant() const { return m_exists && m_personId.isEmpty() && m_kind != kl::TargetKind::Organisation; }
    [[nodiscard]] bool personal() const { return m_personal; }
    [[nodiscard]] QString personId() const { return m_personId; }
    [[nodiscard]] QStringList formerHolders() const { return m_formerHolders; }
    [[nodiscard]] QVariantList contacts() const { return m_contacts; }
    [[nodiscard]] int openFlags() const { return m_openFlags; }
    [[nodiscard]] QString note() const { return m_note; }
    [[nodiscard]] bool starred() const { return m_starred; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

    // Opens the channel; returns an error text for the screen, empty on success.
    Q_INVOKABLE QString contact(int channel);
    Q_INVOKABLE bool saveNote(const QString &text);
    Q_INVOKABLE bool setStarred(bool starred);
    Q_INVOKABLE bool report(int reason, const QString &comment);
    // Writes the vCard to the cache and hands it to the system's contacts app.
    Q_INVOKABLE bool addToContacts();
    Q_INVOKABLE bool share();

    [[nodiscard]] kl::VCardData vcardData() const;
    [[nodiscard]] QString shareText() const;

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
    void targetChanged();
    void loaded();
    void errorStringChanged();

private:
    void setError(const QString &error);
    [[nodiscard]] kl::TargetKind noteKind() const;
    [[nodiscard]] QString noteId() const;

    QPointer<AppStore> m_store;
    bool m_completed = true;
    kl::TargetKind m_kind = kl::TargetKind::Function;
    QString m_targetId;

    bool m_exists = false;
    QString m_name;
    QString m_givenName;
    QString m_familyName;
    QString m_initials;
    QString m_functionTitle;
    QString m_organisationName;
    QString m_category;
    QStringList m_topics;
    QString m_internalContact;
    QString m_ownerRole;
    QStringList m_presence;
    QString m_availability;
    bool m_atSchoolNow = false;
    QString m_phoneDisplay;
    kl::ChannelAddress m_address;
    QString m_website;
    bool m_personal = false;
    QString m_personId;
    QStringList m_otherPhones, m_otherEmails; // from the person row (schema 9)
    QString m_schoolNote;
    kl::Person m_person; // for the vCard's name parts and further numbers
    QString m_functionId;
    QByteArray m_photo;
    QStringList m_formerHolders;
    QVariantList m_contacts;
    int m_openFlags = 0;
    QString m_note;
    bool m_starred = false;
    QString m_errorString;
};
