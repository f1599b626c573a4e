// QR codes as a grid of modules, made with zxing-cpp: the one encoder behind the app's
// full-screen QR, the server's invite and public-page codes and the posters. No Qt Gui:
// turning the grid into pixels is the caller's business (QImage in app and server), and
// the SVG text needs no pixels at all.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace kl {

class QrMatrix
{
public:
    // Byte mode, UTF-8 text; error correction level M (survives a crease or a coffee ring
    // on a printed poster). The grid has no quiet zone; renderers add it.
    [[nodiscard]] static Result<QrMatrix> encode(const QString &text);

    [[nodiscard]] int size() const { return m_size; }
    [[nodiscard]] bool dark(int x, int y) const { return m_modules[std::size_t(y) * std::size_t(m_size) + std::size_t(x)] != 0; }
    // A standalone SVG drawing the code black on white with `quiet` modules of white border
    // and a viewBox in modules, so it scales to any print size; one path, crisp edges.
    [[nodiscard]] QByteArray svg(int quiet = 4) const;

private:
    int m_size = 0;
    std::vector<unsigned char> m_modules;
};

} // namespace kl
