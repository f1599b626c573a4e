// Fault injection for the crash tests: when the environment variable KL_CRASH_AT names a
// point, the process kills itself with SIGKILL there (no flush, no destructors), exactly
// like a phone whose battery dies. Unset in production, where this is one cached compare.
#pragma once

namespace kl {

void crashPoint(const char *name);

} // namespace kl
