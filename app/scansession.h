// Scanning a QR code in the app: decodes camera frames (platform/camerascan) or a picture
// the teacher picks, with platform/qrcode off the GUI thread, says what the code is
// (ScannedCode) and offers the one thing to do with it: a staff invitation joins the
// school, a partner's vCard or MeCard becomes a personal partner after the teacher has
// seen what will be saved (`contact`, a PersonEditor), anything else is explained.
#pragma once

#include "appstore.h"
#include "camerascan.h"
#include "personeditor.h"
#include "schoolconnection.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class ScanSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(SchoolConnection *connection MEMBER m_connection NOTIFY storeChanged)
    Q_PROPERTY(Result result READ result NOTIFY resultChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY resultChanged)
    Q_PROPERTY(QString message READ message NOTIFY resultChanged)
    Q_PROPERTY(QString inviteServer READ inviteServer NOTIFY resultChanged)
    Q_PROPERTY(PersonEditor *contact READ contact CONSTANT)
    // No camera (desktops, CI): the page says so and offers a picture instead.
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable CONSTANT)
    Q_PROPERTY(bool cameraActive READ cameraActive NOTIFY cameraChanged)

public:
    enum Result { Nothing, Decoding, NoCode, Invite, Contact, WebAddress, Unknown };
    Q_ENUM(Result)

    explicit ScanSession(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] Result result() const { return m_result; }
    [[nodiscard]] bool busy() const { return m_result == Decoding; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString inviteServer() const { return m_inviteServer; }
    [[nodiscard]] PersonEditor *contact() const { return m_contact; }
    [[nodiscard]] bool cameraAvailable() const { return m_cameraAvailable; }
    [[nodiscard]] bool cameraActive() const { return m_cameraActive; }
    // Starts the camera, showing its frames in `videoOutput` (a QML VideoOutput); stops by
    // itself at the first code it reads.
    Q_INVOKABLE bool startCamera(QObject *videoOutput);
    Q_INVOKABLE void stopCamera();
    [[nodiscard]] kl::platform::CameraScan &camera() { return m_camera; }

    // Decodes the QR code in an image file (a local path or file: URL) off the GUI thread.
    Q_INVOKABLE void decodeFile(const QUrl &file);
    void decodeImage(const QImage &image);
    // What a decoder read (also the camera's way in).
    Q_INVOKABLE void handleText(const QString &text);
    // The action for the current result.
    // The confirmation form's fields (as PersonEditor::save takes them); none: the card as read.
    Q_INVOKABLE bool saveContact(const QVariantMap &values = {});
    Q_INVOKABLE bool joinSchool();
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void storeChanged();
    void resultChanged();
    void contactSaved(const QString &personId);
    void cameraChanged();

private:
    void setResult(Result result, const QString &message);
    void decoded(quint64 generation, const std::optional<QString> &text);

    QPointer<AppStore> m_store;
    QPointer<SchoolConnection> m_connection;
    PersonEditor *m_contact;
    kl::platform::CameraScan m_camera;
    bool m_cameraAvailable = false;
    bool m_cameraActive = false;
    Result m_result = Nothing;
    QString m_message;
    QString m_inviteText;
    QString m_inviteServer;
    quint64 m_generation = 0; // a newer scan makes older decodes stale
};
