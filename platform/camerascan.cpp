#include "camerascan.h"

#include "videoframeqr.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcScan, "kl.scan")

namespace kl::platform {

CameraScan::CameraScan(QObject *parent) : QObject(parent)
{
    m_session.setVideoSink(&m_ownSink);
    connectSink();
}

CameraScan::~CameraScan()
{
    *m_alive = false;
    stop();
}

bool CameraScan::cameraAvailable()
{
    return !QMediaDevices::videoInputs().isEmpty();
}

void CameraScan::connectSink()
{
    if (m_sink) {
        disconnect(m_sink, nullptr, this, nullptr);
    }
    m_sink = m_session.videoSink();
    if (m_sink) {
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraScan::onFrame);
    }
}

void CameraScan::setVideoOutput(QObject *videoOutput)
{
    if (videoOutput) {
        m_session.setVideoOutput(videoOutput);
    } else {
        m_session.setVideoSink(&m_ownSink);
    }
    connectSink();
}

QVideoSink *CameraScan::videoSink() const
{
    return m_sink;
}

void CameraScan::setPermission(std::unique_ptr<Permission> permission)
{
    m_permission = std::move(permission);
}

bool CameraScan::start()
{
    m_decoded = 0;
    m_dropped = 0;
    m_lastText.clear();
    if (!m_permission) {
        m_permission = Permission::createDefault(Permission::Kind::Camera);
    }
    switch (m_permission->state()) {
    case Permission::State::Granted:
        return openCamera();
    case Permission::State::Denied:
        qCInfo(lcScan) << "camera permission refused";
        QMetaObject::invokeMethod(this, &CameraScan::cameraDenied, Qt::QueuedConnection);
        return false;
    case Permission::State::Undetermined:
        break;
    }
    // Undetermined: ask. The answer is handled from the event loop even when it comes at
    // once, so the caller has seen start() return before any signal.
    const quint64 request = ++m_request;
    QPointer<CameraScan> self(this);
    m_permission->request([self, request](Permission::State state) {
        if (self) {
            QMetaObject::invokeMethod(
                self.data(), [self, request, state] { self->onPermission(request, state); }, Qt::QueuedConnection);
        }
    });
    return true;
}

void CameraScan::onPermission(quint64 request, Permission::State state)
{
    if (request != m_request) {
        return; // stopped (or started again) meanwhile
    }
    if (state != Permission::State::Granted) {
        qCInfo(lcScan) << "camera permission refused";
        Q_EMIT cameraDenied();
        return;
    }
    if (!openCamera()) {
        Q_EMIT cameraError(QStringLiteral("no camera"));
    }
}

bool CameraScan::openCamera()
{
    const QCameraDevice device = QMediaDevices::defaultVideoInput();
    if (device.isNull()) {
        qCInfo(lcScan) << "no camera on this device";
        return false;
    }
    m_camera = std::make_unique<QCamera>(device);
    connect(m_camera.get(), &QCamera::errorOccurred, this,
        [this](QCamera::Error, const QString &message) { Q_EMIT cameraError(message); });
    m_session.setCamera(m_camera.get());
    m_camera->start();
    qCInfo(lcScan) << "camera started:" << device.description();
    return true;
}

void CameraScan::stop()
{
    ++m_request; // an answer still to come starts nothing
    if (m_camera) {
        m_camera->stop();
        m_session.setCamera(nullptr);
        m_camera.reset();
    }
}

bool CameraScan::active() const
{
    return m_camera && m_camera->isActive();
}

void CameraScan::onFrame(const QVideoFrame &frame)
{
    if (!frame.isValid()) {
        return;
    }
    if (m_decoding) {
        ++m_dropped;
        return;
    }
    m_decoding = true;
    QPointer<CameraScan> self(this);
    std::shared_ptr<bool> alive = m_alive;
    QThreadPool::globalInstance()->start([self, alive, frame] {
        // QVideoFrame is implicitly shared: mapping and decoding run here, not on the GUI thread.
        const auto text = decodeQrFrame(frame).text;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, alive, text] {
                if (!*alive || !self) {
                    return;
                }
                self->m_decoding = false;
                ++self->m_decoded;
                Q_EMIT self->frameDecoded();
                if (text && *text != self->m_lastText) {
                    self->m_lastText = *text;
                    Q_EMIT self->codeFound(*text);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace kl::platform
