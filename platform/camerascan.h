// Capability: read QR codes from the camera (Qt Multimedia: QCamera into a
// QMediaCaptureSession whose QVideoSink delivers frames). Frames are decoded from their
// luma plane (videoframeqr.h) on a thread-pool thread, one at a time: frames arriving
// while one is being decoded are dropped, so a slow phone never queues up seconds of
// video. Each distinct code is reported once. The camera permission is asked first
// (permission.h); a refusal is reported as cameraDenied(). Without a camera (desktops,
// CI) start() says so and the app offers a picture instead.
#pragma once

#include "permission.h"

#include <QCamera>
#include <QImage>
#include <QMediaCaptureSession>
#include <QObject>
#include <QPointer>
#include <QVideoFrame>
#include <QVideoSink>

#include <memory>

namespace kl::platform {

class CameraScan : public QObject
{
    Q_OBJECT

public:
    explicit CameraScan(QObject *parent = nullptr);
    ~CameraScan() override;

    // Is there a camera at all (QMediaDevices::videoInputs)?
    [[nodiscard]] static bool cameraAvailable();

    // Shows the frames in `videoOutput` (a QML VideoOutput) as well; null: decode only.
    void setVideoOutput(QObject *videoOutput);
    // The permission asked before the camera starts (default: the platform's camera
    // permission; tests put in a fixed or a deferred answer).
    void setPermission(std::unique_ptr<Permission> permission);
    // Starts the default camera once the camera permission is granted (asking for it if
    // need be). False, with nothing started, when it is refused already (cameraDenied()
    // follows from the event loop) or there is no camera; true when started or while the
    // teacher answers the prompt: a refusal then arrives as cameraDenied(), no camera as
    // cameraError(). stop() drops an answer still to come.
    bool start();
    void stop();
    [[nodiscard]] bool active() const;

    // Where frames come in: the sink the camera writes to (tests write pictures into it).
    [[nodiscard]] QVideoSink *videoSink() const;
    // Frames decoded / dropped since the last start (figures for tests and benchmarks).
    [[nodiscard]] int framesDecoded() const { return m_decoded; }
    [[nodiscard]] int framesDropped() const { return m_dropped; }

Q_SIGNALS:
    void codeFound(const QString &text);
    void frameDecoded(); // one frame went through the decoder (with or without a code)
    void cameraError(const QString &message);
    void cameraDenied(); // the teacher (or a device policy) refused the camera

private:
    void onFrame(const QVideoFrame &frame);
    void connectSink();
    bool openCamera();
    void onPermission(quint64 request, Permission::State state);

    std::unique_ptr<Permission> m_permission;
    std::unique_ptr<QCamera> m_camera;
    QMediaCaptureSession m_session;
    QVideoSink m_ownSink;
    QPointer<QVideoSink> m_sink;
    quint64 m_request = 0; // which permission answer is still wanted
    bool m_decoding = false;
    int m_decoded = 0;
    int m_dropped = 0;
    QString m_lastText;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace kl::platform
