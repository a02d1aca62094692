#pragma once

// What every fuzz target shares: the input as Qt bytes, and a check that aborts (so
// libFuzzer keeps the input) when a promise of the code under test is broken.

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzz {

/// The fuzzer's bytes, not copied: they live as long as the call.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Aborts with @p what when @p ok is false.
inline void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz check failed: %s\n", what);
        std::abort();
    }
}

} // namespace fuzz
