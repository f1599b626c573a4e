// The address books of every school, one copy per server: each school's staff cards
// rendered once per school version (vCard 3.0 and 4.0), with what the sync-collection
// report needs to answer "what changed since token T": the version at which each card
// last changed and the cards removed since the cache first saw the school.
//
// A card's version is its ETag and the sync token is the school's version (docs/sync.md):
// when the school's version moves, the school's cards are built again and compared with
// the previous ones; a card whose text changed takes the new version, a card that is gone
// is remembered as removed at that version. Tokens older than the cache's first build of
// the school (a server restart, a new epoch after a restore) cannot be answered this way
// and are refused as DAV:valid-sync-token, after which clients sync from the start.
#pragma once

#include "cardwriter.h"
#include "storage.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace kl::server {

struct BookEntry
{
    QString personId;
    qint64 version = 0;
    QByteArray etag; // with its quotes: "123-1a2b3c4d"
    QByteArray vcard3;
    QByteArray vcard4;
    [[nodiscard]] const QByteArray &vcard(VCardVersion v) const { return v == VCardVersion::V4 ? vcard4 : vcard3; }
};

struct AddressBook
{
    QString schoolId;
    QString schoolName;
    QString epoch;
    qint64 version = 0; // the school's version these cards are of
    qint64 floor = 0; // the oldest token version this book can answer
    QList<BookEntry> entries; // by person id
    QHash<QString, qsizetype> index; // person id -> entries
    QHash<QString, qint64> removed; // person id -> version at which its card went away

    [[nodiscard]] const BookEntry *find(const QString &personId) const
    {
        const auto it = index.constFind(personId);
        return it == index.cend() ? nullptr : &entries.at(*it);
    }
    [[nodiscard]] QString syncToken() const; // a URI (RFC 6578 6.2) naming the epoch and version
    // The version a token names, when this book can answer changes since it.
    [[nodiscard]] std::optional<qint64> tokenVersion(const QString &token) const;
};

class AddressBookCache
{
public:
    // The school's current address book (built, or rebuilt when its version moved).
    [[nodiscard]] Result<std::shared_ptr<const AddressBook>> book(Storage &storage, const QString &schoolId);

private:
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<const AddressBook>> m_books;
};

} // namespace kl::server
