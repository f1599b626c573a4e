#include "addressbookcache.h"

#include "staffcards.h"

#include <QCryptographicHash>

namespace kl::server {

namespace {

const QString kTokenPrefix = QStringLiteral("https://kortelijn.nl/ns/sync/");

std::shared_ptr<AddressBook> build(const SchoolInfo &school, const QList<ServerRow> &rows, const AddressBook *previous)
{
    auto book = std::make_shared<AddressBook>();
    book->schoolId = school.id;
    book->schoolName = school.name;
    book->epoch = school.epoch;
    book->version = school.version;
    const bool continues = previous && previous->epoch == school.epoch && previous->version <= school.version;
    book->floor = continues ? previous->floor : school.version;
    if (continues) {
        book->removed = previous->removed;
    }
    const QList<StaffCard> cards = staffcards::build(rows);
    book->entries.reserve(cards.size());
    for (const StaffCard &card : cards) {
        BookEntry e;
        e.personId = card.personId;
        e.vcard3 = cardwriter::write(card, VCardVersion::V3);
        e.vcard4 = cardwriter::write(card, VCardVersion::V4);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(e.vcard3);
        hash.addData(e.vcard4);
        const QByteArray digest = hash.result().toHex().left(12);
        const BookEntry *before = continues ? previous->find(card.personId) : nullptr;
        if (before && before->etag.endsWith("-" + digest + "\"")) {
            e.version = before->version;
        } else {
            e.version = continues ? school.version : card.sourceVersion;
        }
        e.etag = "\"" + QByteArray::number(e.version) + "-" + digest + "\"";
        book->removed.remove(card.personId);
        book->index.insert(card.personId, book->entries.size());
        book->entries.append(std::move(e));
    }
    if (continues) {
        for (const BookEntry &old : previous->entries) {
            if (!book->index.contains(old.personId)) {
                book->removed.insert(old.personId, school.version);
            }
        }
    }
    return book;
}

} // namespace

QString AddressBook::syncToken() const
{
    return kTokenPrefix + epoch + QLatin1Char('/') + QString::number(version);
}

std::optional<qint64> AddressBook::tokenVersion(const QString &token) const
{
    if (!token.startsWith(kTokenPrefix)) {
        return std::nullopt;
    }
    const QStringList parts = token.mid(kTokenPrefix.size()).split(QLatin1Char('/'));
    if (parts.size() != 2 || parts.at(0) != epoch) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 v = parts.at(1).toLongLong(&ok);
    if (!ok || v < floor || v > version) {
        return std::nullopt;
    }
    return v;
}

Result<std::shared_ptr<const AddressBook>> AddressBookCache::book(Storage &storage, const QString &schoolId)
{
    auto school = storage.school(schoolId);
    if (!school) {
        return school.error();
    }
    if (!school.value()) {
        return serverError(errors::kNotFound, QStringLiteral("no school %1").arg(schoolId));
    }
    const SchoolInfo &info = *school.value();
    QMutexLocker lock(&m_mutex);
    std::shared_ptr<const AddressBook> current = m_books.value(schoolId);
    if (current && current->epoch == info.epoch && current->version == info.version) {
        return current;
    }
    if (current && current->epoch == info.epoch && current->version > info.version) {
        return current; // another worker's connection already saw a newer commit
    }
    auto rows = storage.liveRows(schoolId);
    if (!rows) {
        return rows.error();
    }
    std::shared_ptr<const AddressBook> fresh = build(info, rows.value(), current.get());
    m_books.insert(schoolId, fresh);
    return fresh;
}

} // namespace kl::server
