// Import of a "Mijn gegevens meenemen" file's content into this phone's database: every
// value is read and checked first (the shared field rules), then everything is written in
// one transaction, or nothing. Rows are matched on their ids, so importing the same file
// twice changes nothing the second time, and what the phone already holds stays:
// - a row the phone does not have is added; a row the phone changed later than the file
//   was made keeps the phone's version; otherwise the file's version applies;
// - a school row is never overwritten by a file (the same id as a personal row in the
//   file: the file's row is left out);
// - stars are added, never removed; notes follow the rule of rows (the later one wins);
// - a choice on a school line (pinned, last used) applies when the line is on the phone,
//   and waits for a later import otherwise (join the school first, then import again).
#pragma once

#include "backupcontents.h"
#include "database.h"

namespace kl::backup {

struct MergeReport
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int keptNewer = 0; // the phone's own later change kept
    int skippedSchool = 0; // ids that are school rows on this phone
    int waitingLines = 0; // choices on school lines this phone does not have yet
    Tally inFile;
};

[[nodiscard]] Result<MergeReport> merge(Database &db, const QByteArray &content);

} // namespace kl::backup
