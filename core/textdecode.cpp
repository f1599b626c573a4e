#include "textdecode.h"

#include <QStringDecoder>

namespace kl::textdecode {

namespace {

// 0x80-0x9F of Windows-1252; the rest of the range is Latin-1. 0 marks the five unused bytes.
constexpr char16_t kHigh[32] = { 0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161,
    0x203A, 0x0153, 0, 0x017E, 0x0178 };

QString utf16(const QByteArray &bytes, bool littleEndian)
{
    QStringDecoder d(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
    return d.decode(bytes);
}

} // namespace

QString fromWindows1252(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x80 && b < 0xA0) {
            out += kHigh[b - 0x80] ? QChar(kHigh[b - 0x80]) : QChar(QChar::ReplacementCharacter);
        } else {
            out += QChar(char16_t(b));
        }
    }
    return out;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder d(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = d.decode(bytes); // decode() is lazy: the conversion runs here
    return !d.hasError();
}

Decoded decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        return { QString::fromUtf8(bytes.mid(3)), QStringLiteral("utf-8-bom") };
    }
    if (bytes.startsWith("\xFF\xFE")) {
        return { utf16(bytes.mid(2), true), QStringLiteral("utf-16le") };
    }
    if (bytes.startsWith("\xFE\xFF")) {
        return { utf16(bytes.mid(2), false), QStringLiteral("utf-16be") };
    }
    // UTF-16 without a BOM: text in Latin script has a zero in every other byte.
    if (bytes.size() >= 4) {
        const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 512);
        int zeroEven = 0, zeroOdd = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (bytes.at(i) == 0) {
                ++((i % 2 == 0) ? zeroEven : zeroOdd);
            }
        }
        if (zeroOdd > n / 4 && zeroEven == 0) {
            return { utf16(bytes, true), QStringLiteral("utf-16le") };
        }
        if (zeroEven > n / 4 && zeroOdd == 0) {
            return { utf16(bytes, false), QStringLiteral("utf-16be") };
        }
    }
    if (isValidUtf8(bytes)) {
        return { QString::fromUtf8(bytes), QStringLiteral("utf-8") };
    }
    return { fromWindows1252(bytes), QStringLiteral("windows-1252") };
}

} // namespace kl::textdecode
