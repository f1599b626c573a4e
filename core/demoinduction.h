// The demo school's induction path (issue 15): about ten partners a new teacher should
// get to know first, in order, each with the line of why a coordinator would write.
#pragma once

#include "database.h"

namespace kl::demo {

// Writes the steps (call inside the demo's write transaction, after the network exists).
// Returns the number of steps written.
[[nodiscard]] Result<int> populateInductionPath(Database &db);

} // namespace kl::demo
