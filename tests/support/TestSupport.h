#pragma once

#include "guide/Guide.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace fcte::test {

// The shipped guide, loaded once; a test failure when it does not load.
const Guide &shippedGuide();

// A fresh folder per test; the database path inside it.
struct TempBitacora {
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("bitacora.sqlite")); }
};

QByteArray readFile(const QString &path);

} // namespace fcte::test
