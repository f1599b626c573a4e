// What every fuzz target shares: a check that stops the run (abort, so libFuzzer keeps the
// input as a crash) when a property of the code under test does not hold. Q_ASSERT is off
// in the RelWithDebInfo build the targets use.
#pragma once

#include <cstdio>
#include <cstdlib>

#define KL_FUZZ_CHECK(condition)                                                                               \
    do {                                                                                                       \
        if (!(condition)) {                                                                                    \
            std::fprintf(stderr, "%s:%d: property does not hold: %s\n", __FILE__, __LINE__, #condition);       \
            std::abort();                                                                                      \
        }                                                                                                      \
    } while (false)
