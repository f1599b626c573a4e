#include "router.h"

namespace kl::server {

PathPattern::PathPattern(const QString &pattern)
{
    static const QHash<QString, QString> placeholders { { QStringLiteral("{id}"), QStringLiteral("([A-Za-z0-9_-]{1,64})") },
        { QStringLiteral("{name}"), QStringLiteral("([a-z_]{1,20})") }, { QStringLiteral("{number}"), QStringLiteral("([0-9]{1,15})") } };
    QString re = QStringLiteral("^");
    qsizetype at = 0;
    while (at < pattern.size()) {
        const qsizetype open = pattern.indexOf(QLatin1Char('{'), at);
        if (open < 0) {
            re += QRegularExpression::escape(pattern.mid(at));
            break;
        }
        const qsizetype close = pattern.indexOf(QLatin1Char('}'), open);
        re += QRegularExpression::escape(pattern.mid(at, open - at));
        const QString name = pattern.mid(open, close - open + 1);
        Q_ASSERT_X(placeholders.contains(name), "PathPattern", "unknown placeholder");
        re += placeholders.value(name);
        at = close + 1;
    }
    re += QLatin1Char('$');
    m_re = QRegularExpression(re);
    m_re.optimize();
}

std::optional<QStringList> PathPattern::match(const QString &path) const
{
    const QRegularExpressionMatch m = m_re.match(path);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    QStringList out = m.capturedTexts();
    out.removeFirst();
    return out;
}

} // namespace kl::server
