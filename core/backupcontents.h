// What "Mijn gegevens meenemen" carries: everything on the phone that never goes to the
// school server. That is every personal row (origin 1: own organisations, partners,
// functions and who holds them, presence, own quick lines), the private notes and stars
// (also on school partners), and the teacher's own choices on school lines (pinned
// where, last used). Rows keep their ids, so an import merges instead of duplicating.
// The content is JSON (values encoded as the sync protocol encodes them), compressed;
// backupformat.h seals it.
#pragma once

#include "database.h"

#include <QStringList>

namespace kl::backup {

inline constexpr QLatin1String kContentKind("kortelijn-backup");
inline constexpr int kContentVersion = 1;
// The section of the school lines' device-only columns.
inline constexpr QLatin1String kLineChoices("line_choices");
inline constexpr QLatin1String kNotes("private_notes");
inline constexpr QLatin1String kStars("stars");

// The personal tables, in the order an import applies them (referenced rows first).
[[nodiscard]] const QStringList &personalTables();
// The device-only columns of a school quick line that travel in kLineChoices.
[[nodiscard]] const QStringList &lineChoiceColumns();

// How many rows of each kind, for the screen.
struct Tally
{
    int organisations = 0;
    int persons = 0;
    int functions = 0;
    int holdings = 0;
    int presence = 0;
    int lines = 0;
    int notes = 0;
    int stars = 0;
    int lineChoices = 0;

    [[nodiscard]] int total() const
    {
        return organisations + persons + functions + holdings + presence + lines + notes + stars + lineChoices;
    }
    void count(const QString &section, int n);
};

// The content of a new file from this phone's database.
[[nodiscard]] Result<QByteArray> collect(const Database &db, Tally *tally = nullptr);

} // namespace kl::backup
