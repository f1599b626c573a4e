#include "scansession.h"

#include "qrcode.h"
#include "scannedcode.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThreadPool>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

using namespace kl;

ScanSession::ScanSession(QObject *parent)
    : QObject(parent)
    , m_contact(new PersonEditor(this))
    , m_cameraAvailable(platform::CameraScan::cameraAvailable())
{
    connect(&m_camera, &platform::CameraScan::codeFound, this, [this](const QString &text) {
        stopCamera(); // one code at a time: the teacher acts on it first
        handleText(text);
    });
    connect(&m_camera, &platform::CameraScan::cameraError, this, [this](const QString &message) {
        qCWarning(lcApp) << "camera:" << message;
        stopCamera();
        setResult(NoCode, tr("The camera could not be started. Choose a picture of the QR code instead."));
    });
    connect(&m_camera, &platform::CameraScan::cameraDenied, this, [this] {
        stopCamera();
        setResult(NoCode,
            tr("KorteLijn may not use the camera. Allow it in your phone's settings, or choose a picture of the QR code."));
    });
}

bool ScanSession::startCamera(QObject *videoOutput)
{
    if (!m_cameraAvailable) {
        return false;
    }
    if (videoOutput) { // null: again into the view given before
        m_camera.setVideoOutput(videoOutput);
    }
    m_cameraActive = m_camera.start();
    Q_EMIT cameraChanged();
    if (m_cameraActive) {
        reset();
    }
    return m_cameraActive;
}

void ScanSession::stopCamera()
{
    m_camera.stop();
    if (m_cameraActive) {
        m_cameraActive = false;
        Q_EMIT cameraChanged();
    }
}

void ScanSession::setStore(AppStore *store)
{
    if (m_store == store) {
        return;
    }
    m_store = store;
    m_contact->setStore(store);
    Q_EMIT storeChanged();
}

void ScanSession::setResult(Result result, const QString &message)
{
    m_result = result;
    m_message = message;
    Q_EMIT resultChanged();
}

void ScanSession::reset()
{
    ++m_generation;
    m_inviteText.clear();
    m_inviteServer.clear();
    setResult(Nothing, {});
}

void ScanSession::decodeFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const quint64 generation = ++m_generation;
    setResult(Decoding, {});
    QPointer<ScanSession> self(this);
    QThreadPool::globalInstance()->start([self, path, generation] {
        QImage image(path);
        std::optional<QString> text;
        const bool readable = !image.isNull();
        if (readable) {
            text = platform::decodeQr(image);
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, text, readable, path] {
                if (!self) {
                    return;
                }
                if (!readable) {
                    qCInfo(lcApp) << "scan: not an image:" << QFileInfo(path).fileName();
                    if (generation == self->m_generation) {
                        self->setResult(NoCode, tr("This file is not a picture KorteLijn can open. Choose a photo or a screenshot (PNG or JPEG)."));
                    }
                    return;
                }
                self->decoded(generation, text);
            },
            Qt::QueuedConnection);
    });
}

void ScanSession::decodeImage(const QImage &image)
{
    const quint64 generation = ++m_generation;
    setResult(Decoding, {});
    QPointer<ScanSession> self(this);
    QThreadPool::globalInstance()->start([self, image, generation] {
        const auto text = platform::decodeQr(image);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, generation, text] {
                if (self) {
                    self->decoded(generation, text);
                }
            },
            Qt::QueuedConnection);
    });
}

void ScanSession::decoded(quint64 generation, const std::optional<QString> &text)
{
    if (generation != m_generation) {
        return; // the teacher has moved on to another picture
    }
    if (!text) {
        setResult(NoCode, tr("No QR code found in this picture. Make sure the whole code is in it and sharp."));
        return;
    }
    handleText(*text);
}

void ScanSession::handleText(const QString &text)
{
    ++m_generation;
    const ScannedCode code = ScannedCode::classify(text);
    m_inviteText.clear();
    m_inviteServer.clear();
    switch (code.kind) {
    case ScannedCode::Kind::Invite:
        m_inviteText = text.trimmed();
        m_inviteServer = code.invite->server.host();
        setResult(Invite, tr("An invitation to join the school list on %1.").arg(m_inviteServer));
        return;
    case ScannedCode::Kind::Contact: {
        const ContactCard &card = *code.contact;
        QString given = card.givenName;
        QString family = card.familyName;
        if (given.isEmpty() && family.isEmpty()) {
            const QString name = card.displayName().trimmed();
            const qsizetype space = name.indexOf(QLatin1Char(' '));
            given = space < 0 ? name : name.left(space);
            family = space < 0 ? QString() : name.mid(space + 1);
        }
        m_contact->prefill({ { QStringLiteral("givenName"), given }, { QStringLiteral("familyName"), family },
            { QStringLiteral("organisationName"), card.organisation }, { QStringLiteral("functionTitle"), card.title },
            { QStringLiteral("mobile"), card.mobile.value(0) }, { QStringLiteral("landline"), card.landline.value(0) },
            { QStringLiteral("email"), card.emails.value(0) } });
        setResult(Contact, tr("A contact card. Check what will be saved as your own partner, on this phone only."));
        return;
    }
    case ScannedCode::Kind::WebAddress:
        setResult(WebAddress,
            tr("This code is a link to %1, not a KorteLijn code. Open it in your browser if you trust it.")
                .arg(code.url.host()));
        return;
    case ScannedCode::Kind::Unknown:
        setResult(Unknown, code.problem);
        return;
    }
}

bool ScanSession::saveContact(const QVariantMap &values)
{
    if (m_result != Contact || !m_contact->save(values.isEmpty() ? m_contact->values() : values)) {
        return false;
    }
    const QString id = m_contact->personId();
    qCInfo(lcApp) << "scan: personal partner added from a contact card";
    setResult(Nothing, {});
    Q_EMIT contactSaved(id);
    return true;
}

bool ScanSession::joinSchool()
{
    if (m_result != Invite || !m_connection) {
        return false;
    }
    m_connection->join(m_inviteText);
    setResult(Nothing, {});
    return true;
}
