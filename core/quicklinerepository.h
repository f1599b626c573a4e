// Quick message lines: a target (function or person), a channel and a short template.
// Pinned lines appear on the home screen in pinned order.
#pragma once

#include "database.h"
#include "domain.h"

#include <optional>

namespace kl {

class QuickLineRepository
{
public:
    explicit QuickLineRepository(Database &db) : m_db(db) { }

    Result<QString> save(QuickLine line);
    [[nodiscard]] Result<std::optional<QuickLine>> get(const QString &id) const;
    [[nodiscard]] Result<QList<QuickLine>> list() const; // pinned first (in order), then by label
    [[nodiscard]] Result<QList<QuickLine>> pinned() const;
    [[nodiscard]] Result<QList<QuickLine>> recentlyUsed(int limit = 5) const;
    Status remove(const QString &id);

    Status setPinned(const QString &id, bool pinned); // pinning appends at the end
    Status reorderPinned(const QStringList &idsInOrder); // must name exactly the pinned lines
    Status markUsed(const QString &id, const QDateTime &when = QDateTime::currentDateTimeUtc());

private:
    Result<QList<QuickLine>> query(const QString &where, const QString &order, const QVariantList &binds = {}) const;
    Database &m_db;
};

} // namespace kl
