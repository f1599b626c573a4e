// Capability: read QR codes from the camera (Qt Multimedia: QCamera into a
// QMediaCaptureSession whose QVideoSink delivers frames). Frames are converted and
// decoded with platform/qrcode on a thread-pool thread, one at a time: frames arriving
// while one is being decoded are dropped, so a slow phone never queues up seconds of
// video. Each distinct code is reported once. Without a camera (desktops, CI) start()
// says so and the app offers a picture instead.
#pragma once

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
    // Starts the default camera; false, with nothing started, when there is none.
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

private:
    void onFrame(const QVideoFrame &frame);
    void connectSink();

    std::unique_ptr<QCamera> m_camera;
    QMediaCaptureSession m_session;
    QVideoSink m_ownSink;
    QPointer<QVideoSink> m_sink;
    bool m_decoding = false;
    int m_decoded = 0;
    int m_dropped = 0;
    QString m_lastText;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace kl::platform
