// libFuzzer target: any bytes fed to the bitácora importer must yield a session or a list of
// errors, never a crash, a leak or a hang. Each input goes into a fresh in-memory database.
#include "core/export/BitacoraArchive.h"
#include "core/store/Database.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fcte::Database db;
    db.open(QStringLiteral(":memory:"));
    const auto result = fcte::BitacoraArchive::importSession(
        db, QByteArray(reinterpret_cast<const char *>(data), int(size)));
    if (!result.ok() && result.errors.isEmpty())
        __builtin_trap(); // a refusal must always say why
    return 0;
}
