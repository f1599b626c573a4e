#include "csvparser.h"

namespace kl::server {

QList<QStringList> parseCsv(QByteArray data)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    const QString text = QString::fromUtf8(data);
    const QString head = text.section(QLatin1Char('\n'), 0, 0);
    const QChar sep
        = head.count(QLatin1Char(';')) > head.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
    QList<QStringList> out;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == sep) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            row << cell;
            cell.clear();
            out << row;
            row.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        out << row;
    }
    return out;
}

} // namespace kl::server
