// A partner's QR code for the full-screen view: parents scan it with their own camera.
// With a school server and a published person (name public) it is the link to the public
// page /p/<slug>, the same slug the server computes; otherwise the offline variant that
// carries the public vCard itself. Either way only fields marked Public are in it.
#pragma once

#include "appstore.h"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QQuickImageProvider>

class PartnerQr : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY inputChanged)
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY inputChanged)
    // The school server's public address and the school's id; empty without a server.
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY inputChanged)
    Q_PROPERTY(QString schoolId READ schoolId WRITE setSchoolId NOTIFY inputChanged)

    Q_PROPERTY(bool available READ available NOTIFY loaded)
    Q_PROPERTY(bool online READ online NOTIFY loaded)
    Q_PROPERTY(QString payload READ payload NOTIFY loaded)
    Q_PROPERTY(QString imageSource READ imageSource NOTIFY loaded)
    Q_PROPERTY(QString slug READ slug NOTIFY loaded)
    Q_PROPERTY(QString name READ name NOTIFY loaded)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY loaded)
    Q_PROPERTY(QString explanation READ explanation NOTIFY loaded)

public:
    explicit PartnerQr(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString personId() const { return m_personId; }
    void setPersonId(const QString &id);
    [[nodiscard]] QString serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QString &url);
    [[nodiscard]] QString schoolId() const { return m_schoolId; }
    void setSchoolId(const QString &id);

    [[nodiscard]] bool available() const { return !m_payload.isEmpty(); }
    [[nodiscard]] bool online() const { return m_online; }
    [[nodiscard]] QString payload() const { return m_payload; }
    [[nodiscard]] QString imageSource() const;
    [[nodiscard]] QString slug() const { return m_slug; }
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QString subtitle() const { return m_subtitle; }
    [[nodiscard]] QString explanation() const { return m_explanation; }

    void classBegin() override { m_completed = false; }
    void componentComplete() override
    {
        m_completed = true;
        reload();
    }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void inputChanged();
    void loaded();

private:
    QPointer<AppStore> m_store;
    bool m_completed = true;
    QString m_personId;
    QString m_serverUrl;
    QString m_schoolId;
    bool m_online = false;
    QString m_payload;
    QString m_slug;
    QString m_name;
    QString m_subtitle;
    QString m_explanation;
};

// image://qr/<base64url of the UTF-8 text>: the code black on white with its quiet zone.
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) { }
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
    [[nodiscard]] static QString urlFor(const QString &text);
};
