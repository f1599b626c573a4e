// An uploaded address list read back a batch of cards at a time: the decoded text is cut
// at record boundaries (CSV rows, respecting quotes; top-level vCards), and only one
// batch is parsed into cards at once, with line numbers as they are in the whole file.
// What the upload looks like (format, delimiter, header) is read from its start.
#pragma once

#include "contactcard.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kl::server {

struct UploadShape
{
    QString format; // "csv" or "vcard"
    QChar delimiter = QLatin1Char(';');
    bool sepLine = false;
    QStringList header; // CSV
};

[[nodiscard]] UploadShape describeUpload(const QString &text);

class CardBatches
{
public:
    // `text` must outlive this reader.
    CardBatches(const QString &text, const UploadShape &shape, const QStringList &mapping);
    // The next cards (at most `max` records' worth); empty once the file is read.
    [[nodiscard]] QList<ContactCard> next(int max);
    [[nodiscard]] qsizetype position() const { return m_at; }
    [[nodiscard]] qsizetype size() const { return m_text.size(); }

private:
    const QString &m_text;
    UploadShape m_shape;
    QStringList m_mapping;
    QString m_prefix; // CSV: the text up to the end of the header record
    int m_prefixLines = 0;
    qsizetype m_at = 0;
    int m_line = 1; // the physical line m_at starts
};

} // namespace kl::server
