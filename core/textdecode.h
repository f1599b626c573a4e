// Bytes of a file someone exported elsewhere made into text: a BOM says UTF-8 or UTF-16;
// UTF-16 without a BOM shows itself by its zero bytes; valid UTF-8 is UTF-8; anything else
// is Windows-1252, the encoding Excel and Outlook write on a Dutch Windows. The name of
// what was detected goes back to the coordinator, so a wrong guess is visible.
#pragma once

#include <QByteArray>
#include <QString>

namespace kl::textdecode {

struct Decoded
{
    QString text;
    QString encoding; // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"
};

[[nodiscard]] Decoded decode(const QByteArray &bytes);
[[nodiscard]] QString fromWindows1252(const QByteArray &bytes);
[[nodiscard]] bool isValidUtf8(const QByteArray &bytes);

} // namespace kl::textdecode
