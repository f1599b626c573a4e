// Phone numbers in, E.164 out, through libphonenumber (default region NL).
#pragma once

#include "result.h"

#include <QString>

namespace kl {

class PhoneNumbers
{
public:
    enum class Kind { Mobile, FixedLine, Other };

    // "06-12345678", "+31 6 1234 5678", "0031612345678" -> "+31612345678".
    // Empty input is an error too: callers decide whether a number is optional.
    [[nodiscard]] static Result<QString> toE164(const QString &input, const QString &region = QStringLiteral("NL"));

    // "+31612345678" -> "06 12345678" for display in the Netherlands, international otherwise.
    [[nodiscard]] static QString formatForDisplay(const QString &e164, const QString &region = QStringLiteral("NL"));

    [[nodiscard]] static Kind kind(const QString &e164);
};

} // namespace kl
