#include "textfold.h"

#include <algorithm>

namespace kl::text {

namespace {

// Letters without a canonical decomposition that people type without the mark.
QString replacementFor(char32_t c)
{
    switch (c) {
    case U'ø': return QStringLiteral("o");
    case U'đ': return QStringLiteral("d");
    case U'ł': return QStringLiteral("l");
    case U'ß': return QStringLiteral("ss");
    case U'æ': return QStringLiteral("ae");
    case U'œ': return QStringLiteral("oe");
    case U'ı': return QStringLiteral("i");
    case U'þ': return QStringLiteral("th");
    case U'ĳ': return QStringLiteral("ij");
    default: return {};
    }
}

// Plain ASCII (most names, e-mail addresses, words) has nothing to decompose or strip:
// lower-case letters and digits, one space for every run of anything else. Same result
// as the general path, without normalising a copy of the string.
QString foldAscii(QStringView input)
{
    QString out;
    out.reserve(input.size());
    bool pendingSpace = false;
    for (const QChar ch : input) {
        const char16_t c = ch.unicode();
        const bool lower = c >= u'a' && c <= u'z';
        const bool upper = c >= u'A' && c <= u'Z';
        if (lower || upper || (c >= u'0' && c <= u'9')) {
            if (pendingSpace && !out.isEmpty()) {
                out += QLatin1Char(' ');
            }
            pendingSpace = false;
            out += QChar(upper ? char16_t(c + (u'a' - u'A')) : c);
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

bool isAscii(QStringView input)
{
    return std::all_of(input.begin(), input.end(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

QString fold(QStringView input)
{
    if (isAscii(input)) {
        return foldAscii(input);
    }
    const QString decomposed = input.toString().normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (auto it = decomposed.cbegin(); it != decomposed.cend(); ++it) {
        char32_t c = it->unicode();
        if (it->isHighSurrogate() && std::next(it) != decomposed.cend() && std::next(it)->isLowSurrogate()) {
            c = QChar::surrogateToUcs4(*it, *std::next(it));
            ++it;
        }
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing) {
            continue;
        }
        if (QChar::isLetterOrNumber(c)) {
            if (pendingSpace && !out.isEmpty()) {
                out += QLatin1Char(' ');
            }
            pendingSpace = false;
            const QString replacement = replacementFor(c);
            if (!replacement.isEmpty()) {
                out += replacement;
            } else if (QChar::requiresSurrogates(c)) {
                out += QChar(QChar::highSurrogate(c));
                out += QChar(QChar::lowSurrogate(c));
            } else {
                out += QChar(static_cast<char16_t>(c));
            }
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

QStringList words(const QString &folded)
{
    return folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace kl::text
