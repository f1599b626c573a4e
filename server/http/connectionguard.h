// Watches one connection for the server's own limits, which Qt HttpServer 6.4 lacks, and
// keeps its answers in order. It reads every byte before Qt's parser does (its slot is
// connected first; it peeks, never reads) and frames the requests strictly
// (requestframer.h), so an ambiguous or oversized request is refused with a problem and
// the connection closed before Qt acts on it. It keeps each request's head for the front
// (the real method), times out slow senders (408) and idle kept-alive connections, and,
// because requests now run on worker threads, writes the answers of pipelined requests
// in the order the requests came.
#pragma once

#include "httptypes.h"
#include "requestframer.h"

#include <QMap>
#include <QObject>
#include <QTimer>

#include <optional>

class QTcpSocket;

namespace kl::server {

class ConnectionGuard : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, const Limits &limits);
    // Connects the slot that runs after Qt's parser; call once Qt has taken the socket.
    void attachAfterParser();

    struct Taken
    {
        quint64 sequence = 0;
        RequestHead head;
    };
    // The head of the request Qt's parser has just completed.
    [[nodiscard]] std::optional<Taken> takeRequest();
    // The answer to request `sequence`, from any point in time; written in request order.
    void deliver(quint64 sequence, const ApiResponse &response, bool headOnly);

    [[nodiscard]] static QByteArray serialise(const ApiResponse &response, bool headOnly, bool close);

private:
    void beforeParser();
    void afterParser();
    void onTimeout();
    void fail(const FramingError &error);
    void flush();
    void closeAfterWrite();
    void updateTimer();

    struct Answer
    {
        ApiResponse response;
        bool headOnly = false;
    };

    QTcpSocket *m_socket;
    Limits m_limits;
    RequestFramer m_framer;
    QTimer m_timer;
    qint64 m_unreadAfterParser = 0; // what Qt's parser left unread when it last ran
    QList<RequestHead> m_framed; // heads of requests Qt has not completed yet
    quint64 m_nextSequence = 0;
    quint64 m_nextToWrite = 0;
    QMap<quint64, Answer> m_answers; // answers waiting for an earlier one
    QHash<quint64, bool> m_closeAfter;
    std::optional<FramingError> m_failure;
    bool m_failureSent = false;
    bool m_closing = false;
    enum class TimerMode { Idle, Request, Off } m_timerMode = TimerMode::Idle;
};

} // namespace kl::server
