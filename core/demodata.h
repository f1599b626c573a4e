// A deterministic, realistic Dutch primary-school partner network (the demo school and
// the fixtures of many tests), and a scale mode for benchmarks.
#pragma once

#include "database.h"

namespace kl {

struct DemoStats
{
    int organisations = 0;
    int functions = 0;
    int persons = 0;
    int presence = 0;
    int quickLines = 0;
    int flags = 0;
    int inductionSteps = 0;
};

class DemoData
{
public:
    // The demo school: ~35 partners across all categories, functions with holders (and
    // one hand-over in the history), persons, presence, pinned quick lines, open flags,
    // and two personal partners. Same seed, same data, same ids.
    static Result<DemoStats> populateSchool(Database &db, quint32 seed = 20261123);

    // `contacts` persons spread over contacts/4 organisations, each with functions;
    // school origin, no presence or lines. For benchmarks.
    static Result<DemoStats> populateScale(Database &db, int contacts, quint32 seed = 7);

    // The stable id the generator gives to a named demo entity ("org:cjg", "fn:cjg-smw").
    [[nodiscard]] static QString idFor(const QString &key);
};

} // namespace kl
