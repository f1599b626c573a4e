// Test seams at named points of the sync paths (never active in production, where this
// is one cached compare):
// - KL_CRASH_AT=<point>: the process kills itself with SIGKILL there (no flush, no
//   destructors), exactly like a phone whose battery dies (the crash tests).
// - KL_PAUSE_AT=<point>: the thread that reaches the point writes "KL_PAUSED <point>" on
//   stderr and waits for a line on stdin (the commit-order test holds a push with its
//   version taken, without any timing).
#pragma once

namespace kl {

void crashPoint(const char *name);

} // namespace kl
