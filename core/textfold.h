// Diacritics- and case-blind text for search: SQLite 3.40's trigram tokenizer cannot
// fold diacritics itself, so both the indexed text and the query go through fold().
#pragma once

#include <QString>
#include <QStringList>

namespace kl::text {

// NFKD, drop combining marks, case-fold, map letters NFKD leaves alone (ø, ł, ß, ...),
// turn punctuation into single spaces and trim. "Öztürk-Çelik" -> "ozturk celik".
[[nodiscard]] QString fold(QStringView input);

// Words of already folded text, in order.
[[nodiscard]] QStringList words(const QString &folded);

} // namespace kl::text
