// Address lists as spreadsheets and address books export them to CSV: Excel's Dutch
// default (';', Windows-1252, a "sep=;" first line), Google Contacts and Outlook (English
// and Dutch headers). The table is read as it is (RFC 4180 quoting, the delimiter taken
// from the header line); which column means what is a mapping the coordinator can change,
// with a first guess from the headers. Every row becomes a ContactCard, like a vCard.
#pragma once

#include "contactcard.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kl::contactcsv {

struct Row
{
    int line = 0; // the physical line the row starts on, from 1
    QStringList cells;
};

struct Table
{
    QChar delimiter = QLatin1Char(';');
    bool sepLine = false; // Excel's "sep=;" line came first
    QStringList header;
    QList<Row> rows; // under the header; empty rows left out
};

// The fields a column can mean; "" ignores the column. "phone" is a number whose kind
// the column named like it with "Type"/"Label" tells (Google); "infix" is the Dutch
// tussenvoegsel, which goes before the family name.
[[nodiscard]] const QStringList &fields();

[[nodiscard]] Table parse(const QString &text);
[[nodiscard]] QString guessField(const QString &header, const QStringList &allHeaders);
[[nodiscard]] QStringList guessMapping(const QStringList &header);
// The rows as cards under `mapping` (one field per column, as fields()).
[[nodiscard]] QList<ContactCard> cards(const Table &table, const QStringList &mapping);

} // namespace kl::contactcsv
