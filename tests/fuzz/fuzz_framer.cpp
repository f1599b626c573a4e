// The HTTP/1.1 request framer (server/http/requestframer.h), fed a connection's bytes.
// The first byte chooses where the stream is cut into reads; however it is cut, the framer
// sees the same requests and errors as when it gets everything at once, and the head
// parser agrees with it about the first request.
#include "fuzzcheck.h"
#include "requestframer.h"

#include <algorithm>

using namespace kl::server;

namespace {

using Kinds = QList<RequestFramer::Event::Kind>;

Kinds feedAll(QByteArrayView bytes, qsizetype step, QList<RequestHead> *heads)
{
    RequestFramer framer(1024, 4096);
    Kinds kinds;
    for (qsizetype at = 0; at < bytes.size(); at += step) {
        for (const RequestFramer::Event &e : framer.feed(bytes.sliced(at, std::min(step, bytes.size() - at)))) {
            kinds << e.kind;
            if (e.kind == RequestFramer::Event::Kind::HeadComplete) {
                heads->append(e.head);
            }
            if (e.kind == RequestFramer::Event::Kind::Error) {
                KL_FUZZ_CHECK(e.error.status >= 400 && e.error.status < 600 && !e.error.code.isEmpty());
            }
        }
    }
    return kinds;
}

bool sameHeads(const QList<RequestHead> &a, const QList<RequestHead> &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].method != b[i].method || a[i].target != b[i].target || a[i].contentLength != b[i].contentLength
            || a[i].closeAfter != b[i].closeAfter) {
            return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const qsizetype step = 1 + data[0] % 16;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    QList<RequestHead> wholeHeads, splitHeads;
    const Kinds whole = feedAll(bytes, bytes.size() + 1, &wholeHeads);
    const Kinds split = feedAll(bytes, step, &splitHeads);
    KL_FUZZ_CHECK(whole == split);
    KL_FUZZ_CHECK(sameHeads(wholeHeads, splitHeads));

    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end >= 0) {
        RequestHead head;
        FramingError error;
        const bool ok = RequestFramer::parseHead(bytes.first(end), &head, &error);
        KL_FUZZ_CHECK(ok || (error.status >= 400 && !error.code.isEmpty()));
    }
    return 0;
}
