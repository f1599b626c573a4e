// Who owns a partner inside the school (issue 15): the school role the organisation
// names, and that role's holder and deputy now, so a hand-over is one change. Read by
// the partner page and the induction path.
#pragma once

#include "database.h"
#include "domain.h"

namespace kl {

struct SchoolOwner
{
    QString role; // the role's name ("IB'er"); the organisation's own text for older rows
    QString contact; // "Fatima El Amrani, deputy Ruud Visser" (translated), or just the holder
};

[[nodiscard]] SchoolOwner schoolOwnerOf(const Database &db, const Organisation &organisation);

} // namespace kl
