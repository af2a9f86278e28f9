// libFuzzer target: any bytes given to the guide loader yield a guide or errors, never a crash.
#include "core/guide/GuideLoader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto result =
        fcte::GuideLoader::fromJson(QByteArray(reinterpret_cast<const char *>(data), int(size)));
    if (!result.ok() && result.errors.isEmpty())
        __builtin_trap();
    return 0;
}
