#include "importsource.h"

#include "contactcsv.h"

namespace kl::server {

namespace {

// The length of the line end at i (CR CR LF, CR LF, CR or LF count as one, as the CSV and
// vCard readers count lines), or 0.
qsizetype lineEnd(const QString &t, qsizetype i)
{
    if (i >= t.size()) {
        return 0;
    }
    if (t.at(i) == u'\n') {
        return 1;
    }
    if (t.at(i) != u'\r') {
        return 0;
    }
    qsizetype n = 1;
    while (i + n < t.size() && t.at(i + n) == u'\r') {
        ++n;
    }
    return i + n < t.size() && t.at(i + n) == u'\n' ? n + 1 : n;
}

// Past the CSV record that starts at `from` (quoted line ends stay inside it); `lines`
// grows by the physical lines it spans.
qsizetype endOfRecord(const QString &t, qsizetype from, int *lines)
{
    bool quoted = false;
    for (qsizetype i = from; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == u'"') {
            quoted = !quoted; // a doubled quote toggles twice
        } else if (quoted) {
            *lines += c == u'\n' ? 1 : 0;
        } else if (const qsizetype end = lineEnd(t, i)) {
            ++*lines;
            return i + end;
        }
    }
    return t.size();
}

// Past the line that starts at `from`.
qsizetype endOfLine(const QString &t, qsizetype from)
{
    for (qsizetype i = from; i < t.size(); ++i) {
        if (const qsizetype end = lineEnd(t, i)) {
            return i + end;
        }
    }
    return t.size();
}

bool isLine(const QString &t, qsizetype from, qsizetype to, QLatin1String what)
{
    return QStringView(t).mid(from, to - from).trimmed().compare(what, Qt::CaseInsensitive) == 0;
}

bool looksLikeVCard(const QString &text)
{
    const QString head = text.left(4096).trimmed();
    return head.startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive)
        || head.contains(QLatin1String("\nBEGIN:VCARD"), Qt::CaseInsensitive);
}

// The CSV text up to the end of the header (Excel's sep line, empty rows before it).
qsizetype headerEnd(const QString &text, int *lines)
{
    qsizetype at = 0;
    const qsizetype first = endOfLine(text, 0);
    const QString sep = QStringView(text).left(first).trimmed().toString().remove(QLatin1Char('"'));
    if (sep.size() == 5 && sep.startsWith(QLatin1String("sep="), Qt::CaseInsensitive)) {
        at = first;
        ++*lines;
    }
    while (at < text.size()) {
        const qsizetype end = endOfRecord(text, at, lines);
        const bool blank = QStringView(text).mid(at, end - at).trimmed().isEmpty();
        at = end;
        if (!blank) {
            break;
        }
    }
    return at;
}

} // namespace

UploadShape describeUpload(const QString &text)
{
    UploadShape shape;
    if (looksLikeVCard(text)) {
        shape.format = QStringLiteral("vcard");
        return shape;
    }
    shape.format = QStringLiteral("csv");
    int lines = 0;
    const contactcsv::Table head = contactcsv::parse(text.left(headerEnd(text, &lines)));
    shape.delimiter = head.delimiter;
    shape.sepLine = head.sepLine;
    shape.header = head.header;
    return shape;
}

CardBatches::CardBatches(const QString &text, const UploadShape &shape, const QStringList &mapping)
    : m_text(text)
    , m_shape(shape)
    , m_mapping(mapping)
{
    if (m_shape.format == QLatin1String("csv")) {
        m_at = headerEnd(text, &m_prefixLines);
        m_prefix = text.left(m_at);
        m_line = m_prefixLines + 1;
    }
}

QList<ContactCard> CardBatches::next(int max)
{
    const qsizetype from = m_at;
    const int firstLine = m_line;
    int records = 0;
    if (m_shape.format == QLatin1String("csv")) {
        while (m_at < m_text.size() && records < max) {
            m_at = endOfRecord(m_text, m_at, &m_line);
            ++records;
        }
        if (from == m_at) {
            return {};
        }
        // The header goes first, so the reader sees the same table; lines are moved back to
        // where the rows are in the file.
        contactcsv::Table table = contactcsv::parse(m_prefix + m_text.mid(from, m_at - from));
        table.header = m_shape.header;
        QList<ContactCard> cards = contactcsv::cards(table, m_mapping);
        for (ContactCard &c : cards) {
            c.line += firstLine - m_prefixLines - 1;
        }
        return cards;
    }
    int depth = 0;
    while (m_at < m_text.size()) {
        const qsizetype end = endOfLine(m_text, m_at);
        if (isLine(m_text, m_at, end, QLatin1String("BEGIN:VCARD"))) {
            if (depth == 0 && records >= max) {
                break;
            }
            ++depth;
        } else if (depth > 0 && isLine(m_text, m_at, end, QLatin1String("END:VCARD")) && --depth == 0) {
            ++records;
        }
        m_at = end;
        ++m_line;
    }
    if (from == m_at) {
        return {};
    }
    QList<ContactCard> cards = contactcard::readVCards(m_text.mid(from, m_at - from));
    for (ContactCard &c : cards) {
        c.line += firstLine - 1;
    }
    return cards;
}

} // namespace kl::server
